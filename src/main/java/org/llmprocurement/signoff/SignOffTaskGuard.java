package org.llmprocurement.signoff;

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
    long signOffId = SignOffProcess.SIGN_OFF_ID.from(task).get();
    SignOff signOff = signOffs.round(signOffId);
    String title = signOffs.procurement(signOff.getProcurementId()).getTitle();
    task.setName(SignOffs.clip("Sign off for " + SignOffForms.functionName(function) + ": " + title, 255));
    FiveAnswers answers = signOffs.answers(signOffId);
    task.setVariableLocal("summary", JsonViews.json(FiveQuestions.summary(answers)));
    task.setVariableLocal("ownedQuestion", question.name() + " " + question.title());
    task.setVariableLocal("sources", JsonViews.json(signOffs.sources(signOffId, question).stream().map(s -> "- " + s)
        .reduce((a, b) -> a + "\n" + b).orElse("- nothing in the checklist: fill in every value or reject")));
    task.setVariableLocal("tier", signOff.getRiskTier());
    task.setVariableLocal("decision", null);
    task.setVariableLocal("reason", "");
    task.setVariableLocal("returnTo", null);
    task.setVariableLocal("items", "");
    FiveQuestions.formValues(question, answers).forEach((name, value) ->
        task.setVariableLocal(name, value instanceof List<?> || value instanceof Map<?, ?> ? JsonViews.json(value) : value));
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
