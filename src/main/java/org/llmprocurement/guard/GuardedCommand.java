package org.llmprocurement.guard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * An engine command as the guard sees it, translated by the engine adapter
 * ({@code org.llmprocurement.engine.GuardInterceptor}) from the engine's own command classes. Each
 * kind has its policy in {@link CommandGuard}.
 */
public sealed interface GuardedCommand {

  /**
   * A task query about to run.
   *
   * @param what how to name it in a refusal, e.g. "a task query"
   * @param expressions the expression-valued criteria of the query and of each of its orQueries
   *     (one set per part, the query itself last); empty sets when none
   */
  record TaskQuery(String what, List<Set<String>> expressions) implements GuardedCommand {}

  /**
   * A task completion (complete or submit-form) by someone allowed to work the task.
   *
   * @param task the task
   * @param processDefinitionKey key of its process, or {@code null} for a standalone task
   * @param submitted the submitted variables as plain values
   */
  record Completion(DelegateTask task, String processDefinitionKey, Map<String, Object> submitted)
      implements GuardedCommand {}

  /**
   * A process start.
   *
   * @param processDefinitionKey key of the process started
   * @param variables the start variables as the engine received them (typed or plain)
   * @param atActivities started at chosen activities instead of the start event
   */
  record Start(String processDefinitionKey, Map<String, ?> variables, boolean atActivities) implements GuardedCommand {}

  /**
   * A direct write of variables outside a completion (set, remove, patch, batch set).
   *
   * @param variables the variables set, as the engine received them; empty for removals
   * @param removal whether variables are also removed
   */
  record VariableWrite(Map<String, ?> variables, boolean removal) implements GuardedCommand {}
}
