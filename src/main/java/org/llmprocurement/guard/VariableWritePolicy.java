package org.llmprocurement.guard;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.llmprocurement.identity.Caller;

/**
 * Variables change only through the forms of the tasks people complete: users other than
 * administrators may not set or remove variables directly. Java-serialized values are refused for
 * everyone (they can carry gadget chains); JSON and primitive values are accepted.
 */
public final class VariableWritePolicy {

  /**
   * @throws BadUserRequestException a value is Java-serialized
   * @throws AuthorizationException a restricted user writes variables directly
   */
  public void check(GuardedCommand.VariableWrite write, Caller caller) {
    refuseJavaSerialization(write.variables());
    if (caller.isRestrictedUser()) {
      throw new AuthorizationException("Variables change only through the forms of the tasks you complete; '"
          + caller.userId() + "' may not " + (write.removal() ? "set or remove" : "set") + " variables directly");
    }
  }

  private static void refuseJavaSerialization(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    // a VariableMap hands out plain (and possibly not yet deserialized) values; read it typed
    Map<String, Object> typed = new java.util.LinkedHashMap<>();
    if (variables instanceof VariableMap variableMap) {
      variableMap.keySet().forEach(name -> typed.put(name, variableMap.getValueTyped(name)));
    } else {
      typed.putAll(variables);
    }
    typed.forEach((name, value) -> {
      if (value instanceof SerializableValue serializable
          && serializable.getSerializationDataFormat() != null
          && serializable.getSerializationDataFormat().contains("java")) {
        throw new BadUserRequestException("Variable '" + name + "': Java-serialized values are refused; send JSON");
      }
    });
  }
}
