package org.llmprocurement.notices.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.change.ChangeDecisions.Decision;
import org.llmprocurement.notices.change.ChangeDecisions.ModelDecision;
import org.springframework.stereotype.Component;

/**
 * "Decide model change": accept, roll back or renegotiate, with a reason, both assessments in view.
 * The decision routes the process and settles the notice; every problem is named and nothing is
 * written on refusal.
 */
@Component
class DecideModelChangeGuard implements TaskFormGuard<Decision<ModelDecision>> {

  private final ChangeNotices changes;

  DecideModelChangeGuard(ChangeNotices changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return ChangeProcesses.MODEL_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcesses.DECIDE_MODEL;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.DECISION, ChangeDecisions.REASON);
  }

  @Override
  public void prepare(DelegateTask task) {
    ChangeView.name(task, "Decide model change", changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#decisionView} and the assessments. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long changeId = ChangeProcesses.CHANGE_ID.from(task).get();
    Map<String, Object> view = ChangeView.decisionView(changes.get(changeId));
    view.put(ChangeView.ASSESSMENTS, ChangeView.assessments(changes.assessments(changeId)));
    return view;
  }

  @Override
  public Validation<Decision<ModelDecision>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Decision<ModelDecision> decision = ChangeDecisions.decision(submission.values(), ModelDecision.class, problems);
    return Validation.of(decision, problems);
  }

  @Override
  public void apply(TaskSubmission submission, Decision<ModelDecision> decision) {
    DelegateTask task = submission.task();
    changes.decide(ChangeProcesses.CHANGE_ID.from(task).get(), decision.choice(), decision.reason(), submission.userId());
    ProcessData.write(ChangeProcesses.MODEL_DECISION, task.getExecution(), decision.choice().name());
  }
}
