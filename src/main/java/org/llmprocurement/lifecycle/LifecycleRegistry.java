package org.llmprocurement.lifecycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The lifecycle stages the application has, as their packages declared them ({@link LifecycleStage}
 * beans). Tells which stage an active activity or an end event means (the one place the API, the
 * workspace and metrics derive a procurement's stage from), and checks the declarations against the
 * deployed models at start-up ({@link DeployedModelCheck}).
 */
@Component
public class LifecycleRegistry {

  /** Stage name while no declared activity is active (e.g. between two automatic steps). */
  public static final String IN_PROGRESS = "IN_PROGRESS";
  /** Stage name of a procurement that ended at an end event no stage declared. */
  public static final String ENDED = "ENDED";

  private final List<LifecycleStage> stages;

  public LifecycleRegistry(Collection<LifecycleStage> stages) {
    this.stages = stages.stream().sorted(Comparator.comparingInt(LifecycleStage::order)).toList();
    Map<String, String> names = new HashMap<>();
    for (LifecycleStage stage : this.stages) {
      String previous = names.put(stage.name(), stage.getClass().getName());
      if (previous != null) {
        throw new IllegalStateException("two lifecycle stages are called '" + stage.name() + "': " + previous
            + " and " + stage.getClass().getName());
      }
    }
  }

  public List<LifecycleStage> stages() {
    return stages;
  }

  /** The stage shown while these activities of the main process are active. */
  public String stageWhileActive(Collection<String> activeActivityIds) {
    for (LifecycleStage stage : stages) {
      for (Map.Entry<String, String> entry : stage.whileActive().entrySet()) {
        if (activeActivityIds.stream().anyMatch(id -> matches(entry.getKey(), id))) {
          return entry.getValue();
        }
      }
    }
    return IN_PROGRESS;
  }

  /** The stage of a main process that ended at this end event. */
  public String stageAfterEnd(String endEventId) {
    return stages.stream().map(s -> s.afterEnd().get(endEventId)).filter(java.util.Objects::nonNull).findFirst()
        .orElse(ENDED);
  }

  /** Every stage name a procurement can be reported in, in lifecycle order. */
  public List<String> stageNames() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    stages.forEach(s -> names.addAll(s.stageNames()));
    names.add(IN_PROGRESS);
    names.add(ENDED);
    return List.copyOf(names);
  }

  /** The stage that owns this process, if any. */
  public Optional<LifecycleStage> ownerOfProcess(String processKey) {
    return stages.stream().filter(s -> s.processes().contains(processKey)).findFirst();
  }

  /**
   * Problems with the declarations against what is deployed: every deployed process and every form
   * it uses is declared by exactly one stage, and everything declared is deployed; every activity
   * id a stage names exists in the main process.
   *
   * @param processKeys keys of the deployed processes (latest versions)
   * @param formsUsed form ids referenced by those processes
   * @param mainProcessElementIds ids of the elements of the main process
   * @param guardClasses classes of the guard beans
   */
  public List<String> verify(Set<String> processKeys, Set<String> formsUsed, Set<String> mainProcessElementIds,
      Set<Class<?>> guardClasses) {
    List<String> problems = new ArrayList<>();
    checkOwnership("process", processKeys, LifecycleStage::processes, problems);
    checkOwnership("form", formsUsed, LifecycleStage::forms, problems);
    Set<Class<?>> declaredGuards = new java.util.HashSet<>();
    for (LifecycleStage stage : stages) {
      for (Class<?> guard : stage.guards()) {
        if (!declaredGuards.add(guard)) {
          problems.add("guard " + guard.getSimpleName() + " is declared by two stages");
        }
      }
      for (String id : stage.whileActive().keySet()) {
        if (mainProcessElementIds.stream().noneMatch(element -> matches(id, element))) {
          problems.add("stage '" + stage.name() + "' names activity " + id + ", which the main process "
              + ProcurementLifecycle.KEY + " does not have");
        }
      }
      for (String id : stage.afterEnd().keySet()) {
        if (!mainProcessElementIds.contains(id)) {
          problems.add("stage '" + stage.name() + "' names end event " + id + ", which the main process does not have");
        }
      }
    }
    for (Class<?> guard : guardClasses) {
      if (declaredGuards.stream().noneMatch(declared -> declared.isAssignableFrom(guard))) {
        problems.add("guard " + guard.getName() + " is declared by no lifecycle stage");
      }
    }
    return problems;
  }

  private void checkOwnership(String what, Set<String> deployed,
      java.util.function.Function<LifecycleStage, Set<String>> declared, List<String> problems) {
    Map<String, List<String>> owners = new HashMap<>();
    for (LifecycleStage stage : stages) {
      for (String id : declared.apply(stage)) {
        owners.computeIfAbsent(id, k -> new ArrayList<>()).add(stage.name());
      }
    }
    for (String id : new TreeSet<>(deployed)) {
      List<String> stagesOf = owners.getOrDefault(id, List.of());
      if (stagesOf.isEmpty()) {
        problems.add(what + " '" + id + "' is deployed but declared by no lifecycle stage");
      } else if (stagesOf.size() > 1) {
        problems.add(what + " '" + id + "' is declared by several stages: " + stagesOf);
      }
    }
    for (String id : new TreeSet<>(owners.keySet())) {
      if (!deployed.contains(id)) {
        problems.add(what + " '" + id + "' is declared by stage " + owners.get(id) + " but not deployed");
      }
    }
  }

  private static boolean matches(String pattern, String id) {
    return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id);
  }
}
