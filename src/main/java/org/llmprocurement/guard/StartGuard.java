package org.llmprocurement.guard;

import java.util.List;
import java.util.Map;

/**
 * Validates every start of one process definition, whichever way it is started (Tasklist start
 * form, {@code /engine-rest}, the product API or the Java API).
 */
public interface StartGuard {

  String processDefinitionKey();

  /**
   * Problems with the start variables, each naming the field; empty when the start may go ahead.
   *
   * @param variables plain values (JSON as lists and maps)
   * @param userId the starting user, or {@code null} for system work
   */
  List<String> validate(Map<String, Object> variables, String userId);
}
