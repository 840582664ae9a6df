package org.llmprocurement.guard;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Values a user task's form reads that are worked out each time the form is read (Tasklist's and
 * the API's {@code GET /engine-rest/task/{id}/form-variables}) instead of being stored on the task:
 * nothing is written when the task is created or when what they show changes (an upload, a saved
 * decision), and the form always shows the current state. They take precedence over a stored
 * variable of the same name, and are never process variables.
 *
 * <p>A task's {@link TaskFormGuard#view} is one such view; beans of this type add values to the
 * tasks they name (the document choices of every form that picks a document). Implementations read
 * and never write: a view is worked out inside the engine command that reads the form, as the
 * caller, who may be only allowed to read the task. They read an Object (JSON) variable without
 * deserializing it ({@code getVariableTyped(name, false)}): the engine caches a deserialized read
 * and the same command would then hand it to Tasklist, which reads the form's variables
 * undeserialized, as an object it fails to parse.
 */
public interface TaskFormView {

  /**
   * The values for this task, name to value: a {@code String}, {@code Boolean}, {@code Integer},
   * {@code Long}, {@code Double} or a JSON value from {@link JsonViews}; empty when the task is not one
   * this view serves.
   */
  Map<String, Object> values(DelegateTask task);
}
