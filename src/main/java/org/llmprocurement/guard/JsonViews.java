package org.llmprocurement.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Builds the JSON (Spin) variables that Camunda Forms read, e.g. the options a checklist shows ticked. */
public final class JsonViews {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private JsonViews() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write JSON view", e);
    }
  }
}
