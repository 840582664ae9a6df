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
import org.llmprocurement.notices.change.ChangeDecisions.RegionDecision;
import org.springframework.stereotype.Component;

/**
 * "Decide region change": data governance or legal suspends the data flow, renegotiates or exits,
 * with a reason. The decision routes the process and settles the notice; every problem is named
 * and nothing is written on refusal.
 */
@Component
class DecideRegionChangeGuard implements TaskFormGuard<Decision<RegionDecision>> {

  private final ChangeNotices changes;

  DecideRegionChangeGuard(ChangeNotices changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return ChangeProcesses.REGION_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcesses.DECIDE_REGION;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.DECISION, ChangeDecisions.REASON);
  }

  @Override
  public void prepare(DelegateTask task) {
    ChangeView.name(task, "Decide region change", changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#decisionView}. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    return ChangeView.decisionView(changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  @Override
  public Validation<Decision<RegionDecision>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Decision<RegionDecision> decision = ChangeDecisions.decision(submission.values(), RegionDecision.class, problems);
    return Validation.of(decision, problems);
  }

  @Override
  public void apply(TaskSubmission submission, Decision<RegionDecision> decision) {
    DelegateTask task = submission.task();
    changes.decide(ChangeProcesses.CHANGE_ID.from(task).get(), decision.choice(), decision.reason(), submission.userId());
    ProcessData.write(ChangeProcesses.REGION_DECISION, task.getExecution(), decision.choice().name());
  }
}
