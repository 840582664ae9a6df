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
 * @param validated what validation worked out for the same submission (see {@link #remember})
 */
public record TaskSubmission(DelegateTask task, String userId, Map<String, Object> values, Map<String, Object> validated) {

  public TaskSubmission(DelegateTask task, String userId, Map<String, Object> values) {
    this(task, userId, values, new java.util.HashMap<>());
  }

  /** Remembers what {@link TaskFormGuard#validate} worked out, so {@link TaskFormGuard#apply} need not repeat it. */
  public void remember(String key, Object value) {
    validated.put(key, value);
  }

  @SuppressWarnings("unchecked")
  public <T> T remembered(String key) {
    return (T) validated.get(key);
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
