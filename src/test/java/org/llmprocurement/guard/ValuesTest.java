package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** Which submitted values a start passes to the engine transient (never stored, no history). */
class ValuesTest {

  @Test
  void theNamedValuesOfAVariableMapBecomeTransientKeepingTheirTypeAndTheOthersStayStored() {
    VariableMap variables = Variables.createVariables()
        .putValue("title", "Support bot")
        .putValue("surfaces", JsonViews.json(List.of("API", "CHAT_UI")))
        .putValueTyped("expectedUsers", Variables.integerValue(250))
        .putValue("customerFacing", true);

    var marked = Values.markTransient(variables, name -> !name.equals("customerFacing"));

    assertThat(marked).containsExactly("expectedUsers", "surfaces", "title");
    assertThat(variables.getValueTyped("title").isTransient()).isTrue();
    TypedValue surfaces = variables.getValueTyped("surfaces");
    assertThat(surfaces.isTransient()).as("a JSON value, seen typed through the map").isTrue();
    assertThat(surfaces.getType().getName()).isEqualTo("json");
    assertThat(variables.getValueTyped("expectedUsers").isTransient()).isTrue();
    assertThat(variables.getValueTyped("customerFacing").isTransient()).as("not named: stays stored").isFalse();
  }

  @Test
  void aPlainJavaObjectStaysStoredBecauseTheEngineWouldHaveToSerializeIt() {
    Map<String, Object> variables = new HashMap<>(Map.of("title", "Support bot", "regions", List.of("EU")));

    var marked = Values.markTransient(variables, name -> true);

    assertThat(marked).containsExactly("title");
    assertThat(((TypedValue) variables.get("title")).isTransient()).isTrue();
    assertThat(variables.get("regions")).isEqualTo(List.of("EU"));
  }
}
