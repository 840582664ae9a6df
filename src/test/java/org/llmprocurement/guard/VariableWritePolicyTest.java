package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.identity.Caller;

/**
 * Variables change only through task forms: restricted users may not write them directly,
 * administrators and system work may; Java-serialized values are refused for everyone.
 *
 * <p>Most tests pass the variables as a plain map of typed values, which is what the engine's
 * single-variable setters ({@code setVariable}, {@code setVariableLocal}) hand to the set-variables
 * command. The same variables in a Camunda {@link VariableMap} (what {@code Variables.createVariables()}
 * builds and callers of {@code setVariables(id, map)} often pass) are covered at the end: the policy
 * reads a VariableMap typed, so the serialization format is seen there too.
 */
@Tag("unit")
class VariableWritePolicyTest {

  private static final Caller REVIEWER = new Caller("demo-security", List.of("security"));
  private static final Caller ADMIN = new Caller("demo-admin", List.of("camunda-admin"));
  private static final List<Caller> EVERYONE = List.of(REVIEWER, ADMIN, Caller.system());

  private final VariableWritePolicy policy = new VariableWritePolicy();

  @Test
  void javaSerializedValuesAreRefusedForEveryoneNamingTheVariable() {
    Map<String, Object> serialized = new LinkedHashMap<>();
    serialized.put("riskTier", "LOW");
    serialized.put("payload", javaSerialized());
    Map<String, Object> deserialized = Map.of("gadget", javaObject());

    for (Caller caller : EVERYONE) {
      BadUserRequestException refused = catchThrowableOfType(BadUserRequestException.class,
          () -> policy.check(new GuardedCommand.VariableWrite(serialized, false), caller));
      assertThat(refused).as("caller %s", caller).isNotNull();
      assertThat(refused.getMessage()).as("caller %s", caller)
          .contains("Variable 'payload': Java-serialized values are refused; send JSON");

      BadUserRequestException alsoRefused = catchThrowableOfType(BadUserRequestException.class,
          () -> policy.check(new GuardedCommand.VariableWrite(deserialized, true), caller));
      assertThat(alsoRefused).as("caller %s", caller).isNotNull();
      assertThat(alsoRefused.getMessage()).contains("Variable 'gadget': Java-serialized values are refused");
    }
  }

  @Test
  void aRestrictedUserMayNotSetVariablesDirectly() {
    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.VariableWrite(Map.of("riskTier", "LOW"), false), REVIEWER));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("Variables change only through the forms of the tasks you complete;"
        + " 'demo-security' may not set variables directly");
  }

  @Test
  void aRestrictedUserMayNotRemoveVariablesDirectly() {
    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.VariableWrite(Map.of(), true), REVIEWER));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("'demo-security' may not set or remove variables directly");
  }

  @Test
  void aRestrictedUserMayNotWriteEvenAJsonValue() {
    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.VariableWrite(Map.of("surfaces", json("[\"API\"]")), false), REVIEWER));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("'demo-security' may not set variables directly");
  }

  @Test
  void administratorsAndSystemWorkMayWriteJsonAndPrimitiveValues() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("riskTier", "HIGH");
    variables.put("seats", Variables.integerValue(40));
    variables.put("surfaces", json("[\"API\"]"));
    variables.put("regions", Variables.objectValue(List.of("EU"))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    variables.put("cleared", null);

    for (Caller caller : List.of(ADMIN, Caller.system())) {
      assertThatCode(() -> policy.check(new GuardedCommand.VariableWrite(variables, false), caller))
          .as("caller %s", caller).doesNotThrowAnyException();
      assertThatCode(() -> policy.check(new GuardedCommand.VariableWrite(Map.of(), true), caller))
          .as("caller %s removing", caller).doesNotThrowAnyException();
      assertThatCode(() -> policy.check(new GuardedCommand.VariableWrite(null, true), caller))
          .as("caller %s without variables", caller).doesNotThrowAnyException();
    }
  }

  @Test
  void theCommandGuardSendsVariableWritesToTheVariableWritePolicy() {
    CommandGuard commandGuard = new CommandGuard(GuardRegistry.of(List.of(), List.of()));

    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> commandGuard.check(new GuardedCommand.VariableWrite(Map.of("noGoGaps", 0), false), REVIEWER));
    BadUserRequestException javaRefused = catchThrowableOfType(BadUserRequestException.class,
        () -> commandGuard.check(new GuardedCommand.VariableWrite(Map.of("payload", javaSerialized()), false), ADMIN));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("'demo-security' may not set variables directly");
    assertThat(javaRefused).isNotNull();
    assertThat(javaRefused.getMessage()).contains("Variable 'payload'");
    assertThatCode(() -> commandGuard.check(new GuardedCommand.VariableWrite(Map.of("noGoGaps", 0), false), ADMIN))
        .doesNotThrowAnyException();
  }

  // --- the same variables in a VariableMap ----------------------------------------------------

  // A VariableMap hands out plain values; the policy must read it typed to see the format.

  @Test
  void javaSerializedValuesInAVariableMapAreRefusedForEveryone() {
    VariableMap serialized = Variables.createVariables().putValue("riskTier", "LOW").putValueTyped("payload", javaSerialized());
    VariableMap deserialized = Variables.createVariables().putValueTyped("gadget", javaObject());

    for (Caller caller : EVERYONE) {
      BadUserRequestException refused = catchThrowableOfType(BadUserRequestException.class,
          () -> policy.check(new GuardedCommand.VariableWrite(serialized, false), caller));
      assertThat(refused).as("caller %s, serialized", caller).isNotNull();
      assertThat(refused.getMessage()).contains("Variable 'payload': Java-serialized values are refused; send JSON");

      BadUserRequestException alsoRefused = catchThrowableOfType(BadUserRequestException.class,
          () -> policy.check(new GuardedCommand.VariableWrite(deserialized, false), caller));
      assertThat(alsoRefused).as("caller %s, deserialized", caller).isNotNull();
      assertThat(alsoRefused.getMessage()).contains("Variable 'gadget'");
    }
  }

  @Test
  void administratorsAndSystemWorkMayWriteJsonValuesInAVariableMap() {
    VariableMap variables = Variables.createVariables()
        .putValue("riskTier", "HIGH")
        .putValueTyped("seats", Variables.integerValue(40))
        .putValueTyped("surfaces", json("[\"API\"]"));

    for (Caller caller : List.of(ADMIN, Caller.system())) {
      assertThatCode(() -> policy.check(new GuardedCommand.VariableWrite(variables, false), caller))
          .as("caller %s", caller).doesNotThrowAnyException();
    }
  }

  // --- values ---------------------------------------------------------------------------------

  /** A Java-serialized HashMap as a REST client would send it. */
  private static org.camunda.bpm.engine.variable.value.ObjectValue javaSerialized() {
    return Variables.serializedObjectValue("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
        .objectTypeName("java.util.HashMap").create();
  }

  /** A Java object to be stored Java-serialized. */
  private static org.camunda.bpm.engine.variable.value.ObjectValue javaObject() {
    return Variables.objectValue(new HashMap<>(Map.of("a", 1)))
        .serializationDataFormat(Variables.SerializationDataFormats.JAVA).create();
  }

  private static org.camunda.bpm.engine.variable.value.ObjectValue json(String text) {
    return Variables.serializedObjectValue(text).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
