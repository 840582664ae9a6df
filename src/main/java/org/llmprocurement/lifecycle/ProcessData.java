package org.llmprocurement.lifecycle;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one way our delegates and guards write process variables: through their typed declarations
 * (camunda-bpm-data {@link VariableFactory}), and only when the value changes.
 *
 * <p>The engine treats every {@code setVariable} of an existing variable as an update: it rewrites
 * the runtime row and, at history level full, writes a historic detail ({@code act_hi_detail}),
 * even when the value is the one already stored. A tier confirmed unchanged, a negotiation round
 * with the same result as the last, a sign-off clearing a reason that is already empty: each left
 * such a row for nothing (issue 14, ADR 0008).
 */
public final class ProcessData {

  private ProcessData() {
  }

  /**
   * Sets {@code variable} to {@code value} as {@code variable.on(scope).set(value)} does (on the
   * scope that already holds the variable, otherwise on the process instance), unless the variable
   * is visible from {@code scope} with an equal value ({@link Objects#equals}, a {@code null} value
   * included; a list is compared by its elements). A stored value that no longer deserializes counts
   * as different and is overwritten.
   *
   * <p>A list is written as an {@link ArrayList}: the engine's JSON names the list's class, and a
   * {@code List.of} or {@code Stream.toList()} list is stored under a JDK-internal class name that
   * Jackson cannot create again, so the variable could never be read back.
   *
   * @return whether a write happened; false when the value was already there
   * @throws IllegalArgumentException as the declaration's own {@code set} does, for a value of the
   *     wrong type or a {@code null} on a non-null declaration
   */
  @SuppressWarnings("unchecked")
  public static <T> boolean write(VariableFactory<T> variable, VariableScope scope, T value) {
    T stored = value instanceof List<?> list && !(value instanceof ArrayList<?>) ? (T) new ArrayList<>(list) : value;
    if (holds(scope, variable.getName(), stored)) {
      return false;
    }
    variable.on(scope).set(stored);
    return true;
  }

  /**
   * Hands {@code value} to the rest of the current transaction as a transient variable
   * (camunda-bpm-data {@code set(value, true)}): an expression evaluated before the next wait state
   * or asynchronous continuation reads it, and nothing is stored, neither a runtime row nor
   * history. For a value that only feeds the next step, such as a multi-instance collection, which
   * the engine reads once, when it creates the instances.
   *
   * @throws org.camunda.bpm.engine.ProcessEngineException when the scope already holds a stored
   *     variable of that name (the engine refuses to change a variable's transient flag)
   */
  public static <T> void handOver(VariableFactory<T> variable, VariableScope scope, T value) {
    variable.on(scope).set(value, true);
  }

  /**
   * The same for variables already gathered by name (names taken from their declarations, as the
   * exit runbook's step results are): each is set as {@code scope.setVariable} does, unless the
   * variable is visible with an equal value.
   *
   * @return the names written, in the map's order
   */
  public static List<String> writeAll(Map<String, ?> variables, VariableScope scope) {
    List<String> written = new ArrayList<>();
    variables.forEach((name, value) -> {
      if (!holds(scope, name, value)) {
        scope.setVariable(name, value);
        written.add(name);
      }
    });
    return written;
  }

  private static boolean holds(VariableScope scope, String name, Object value) {
    if (!scope.hasVariable(name)) {
      return false;
    }
    try {
      return Objects.equals(scope.getVariable(name), value);
    } catch (ProcessEngineException notReadable) {
      return false; // e.g. a list stored under a class name Jackson cannot create: overwrite it
    }
  }
}
