package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.identity.Caller;

/**
 * Every start of a guarded process is validated by its start guard, whoever starts it; only
 * administrators and system work may start a guarded process at chosen activities.
 */
@Tag("unit")
class StartPolicyTest {

  private static final String PROCESS = "llm-procurement";
  private static final Caller REQUESTER = new Caller("demo-requester", List.of("requesters"));
  private static final Caller ADMIN = new Caller("demo-admin", List.of("requesters", "camunda-admin"));

  private final RecordingStartGuard guard = new RecordingStartGuard((values, user) -> List.of());
  private final StartPolicy policy = new StartPolicy(GuardRegistry.of(List.of(), List.of(guard)));

  @Test
  void startGuardProblemsBecomeARefusalNamingEveryProblem() {
    RecordingStartGuard strict = new RecordingStartGuard((values, user) -> List.of(
        "title: missing", "annualBudgetEur: must be a positive number, got -5"));
    StartPolicy strictPolicy = new StartPolicy(GuardRegistry.of(List.of(), List.of(strict)));

    Refusal refusal = catchThrowableOfType(Refusal.class, () -> strictPolicy.check(
        new GuardedCommand.Start(PROCESS, Map.of("annualBudgetEur", -5), false), REQUESTER));

    assertThat(refusal).isNotNull();
    assertThat(refusal.what()).isEqualTo("The request cannot be started");
    assertThat(refusal.problems()).containsExactly("title: missing", "annualBudgetEur: must be a positive number, got -5");
    assertThat(refusal).hasMessage(
        "The request cannot be started: title: missing; annualBudgetEur: must be a positive number, got -5");
  }

  @Test
  void aValidStartGoesAheadAndTheGuardSeesTheStartingUser() {
    assertThatCode(() -> policy.check(new GuardedCommand.Start(PROCESS, Map.of("title", "Chat assistant"), false),
        REQUESTER)).doesNotThrowAnyException();

    assertThat(guard.calls).hasSize(1);
    assertThat(guard.calls.get(0).values()).containsEntry("title", "Chat assistant");
    assertThat(guard.calls.get(0).userId()).isEqualTo("demo-requester");
  }

  @Test
  void theGuardSeesTypedAndJsonValuesAsPlainValues() {
    VariableMap variables = Variables.createVariables()
        .putValueTyped("seats", Variables.integerValue(250))
        .putValueTyped("surfaces", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"API\",\"CHAT\"]").create());

    policy.check(new GuardedCommand.Start(PROCESS, variables, false), REQUESTER);

    assertThat(guard.calls.get(0).values()).containsEntry("seats", 250).containsEntry("surfaces", List.of("API", "CHAT"));
  }

  @Test
  void aStartAtActivitiesByARestrictedUserIsForbidden() {
    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Start(PROCESS, Map.of(), true), REQUESTER));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage())
        .contains("Processes of 'llm-procurement' can only be started at their start event");
    assertThat(guard.calls).as("nothing validated for a forbidden start").isEmpty();
  }

  @Test
  void anAdministratorMayStartAtActivitiesButIsStillValidated() {
    assertThatCode(() -> policy.check(new GuardedCommand.Start(PROCESS, Map.of("title", "Migration"), true), ADMIN))
        .doesNotThrowAnyException();
    assertThat(guard.calls).hasSize(1);
    assertThat(guard.calls.get(0).userId()).isEqualTo("demo-admin");

    RecordingStartGuard strict = new RecordingStartGuard((values, user) -> List.of("title: missing"));
    StartPolicy strictPolicy = new StartPolicy(GuardRegistry.of(List.of(), List.of(strict)));
    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> strictPolicy.check(new GuardedCommand.Start(PROCESS, Map.of(), true), ADMIN));
    assertThat(refusal.problems()).containsExactly("title: missing");
  }

  @Test
  void systemWorkMayStartAtActivitiesAndIsValidatedWithoutUser() {
    assertThatCode(() -> policy.check(new GuardedCommand.Start(PROCESS, Map.of("title", "Renewal"), true),
        Caller.system())).doesNotThrowAnyException();

    assertThat(guard.calls).hasSize(1);
    assertThat(guard.calls.get(0).userId()).isNull();
    assertThat(Caller.of(null, List.of("requesters")).isSystem()).as("no user means system work").isTrue();
  }

  @Test
  void aJavaSerializedStartValueIsRefusedAsAnObjectValue() {
    VariableMap variables = Variables.createVariables().putValueTyped("payload",
        Variables.serializedObjectValue("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")
            .serializationDataFormat(Variables.SerializationDataFormats.JAVA).create());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Start(PROCESS, variables, false), ADMIN));

    assertThat(refusal).isNotNull();
    assertThat(refusal.what()).isEqualTo("The request cannot be started");
    assertThat(refusal.problems())
        .containsExactly("payload: Object values are not accepted; send JSON or a primitive value");
    assertThat(guard.calls).isEmpty();
  }

  @Test
  void anUnreadableJsonStartValueIsRefused() {
    VariableMap variables = Variables.createVariables().putValueTyped("surfaces",
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"API\", ").create());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Start(PROCESS, variables, false), Caller.system()));

    assertThat(refusal).isNotNull();
    assertThat(refusal.problems()).containsExactly("unreadable JSON value");
    assertThat(guard.calls).isEmpty();
  }

  @Test
  void aProcessWithoutStartGuardStartsUnchecked() {
    assertThatCode(() -> policy.check(new GuardedCommand.Start("housekeeping", Map.of("anything", 1), true), REQUESTER))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.Start(null, Map.of(), false), REQUESTER))
        .doesNotThrowAnyException();
    assertThat(guard.calls).isEmpty();
  }

  @Test
  void theCommandGuardSendsStartsToTheStartPolicy() {
    CommandGuard commandGuard = new CommandGuard(GuardRegistry.of(List.of(), List.of(guard)));

    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> commandGuard.check(new GuardedCommand.Start(PROCESS, new HashMap<>(), true), REQUESTER));
    commandGuard.check(new GuardedCommand.Start(PROCESS, Map.of("title", "Chat"), false), REQUESTER);

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("only be started at their start event");
    assertThat(guard.calls).hasSize(1);
  }

  /** What a start guard was asked. */
  private record Call(Map<String, Object> values, String userId) {}

  private static final class RecordingStartGuard implements StartGuard {
    private final BiFunction<Map<String, Object>, String, List<String>> validation;
    final List<Call> calls = new ArrayList<>();

    RecordingStartGuard(BiFunction<Map<String, Object>, String, List<String>> validation) {
      this.validation = validation;
    }

    @Override
    public String processDefinitionKey() {
      return PROCESS;
    }

    @Override
    public List<String> validate(Map<String, Object> variables, String userId) {
      calls.add(new Call(variables, userId));
      return validation.apply(variables, userId);
    }
  }
}
