package org.llmprocurement.guard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** Turns engine variable values (typed values, Spin JSON) into plain Java values for validation. */
public final class Values {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  public static Map<String, Object> plain(Map<String, ?> variables) {
    Map<String, Object> result = new LinkedHashMap<>();
    if (variables == null) {
      return result;
    }
    if (variables instanceof VariableMap variableMap) {
      for (String name : variableMap.keySet()) {
        Object typed = variableMap.getValueTyped(name);
        result.put(name, plainValue(typed));
      }
      return result;
    }
    variables.forEach((name, value) -> result.put(name, plainValue(value)));
    return result;
  }

  /**
   * Problems for every Object value (a value whose class the caller names): forms and the API send
   * JSON and primitives only, so such a value is refused before anything would deserialize it.
   */
  public static java.util.List<String> objectValues(Map<String, ?> variables) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    if (variables == null) {
      return problems;
    }
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name);
      if (value instanceof TypedValue typed && typed.getType() == org.camunda.bpm.engine.variable.type.ValueType.OBJECT) {
        problems.add(name + ": Object values are not accepted; send JSON or a primitive value");
      }
    }
    return problems;
  }

  public static Object plainValue(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String format = serializable.getSerializationDataFormat();
      if (format != null && !format.contains("json")) {
        throw new IllegalArgumentException("only JSON values are accepted, not " + format);
      }
      try {
        return JSON.readValue(serializable.getValueSerialized(), new TypeReference<Object>() {});
      } catch (Exception e) {
        throw new IllegalArgumentException("unreadable JSON value", e);
      }
    }
    if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), new TypeReference<Object>() {});
      } catch (Exception e) {
        throw new IllegalArgumentException("unreadable JSON value", e);
      }
    }
    return value;
  }
}
