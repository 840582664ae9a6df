package org.llmprocurement.notices.sla;

import java.util.LinkedHashMap;
import java.util.Map;
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
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the violations in the window, the
   * remedies the contract grants, and empty decision fields.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Map<String, Object> view = new LinkedHashMap<>(violations.remedyView(id(task)));
    view.put(RepeatedViolationRules.DECISION, null);
    view.put(RepeatedViolationRules.DATA_FLOWS, null);
    view.put(RepeatedViolationRules.REASON, "");
    return view;
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
