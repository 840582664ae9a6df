package org.llmprocurement.signoff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * One function's sign-off task: the form shows all five answers and lets the function confirm or
 * correct the question it owns ({@link Question#ownedBy}); it approves, or rejects with a reason,
 * where the case goes (NEGOTIATION or REVIEW) and the items concerned. Refused, naming every
 * problem: the requester signing, one person signing for two functions, a rejection without a
 * reason or target, a review error without items, an approval whose owned answer misses a figure
 * or falls below the tier's bar.
 */
abstract class SignOffTaskGuard implements TaskFormGuard<SignOffs.DecisionInput> {

  static final List<String> DECISION_FIELDS = List.of("decision", "reason", "returnTo", "items");

  private final SignOffs signOffs;
  private final String function;
  private final Question question;

  SignOffTaskGuard(SignOffs signOffs, String function) {
    this.signOffs = signOffs;
    this.function = function;
    this.question = Question.ownedBy(function).orElseThrow();
  }

  @Override
  public String processDefinitionKey() {
    return SignOffProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SignOffProcess.TASKS.get(function);
  }

  @Override
  public Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>(DECISION_FIELDS);
    fields.addAll(FiveQuestions.FIELDS.get(question));
    return fields;
  }

  @Override
  public void prepare(DelegateTask task) {
    SignOff signOff = signOffs.round(SignOffProcess.SIGN_OFF_ID.from(task).get());
    String title = signOffs.procurement(signOff.getProcurementId()).getTitle();
    task.setName(SignOffs.clip("Sign off for " + SignOffForms.functionName(function) + ": " + title, 255));
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the five answers as the round
   * holds them, the owned question with its values and where they came from, the tier, and empty
   * decision fields.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long signOffId = SignOffProcess.SIGN_OFF_ID.from(task).get();
    SignOff signOff = signOffs.round(signOffId);
    FiveAnswers answers = signOffs.answers(signOffId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("summary", JsonViews.json(FiveQuestions.summary(answers)));
    view.put("ownedQuestion", question.name() + " " + question.title());
    view.put("sources", JsonViews.json(signOffs.sources(signOffId, question).stream().map(s -> "- " + s)
        .reduce((a, b) -> a + "\n" + b).orElse("- nothing in the checklist: fill in every value or reject")));
    view.put("tier", signOff.getRiskTier());
    view.put("decision", null);
    view.put("reason", "");
    view.put("returnTo", null);
    view.put("items", "");
    FiveQuestions.formValues(question, answers).forEach((name, value) ->
        view.put(name, JsonViews.formValue(value)));
    return view;
  }

  @Override
  public Validation<SignOffs.DecisionInput> validate(TaskSubmission submission) {
    return signOffs.validateDecision(SignOffProcess.SIGN_OFF_ID.from(submission.task()).get(), function, submission.values(),
        submission.userId());
  }

  @Override
  public void apply(TaskSubmission submission, SignOffs.DecisionInput decision) {
    signOffs.recordDecision(SignOffProcess.SIGN_OFF_ID.from(submission.task()).get(), decision, submission.userId());
  }

  @Component
  static class It extends SignOffTaskGuard {
    It(SignOffs signOffs) {
      super(signOffs, "it");
    }
  }

  @Component
  static class Security extends SignOffTaskGuard {
    Security(SignOffs signOffs) {
      super(signOffs, "security");
    }
  }

  @Component
  static class Legal extends SignOffTaskGuard {
    Legal(SignOffs signOffs) {
      super(signOffs, "legal");
    }
  }

  @Component
  static class DataGovernance extends SignOffTaskGuard {
    DataGovernance(SignOffs signOffs) {
      super(signOffs, "data-governance");
    }
  }

  @Component
  static class Procurement extends SignOffTaskGuard {
    Procurement(SignOffs signOffs) {
      super(signOffs, "procurement");
    }
  }
}
