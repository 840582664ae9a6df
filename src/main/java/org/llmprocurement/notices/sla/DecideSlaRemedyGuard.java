package org.llmprocurement.notices.sla;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * "Decide remedy for repeated violations": legal names the remedy (termination, suspension of named
 * data flows, support step-up at the vendor's cost) and why. Refused naming every problem, including
 * a remedy the contract was signed without; recorded with the violation and settles the notice.
 */
@Component
class DecideSlaRemedyGuard implements TaskFormGuard<RepeatedViolationRules.Decision> {

  private final SlaViolations violations;

  DecideSlaRemedyGuard(SlaViolations violations) {
    this.violations = violations;
  }

  @Override
  public String processDefinitionKey() {
    return SlaNoticeProcesses.SLA_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SlaNoticeProcesses.DECIDE_SLA_REMEDY;
  }

  @Override
  public Set<String> fields() {
    return RepeatedViolationRules.FIELDS;
  }

  @Override
  public void prepare(DelegateTask task) {
    SlaViolation v = violations.get(id(task));
    task.setName("Decide remedy for repeated violations: " + v.getMetric() + " " + v.getSurface() + "/" + v.getRegion());
    violations.remedyView(v.getId()).forEach(task::setVariableLocal);
    task.setVariableLocal(RepeatedViolationRules.DECISION, null);
    task.setVariableLocal(RepeatedViolationRules.DATA_FLOWS, null);
    task.setVariableLocal(RepeatedViolationRules.REASON, "");
  }

  @Override
  public Validation<RepeatedViolationRules.Decision> validate(TaskSubmission submission) {
    return violations.validateRemedy(id(submission.task()), submission.values());
  }

  @Override
  public void apply(TaskSubmission submission, RepeatedViolationRules.Decision decision) {
    violations.decideRemedy(id(submission.task()), decision, submission.userId());
  }

  private long id(DelegateTask task) {
    return SlaNoticeProcesses.SLA_VIOLATION_ID.from(task).get();
  }
}
