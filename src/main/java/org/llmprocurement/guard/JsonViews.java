package org.llmprocurement.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Builds the JSON (Spin) variables that Camunda Forms read, e.g. the options a checklist shows ticked. */
public final class JsonViews {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private JsonViews() {}

  /**
   * {@code value} as a JSON variable (Jackson's serialisation of it).
   *
   * @throws IllegalArgumentException when Jackson cannot write it
   */
  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON view", e);
    }
  }

  /**
   * A form field's value as a Camunda Form reads it: a list or map (rows, multi-selects) as a JSON
   * variable ({@link #json}), anything else (strings, numbers, booleans, null) as it is.
   */
  public static Object formValue(Object value) {
    return value instanceof List<?> || value instanceof Map<?, ?> ? json(value) : value;
  }
}
