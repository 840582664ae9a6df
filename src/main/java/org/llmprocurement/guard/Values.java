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

  /**
   * Marks the named values of a command's variables transient, in place: the engine hands them to
   * the process for this transaction (the start's recorder reads them) but never stores them and
   * writes no history for them. Values of other names are left as they are. A typed value keeps its
   * type; a plain string, number, boolean or date becomes a transient untyped value; any other plain
   * object (e.g. a Java list) is left persistent, because the engine would have to serialize it.
   *
   * @param variables the command's own variable map (a start's or a form submission's)
   * @param names which names to mark
   * @return the names marked
   */
  @SuppressWarnings("unchecked")
  public static java.util.Set<String> markTransient(Map<String, ?> variables, java.util.function.Predicate<String> names) {
    Map<String, Object> writable = (Map<String, Object>) variables;
    java.util.Set<String> marked = new java.util.TreeSet<>();
    for (String name : new java.util.ArrayList<>(writable.keySet())) {
      if (!names.test(name)) {
        continue;
      }
      // a VariableMap hands out unwrapped values (a JSON value as its Spin node); the typed one is needed
      Object value = writable instanceof VariableMap typedMap ? typedMap.getValueTyped(name) : writable.get(name);
      if (value instanceof org.camunda.bpm.engine.variable.impl.value.AbstractTypedValue<?> typed) {
        typed.setTransient(true);
        writable.put(name, typed);
        marked.add(name);
      } else {
        Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
        if (plain == null || plain instanceof String || plain instanceof Number || plain instanceof Boolean
            || plain instanceof java.util.Date) {
          writable.put(name, org.camunda.bpm.engine.variable.Variables.untypedValue(plain, true));
          marked.add(name);
        }
      }
    }
    return marked;
  }
}
