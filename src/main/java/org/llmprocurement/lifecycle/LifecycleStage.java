package org.llmprocurement.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage of the procurement lifecycle (intake, review, and the stages to come: negotiation,
 * sign-off, contracts, contract life, exit), declared by its package as a Spring bean. The
 * {@link LifecycleRegistry} checks the declarations against the deployed models at start-up and
 * uses them to tell where a procurement stands. See "Adding a lifecycle stage" in
 * {@code docs/architecture.md}.
 */
public interface LifecycleStage {

  /** Short name, e.g. {@code "review"}; also the package that owns the stage. */
  String name();

  /** Keys of the BPMN processes this stage owns (files {@code processes/<key>.bpmn}); may be empty. */
  Set<String> processes();

  /** Ids of the Camunda Forms its tasks and start events use (files {@code forms/<id>.form}). */
  Set<String> forms();

  /** The guard classes ({@code TaskFormGuard}, {@code StartGuard}) this stage provides. */
  Set<Class<?>> guards();

  /**
   * Stage names shown while an activity of the main process is active, by activity id or id
   * prefix (ending in {@code *}); the first declared match wins within a stage, stages are asked in
   * {@link #order()}.
   */
  Map<String, String> whileActive();

  /** Stage names for a main process that ended at one of these end events. */
  Map<String, String> afterEnd();

  /** Position in the lifecycle; lower comes first. */
  int order();

  /** All stage names this stage can report, for dashboards and metrics. */
  default List<String> stageNames() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(whileActive().values());
    names.addAll(afterEnd().values());
    return List.copyOf(names);
  }
}
