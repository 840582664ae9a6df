package org.llmprocurement.guard;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Guards one user task: builds the task-local view its Camunda Form reads, declares which variables
 * the form may submit, validates a completion and applies it to the application's tables.
 *
 * <p>{@link CommandGuardInterceptor} calls {@link #validate} and {@link #apply} inside the engine
 * command that completes the task, before the engine acts, so a refused completion writes nothing
 * and reaches REST callers and Tasklist as a 400 naming every problem. Submitted values never become
 * process variables; {@link #apply} sets the routing variables the process needs, computed here.
 */
public interface TaskFormGuard {

  /** Key of the process definition whose task this guard protects. */
  String processDefinitionKey();

  /** Id of the user task in that process. */
  String taskDefinitionKey();

  /** The variables the task's form declares; a completion may set nothing else. */
  Set<String> fields();

  /** Builds the task-local variables the form reads; called when the task is created. */
  void prepare(DelegateTask task);

  /** Problems with a completion, each naming the field; empty when it may go ahead. Writes nothing. */
  List<String> validate(TaskSubmission submission);

  /** Writes the completion to the application's tables and sets routing variables. */
  void apply(TaskSubmission submission);
}
