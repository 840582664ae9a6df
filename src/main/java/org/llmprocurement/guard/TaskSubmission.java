package org.llmprocurement.guard;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.identity.Caller;

/**
 * One attempt to complete a guarded task.
 *
 * @param task the task being completed
 * @param caller who completes it ({@link Caller#system()} for the application's own Java API calls)
 * @param values the form's fields: what was submitted, over the task's current view; JSON values
 *     are plain Java lists and maps
 */
public record TaskSubmission(DelegateTask task, Caller caller, Map<String, Object> values) {

  /** The completing user's id, or {@code null} for system work. */
  public String userId() {
    return caller.userId();
  }

  public String text(String field) {
    Object value = values.get(field);
    return value == null ? null : value.toString().trim();
  }

  public boolean isBlank(String field) {
    String text = text(field);
    return text == null || text.isEmpty();
  }
}
