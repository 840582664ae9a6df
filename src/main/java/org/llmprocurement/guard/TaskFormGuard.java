package org.llmprocurement.guard;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Guards one user task: gives the view its Camunda Form reads, declares which variables the form
 * may submit, validates a completion and applies it to the application's tables.
 *
 * <p>The view is either worked out when the form is read ({@link #view}: nothing stored, always
 * current; docs/adr/0008-what-the-engine-stores.md) or written as task-local variables when the
 * task is created ({@link #prepare}), for views that must not change while the task is open.
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

  /**
   * Called when the task is created: sets its name and writes the task-local variables the form
   * reads that are not in {@link #view}.
   */
  void prepare(DelegateTask task);

  /**
   * The values the form reads that are worked out each time it is read ({@link TaskFormView}), also
   * the defaults of {@link #fields()} a completion does not submit. Reads only. Default: none.
   */
  default Map<String, Object> view(DelegateTask task) {
    return Map.of();
  }

  /** Validates a completion without writing anything; problems name their field or item. */
  Validation<V> validate(TaskSubmission submission);

  /** Writes a valid completion to the application's tables and sets routing variables. */
  void apply(TaskSubmission submission, V validated);
}
