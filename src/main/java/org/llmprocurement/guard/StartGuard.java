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

  /**
   * Whether a start variable of this name is recorded in the application's tables by the process's
   * start listener and then removed from the process. Such values are passed to the engine
   * transient ({@link Values#markTransient}): read in the start's transaction, never stored, no
   * variable history (issue 14: an intake's fields were written and removed again as 10+ runtime
   * rows, historic variable instances and details at every start). Names the start listener sets
   * again as routing variables must answer false: the engine refuses to turn a transient variable
   * into a stored one in the same transaction (ENGINE-17006). Default: none.
   */
  default boolean recordedAtStart(String variableName) {
    return false;
  }
}
