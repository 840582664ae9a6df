package org.llmprocurement.guard;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * One attempt to complete a guarded task.
 *
 * @param task the task being completed
 * @param userId the authenticated user, or {@code null} for unauthenticated Java API calls
 * @param values the form's fields: what was submitted, over the task's current view; JSON values
 *     are plain Java lists and maps
 */
public record TaskSubmission(DelegateTask task, String userId, Map<String, Object> values) {

  public String text(String field) {
    Object value = values.get(field);
    return value == null ? null : value.toString().trim();
  }

  public boolean isBlank(String field) {
    String text = text(field);
    return text == null || text.isEmpty();
  }
}
