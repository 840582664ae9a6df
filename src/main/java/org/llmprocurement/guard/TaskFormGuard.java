package org.llmprocurement.guard;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Guards one user task: builds the task-local view its Camunda Form reads, declares which variables
 * the form may submit, validates a completion and applies it to the application's tables.
 *
 * <p>The {@link CompletionPolicy} calls {@link #validate} and then {@link #apply} with what
 * validation worked out, inside the engine command that completes the task and before the engine
 * acts, so a refused completion writes nothing and reaches REST callers and Tasklist as a 400 naming
 * every problem. Submitted values never become process variables; {@link #apply} sets the routing
 * variables the process needs, computed here.
 *
 * @param <V> what validation hands to {@link #apply}
 */
public interface TaskFormGuard<V> {

  /** Key of the process definition whose task this guard protects. */
  String processDefinitionKey();

  /** Id of the user task in that process. */
  String taskDefinitionKey();

  /** The variables the task's form declares; a completion may set nothing else. */
  Set<String> fields();

  /** Builds the task-local variables the form reads; called when the task is created. */
  void prepare(DelegateTask task);

  /** Validates a completion without writing anything; problems name their field or item. */
  Validation<V> validate(TaskSubmission submission);

  /** Writes a valid completion to the application's tables and sets routing variables. */
  void apply(TaskSubmission submission, V validated);
}
