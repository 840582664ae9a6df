package org.llmprocurement.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Finds the guard of a task or of a process start among the Spring beans that implement one. */
@Component
public class GuardRegistry {

  private final ObjectProvider<TaskFormGuard> taskGuards;
  private final ObjectProvider<StartGuard> startGuards;
  private volatile Map<String, TaskFormGuard> byTask;
  private volatile Map<String, StartGuard> byProcess;

  // ObjectProvider: guards depend on services that depend on the engine, which depends on this registry
  GuardRegistry(ObjectProvider<TaskFormGuard> taskGuards, ObjectProvider<StartGuard> startGuards) {
    this.taskGuards = taskGuards;
    this.startGuards = startGuards;
  }

  public Optional<TaskFormGuard> taskGuard(String processDefinitionKey, String taskDefinitionKey) {
    if (byTask == null) {
      Map<String, TaskFormGuard> map = new HashMap<>();
      List<TaskFormGuard> all = taskGuards.orderedStream().toList();
      for (TaskFormGuard guard : all) {
        TaskFormGuard previous = map.put(key(guard.processDefinitionKey(), guard.taskDefinitionKey()), guard);
        if (previous != null) {
          throw new IllegalStateException("two guards for task " + guard.taskDefinitionKey());
        }
      }
      byTask = map;
    }
    return Optional.ofNullable(byTask.get(key(processDefinitionKey, taskDefinitionKey)));
  }

  public Optional<StartGuard> startGuard(String processDefinitionKey) {
    if (byProcess == null) {
      Map<String, StartGuard> map = new HashMap<>();
      startGuards.orderedStream().forEach(guard -> map.put(guard.processDefinitionKey(), guard));
      byProcess = map;
    }
    return Optional.ofNullable(processDefinitionKey == null ? null : byProcess.get(processDefinitionKey));
  }

  private static String key(String processDefinitionKey, String taskDefinitionKey) {
    return processDefinitionKey + "#" + taskDefinitionKey;
  }
}
