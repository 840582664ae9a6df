package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.camunda.bpm.engine.AuthorizationException;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.identity.Caller;

/**
 * A task completion sets only its form's fields, is validated by the task's guard over the task's
 * current view, and is applied once when valid; a refused completion names every problem and
 * applies nothing.
 */
@Tag("unit")
class CompletionPolicyTest {

  private static final String PROCESS = "clause-review";
  private static final String TASK = "UserTask_ReviewClauses";
  private static final Caller REVIEWER = new Caller("demo-security", List.of("security"));

  @Test
  void aTaskWithoutGuardRefusesAnyVariableNamingThem() {
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(), List.of()));
    DelegateTask task = task("Confirm tier and scope", "UserTask_ConfirmTierAndScope", Map.of());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task, "llm-procurement", Map.of("tier", "LOW", "approved", true)),
            REVIEWER));

    assertThat(refusal).isNotNull();
    assertThat(refusal.what()).isEqualTo("Task 'Confirm tier and scope' cannot be completed");
    assertThat(refusal.problems()).containsExactly("this task accepts no variables, got [approved, tier]");
    assertThat(refusal).hasMessage(
        "Task 'Confirm tier and scope' cannot be completed: this task accepts no variables, got [approved, tier]");
  }

  @Test
  void aTaskWithoutGuardCompletesWhenNothingIsSubmitted() {
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(), List.of()));
    DelegateTask task = task("Acknowledge", "UserTask_Acknowledge", Map.of());

    assertThatCode(() -> policy.check(new GuardedCommand.Completion(task, "llm-procurement", Map.of()), REVIEWER))
        .doesNotThrowAnyException();
  }

  @Test
  void theGuardOfAnotherProcessDoesNotCoverATaskWithTheSameId() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions"), s -> Validation.of("ok", List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task, "other-process", Map.of("decisions", "[]")), REVIEWER));
    Refusal standalone = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task, null, Map.of("decisions", "[]")), REVIEWER));

    assertThat(refusal.problems()).containsExactly("this task accepts no variables, got [decisions]");
    assertThat(standalone.problems()).containsExactly("this task accepts no variables, got [decisions]");
    assertThat(guard.validated).isEmpty();
    assertThat(guard.applied).isEmpty();
  }

  @Test
  void undeclaredFieldsAreRefusedNamingThemAndNothingIsValidatedOrApplied() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions", "comment"), s -> Validation.of("ok", List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of());
    Map<String, Object> submitted = new LinkedHashMap<>();
    submitted.put("decisions", List.of());
    submitted.put("riskTier", "LOW");
    submitted.put("approved", true);

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task, PROCESS, submitted), REVIEWER));

    assertThat(refusal).isNotNull();
    assertThat(refusal.what()).isEqualTo("Task 'Review clauses' cannot be completed");
    assertThat(refusal.problems()).containsExactly("not fields of this form: [approved, riskTier]");
    assertThat(guard.validated).isEmpty();
    assertThat(guard.applied).isEmpty();
  }

  @Test
  void validationProblemsBecomeARefusalListingEveryProblemAndApplyIsNotCalled() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions"), s -> Validation.of(null, List.of(
        "INC-NOTICE-01: decision missing (MET, GAP, WAIVED or NOT_APPLICABLE)",
        "SLA-AVAIL-01: GAP needs a justification saying what is missing or wrong")));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task, PROCESS, Map.of("decisions", List.of())), REVIEWER));

    assertThat(refusal).isNotNull();
    assertThat(refusal.problems()).containsExactly(
        "INC-NOTICE-01: decision missing (MET, GAP, WAIVED or NOT_APPLICABLE)",
        "SLA-AVAIL-01: GAP needs a justification saying what is missing or wrong");
    assertThat(refusal.getMessage())
        .startsWith("Task 'Review clauses' cannot be completed: ")
        .contains("INC-NOTICE-01: decision missing")
        .contains("; SLA-AVAIL-01: GAP needs a justification");
    assertThat(guard.validated).hasSize(1);
    assertThat(guard.applied).as("a refused completion writes nothing").isEmpty();
  }

  @Test
  void aValidSubmissionIsAppliedExactlyOnceWithTheValidatedValue() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions"),
        s -> Validation.of("3 decisions by " + s.userId(), List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of());

    policy.check(new GuardedCommand.Completion(task, PROCESS, Map.of("decisions", List.of("a", "b", "c"))), REVIEWER);

    assertThat(guard.validated).hasSize(1);
    assertThat(guard.applied).containsExactly("3 decisions by demo-security");
    TaskSubmission applied = guard.appliedSubmissions.get(0);
    assertThat(applied.task()).isSameAs(task);
    assertThat(applied.caller()).isEqualTo(REVIEWER);
    assertThat(applied.values()).containsEntry("decisions", List.of("a", "b", "c"));
  }

  @Test
  void submittedValuesOverrideTheTasksCurrentViewAndUnsubmittedFieldsKeepIt() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions", "comment", "dueDate"),
        s -> Validation.of("ok", List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    Map<String, Object> view = new HashMap<>();
    view.put("decisions", Variables.serializedObjectValue("[{\"requirementId\":\"INC-NOTICE-01\",\"decision\":null}]")
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    view.put("comment", Variables.stringValue("from the view"));
    view.put("dueDate", "2026-12-15");
    view.put("notAField", "ignored");
    DelegateTask task = task("Review clauses", TASK, view);

    policy.check(new GuardedCommand.Completion(task, PROCESS, Map.of("comment", "typed by the reviewer")), REVIEWER);

    TaskSubmission submission = guard.validated.get(0);
    assertThat(submission.values()).containsOnlyKeys("decisions", "comment", "dueDate");
    assertThat(submission.values()).containsEntry("comment", "typed by the reviewer");
    assertThat(submission.values()).containsEntry("dueDate", "2026-12-15");
    assertThat(submission.values().get("decisions")).as("the JSON view reaches the guard as plain lists and maps")
        .isEqualTo(List.of(new LinkedHashMap<>(mapWithNull("requirementId", "INC-NOTICE-01", "decision"))));
    assertThat(guard.appliedSubmissions).containsExactly(submission);
  }

  @Test
  void fieldsNotSubmittedDefaultToTheGuardsWorkedOutViewBeforeAnyStoredVariable() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions", "comment"), s -> Validation.of("ok", List.of()));
    guard.view = Map.of("decisions", JsonViews.json(List.of(Map.of("requirementId", "SEC-BREACH-01", "decision", "MET"))));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of("decisions", "[]", "comment", "stored earlier"));

    policy.check(new GuardedCommand.Completion(task, PROCESS, Map.of()), REVIEWER);

    TaskSubmission submission = guard.validated.get(0);
    assertThat(submission.values().get("decisions")).as("the rows the form showed, worked out when read")
        .isEqualTo(List.of(Map.of("requirementId", "SEC-BREACH-01", "decision", "MET")));
    assertThat(submission.values()).as("a field outside the view keeps its stored value").containsEntry("comment", "stored earlier");
  }

  @Test
  void aCompletionSubmittingEveryFieldDoesNotWorkOutTheView() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions"), s -> Validation.of("ok", List.of()));
    guard.view = Map.of("decisions", "[]");
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));

    policy.check(new GuardedCommand.Completion(task("Review clauses", TASK, Map.of()), PROCESS, Map.of("decisions", List.of())), REVIEWER);

    assertThat(guard.viewsWorkedOut).as("the form's rows are read from the tables only when a field is left out").isZero();
    assertThat(guard.validated.get(0).values()).containsEntry("decisions", List.of());
  }

  @Test
  void theCommandGuardSendsCompletionsToTheCompletionPolicy() {
    RecordingGuard guard = new RecordingGuard(Set.of("decisions"), s -> Validation.of(null, List.of("decisions: empty")));
    CommandGuard commandGuard = new CommandGuard(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask task = task("Review clauses", TASK, Map.of());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> commandGuard.check(new GuardedCommand.Completion(task, PROCESS, Map.of("decisions", List.of())),
            Caller.system()));

    assertThat(refusal.problems()).containsExactly("decisions: empty");
    assertThat(guard.validated.get(0).userId()).as("system work has no user").isNull();
  }

  @Test
  void aTaskSubmissionReadsTrimmedTextAndTellsBlankFields() {
    Map<String, Object> values = new HashMap<>();
    values.put("comment", "  needs legal review  ");
    values.put("blank", "   ");
    values.put("count", 3);
    values.put("none", null);
    TaskSubmission submission = new TaskSubmission(task("Review clauses", TASK, Map.of()), REVIEWER, values);

    assertThat(submission.userId()).isEqualTo("demo-security");
    assertThat(submission.text("comment")).isEqualTo("needs legal review");
    assertThat(submission.text("count")).isEqualTo("3");
    assertThat(submission.text("none")).isNull();
    assertThat(submission.text("missing")).isNull();
    assertThat(submission.isBlank("blank")).isTrue();
    assertThat(submission.isBlank("none")).isTrue();
    assertThat(submission.isBlank("comment")).isFalse();
  }

  @Test
  void aValidationIsValidOnlyWithoutProblems() {
    assertThat(Validation.of("value", List.of()).valid()).isTrue();
    assertThat(Validation.of(null, List.of("comment: missing")).valid()).isFalse();
    List<String> problems = new ArrayList<>(List.of("comment: missing"));
    Validation<String> validation = Validation.of(null, problems);
    problems.add("added later");
    assertThat(validation.problems()).as("a validation keeps its own copy").containsExactly("comment: missing");
  }

  @Test
  void aClaimedTaskIsCompletedOnlyByItsAssignee() {
    RecordingGuard guard = new RecordingGuard(Set.of("items"), submission -> Validation.of("ok", List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    DelegateTask claimed = task("Review clauses", TASK, Map.of(), "other-reviewer");

    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Completion(claimed, PROCESS, Map.of()), REVIEWER));
    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("claimed by 'other-reviewer'");
    assertThat(guard.validated).as("nothing validated for someone else's task").isEmpty();

    assertThatCode(() -> policy.check(new GuardedCommand.Completion(claimed, PROCESS, Map.of()),
        Caller.of("other-reviewer", List.of("security")))).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.Completion(claimed, PROCESS, Map.of()), Caller.system()))
        .as("system work").doesNotThrowAnyException();
    assertThat(guard.applied).hasSize(2);
  }

  @Test
  void objectValuesAreRefusedBeforeAnythingIsDeserialized() {
    RecordingGuard guard = new RecordingGuard(Set.of("items"), submission -> Validation.of("ok", List.of()));
    CompletionPolicy policy = new CompletionPolicy(GuardRegistry.of(List.of(guard), List.of()));
    org.camunda.bpm.engine.variable.VariableMap submitted = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValueTyped("items", org.camunda.bpm.engine.variable.Variables.serializedObjectValue("{}")
            .objectTypeName("org.springframework.context.support.ClassPathXmlApplicationContext")
            .serializationDataFormat("application/json").create());

    Refusal refusal = catchThrowableOfType(Refusal.class,
        () -> policy.check(new GuardedCommand.Completion(task("Review clauses", TASK, Map.of()), PROCESS, submitted), REVIEWER));
    assertThat(refusal).isNotNull();
    assertThat(refusal.problems()).containsExactly("items: Object values are not accepted; send JSON or a primitive value");
    assertThat(guard.validated).isEmpty();
  }

  // --- fakes ----------------------------------------------------------------------------------

  private static Map<String, Object> mapWithNull(String key, Object value, String nullKey) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    map.put(nullKey, null);
    return map;
  }

  /** A DelegateTask answering only its name, its definition key and its local variables; unassigned. */
  static DelegateTask task(String name, String taskDefinitionKey, Map<String, Object> localVariables) {
    return task(name, taskDefinitionKey, localVariables, null);
  }

  /** The same, assigned to {@code assignee}. */
  static DelegateTask task(String name, String taskDefinitionKey, Map<String, Object> localVariables, String assignee) {
    return (DelegateTask) Proxy.newProxyInstance(DelegateTask.class.getClassLoader(), new Class<?>[] {DelegateTask.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "getName":
              return name;
            case "getTaskDefinitionKey":
              return taskDefinitionKey;
            case "getVariableLocal":
              return localVariables.get((String) args[0]);
            case "getAssignee":
              return assignee;
            case "toString":
              return "task " + taskDefinitionKey;
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              throw new UnsupportedOperationException("the fake task does not answer " + method.getName());
          }
        });
  }

  /** A guard of {@link #TASK} that records what it validates and applies. */
  private static final class RecordingGuard implements TaskFormGuard<String> {
    private final Set<String> fields;
    private final Function<TaskSubmission, Validation<String>> validation;
    final List<TaskSubmission> validated = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    final List<TaskSubmission> appliedSubmissions = new ArrayList<>();
    Map<String, Object> view = Map.of();
    int viewsWorkedOut;

    RecordingGuard(Set<String> fields, Function<TaskSubmission, Validation<String>> validation) {
      this.fields = fields;
      this.validation = validation;
    }

    @Override
    public String processDefinitionKey() {
      return PROCESS;
    }

    @Override
    public String taskDefinitionKey() {
      return TASK;
    }

    @Override
    public Set<String> fields() {
      return fields;
    }

    @Override
    public void prepare(DelegateTask task) {
      throw new AssertionError("prepare is not part of a completion");
    }

    @Override
    public Map<String, Object> view(DelegateTask task) {
      viewsWorkedOut++;
      return view;
    }

    @Override
    public Validation<String> validate(TaskSubmission submission) {
      validated.add(submission);
      return validation.apply(submission);
    }

    @Override
    public void apply(TaskSubmission submission, String value) {
      appliedSubmissions.add(submission);
      applied.add(value);
    }
  }
}
