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
   * @param submitted the submitted variables as the engine received them (typed or plain)
   */
  record Completion(DelegateTask task, String processDefinitionKey, Map<String, ?> submitted)
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

  /**
   * A user claims a task ({@code userId} the new assignee).
   *
   * @param task the task, already checked: the caller may work it
   */
  record Claim(DelegateTask task, String userId) implements GuardedCommand {}

  /**
   * The assignee of a task is set ({@code assignee} null: unclaimed).
   *
   * @param task the task, already checked: the caller may work it
   */
  record Assign(DelegateTask task, String assignee) implements GuardedCommand {}

  /**
   * A comment on a task or, with {@code task} null, on a process instance.
   *
   * @param task the task, already checked: the caller may work it; null for a process-instance comment
   * @param message the comment's text
   */
  record Comment(DelegateTask task, String message) implements GuardedCommand {}

  /**
   * An attachment to a task or, with {@code task} null, to a process instance.
   *
   * @param task the task, already checked: the caller may work it; null for a process-instance attachment
   * @param url the linked address, or null for uploaded content
   * @param contentBytes size of the uploaded content in bytes (0 for a link); {@code maxBytes + 1} when larger
   */
  record Attachment(DelegateTask task, String url, long contentBytes) implements GuardedCommand {}

  /**
   * Any other engine command that ends, moves or writes something, or one the engine command
   * catalogue does not classify.
   *
   * @param command what the command does, in words, e.g. "handle task bpmn error"
   * @param classified whether the catalogue knows it
   */
  record Administration(String command, boolean classified) implements GuardedCommand {}
}
