package org.llmprocurement.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The guards of tasks and process starts, from the Spring beans that implement {@link TaskFormGuard}
 * and {@link StartGuard}. Two guards for one task or one process are an error, found when the
 * registry is first read; {@link #verify} checks the guards against the deployed models at start-up
 * (called by the lifecycle's deployed-model check), so a missing or stale guard stops the
 * application instead of leaving a task unguarded.
 */
@Component
public class GuardRegistry {

  private final ObjectProvider<TaskFormGuard<?>> taskGuards;
  private final ObjectProvider<StartGuard> startGuards;
  private volatile Map<String, TaskFormGuard<?>> byTask;
  private volatile Map<String, StartGuard> byProcess;

  // ObjectProvider: guards depend on services that depend on the engine, which depends on this registry
  GuardRegistry(ObjectProvider<TaskFormGuard<?>> taskGuards, ObjectProvider<StartGuard> startGuards) {
    this.taskGuards = taskGuards;
    this.startGuards = startGuards;
  }

  /** A registry over fixed guards (unit tests). */
  public static GuardRegistry of(List<TaskFormGuard<?>> taskGuards, List<StartGuard> startGuards) {
    GuardRegistry registry = new GuardRegistry(null, null);
    registry.byTask = indexTasks(taskGuards);
    registry.byProcess = indexStarts(startGuards);
    return registry;
  }

  public Optional<TaskFormGuard<?>> taskGuard(String processDefinitionKey, String taskDefinitionKey) {
    return Optional.ofNullable(tasks().get(key(processDefinitionKey, taskDefinitionKey)));
  }

  public Optional<StartGuard> startGuard(String processDefinitionKey) {
    return Optional.ofNullable(processDefinitionKey == null ? null : starts().get(processDefinitionKey));
  }

  /** Classes of every guard bean. */
  public Set<Class<?>> guardClasses() {
    Set<Class<?>> classes = new java.util.HashSet<>();
    tasks().values().forEach(g -> classes.add(g.getClass()));
    starts().values().forEach(g -> classes.add(g.getClass()));
    return classes;
  }

  /**
   * Problems with the guards against the deployed models: every user task has a guard, every
   * process startable by people has a start guard, and every guard belongs to a deployed task or
   * process.
   *
   * @param userTasks "processKey#taskId" of every user task of the deployed processes
   * @param startableProcesses keys of the processes people may start (startable in Tasklist)
   * @param deployedProcesses keys of every deployed process
   */
  public List<String> verify(Set<String> userTasks, Set<String> startableProcesses, Set<String> deployedProcesses) {
    List<String> problems = new ArrayList<>();
    Map<String, TaskFormGuard<?>> tasks;
    Map<String, StartGuard> starts;
    try {
      tasks = tasks();
      starts = starts();
    } catch (IllegalStateException e) {
      return List.of(e.getMessage());
    }
    for (String task : new TreeSet<>(userTasks)) {
      if (!tasks.containsKey(task)) {
        problems.add("user task " + task + " has no TaskFormGuard");
      }
    }
    for (String task : new TreeSet<>(tasks.keySet())) {
      if (!userTasks.contains(task)) {
        problems.add(tasks.get(task).getClass().getName() + " guards " + task + ", which no deployed process has");
      }
    }
    for (String process : new TreeSet<>(startableProcesses)) {
      if (!starts.containsKey(process)) {
        problems.add("process " + process + " can be started in Tasklist but has no StartGuard (a process only called"
            + " by another one sets camunda:isStartableInTasklist=\"false\"; one people start gets a StartGuard bean)");
      }
    }
    for (String process : new TreeSet<>(starts.keySet())) {
      if (!deployedProcesses.contains(process)) {
        problems.add(starts.get(process).getClass().getName() + " guards starts of " + process + ", which is not deployed");
      }
    }
    return problems;
  }

  private Map<String, TaskFormGuard<?>> tasks() {
    if (byTask == null) {
      byTask = indexTasks(taskGuards.orderedStream().toList());
    }
    return byTask;
  }

  private Map<String, StartGuard> starts() {
    if (byProcess == null) {
      byProcess = indexStarts(startGuards.orderedStream().toList());
    }
    return byProcess;
  }

  private static Map<String, TaskFormGuard<?>> indexTasks(Collection<TaskFormGuard<?>> guards) {
    Map<String, TaskFormGuard<?>> map = new HashMap<>();
    for (TaskFormGuard<?> guard : guards) {
      TaskFormGuard<?> previous = map.put(key(guard.processDefinitionKey(), guard.taskDefinitionKey()), guard);
      if (previous != null) {
        throw new IllegalStateException("two guards for task " + key(guard.processDefinitionKey(), guard.taskDefinitionKey())
            + ": " + previous.getClass().getName() + " and " + guard.getClass().getName());
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, StartGuard> indexStarts(Collection<StartGuard> guards) {
    Map<String, StartGuard> map = new HashMap<>();
    for (StartGuard guard : guards) {
      StartGuard previous = map.put(guard.processDefinitionKey(), guard);
      if (previous != null) {
        throw new IllegalStateException("two start guards for process " + guard.processDefinitionKey() + ": "
            + previous.getClass().getName() + " and " + guard.getClass().getName());
      }
    }
    return Map.copyOf(map);
  }

  /** "processKey#taskId", the form {@link #verify} takes user tasks in. */
  public static String key(String processDefinitionKey, String taskDefinitionKey) {
    return processDefinitionKey + "#" + taskDefinitionKey;
  }
}
