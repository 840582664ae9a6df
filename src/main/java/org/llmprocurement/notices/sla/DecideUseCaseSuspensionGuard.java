package org.llmprocurement.notices.sla;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Decide use case suspension": IT or the business owner suspends the use case or lets it
 * continue, says why, and names the remediation asked of the vendor with a deadline after today;
 * someone other than the business owner confirms the owner agrees.
 * Refused naming every problem; recorded with the report, settles the notice and routes the process
 * ({@code useCaseSuspended}).
 */
@Component
class DecideUseCaseSuspensionGuard implements TaskFormGuard<HarmfulOutputRules.Decision> {

  private final HarmfulOutputReports reports;

  DecideUseCaseSuspensionGuard(HarmfulOutputReports reports) {
    this.reports = reports;
  }

  @Override
  public String processDefinitionKey() {
    return SlaNoticeProcesses.HARMFUL_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SlaNoticeProcesses.DECIDE_SUSPENSION;
  }

  @Override
  public Set<String> fields() {
    return HarmfulOutputRules.DECISION_FIELDS;
  }

  @Override
  public void prepare(DelegateTask task) {
    HarmfulOutputReport r = reports.get(id(task));
    task.setName("Decide use case suspension: " + r.getKind() + " on " + r.getSurface());
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the report, its contract and use
   * case, and empty decision fields.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Map<String, Object> view = new LinkedHashMap<>(reports.view(id(task)));
    view.put(HarmfulOutputRules.SUSPENSION, null);
    view.put(HarmfulOutputRules.REASON, "");
    view.put(HarmfulOutputRules.REMEDIATION, "");
    view.put(HarmfulOutputRules.REMEDIATION_DEADLINE, null);
    view.put(HarmfulOutputRules.OWNER_AGREED, false);
    return view;
  }

  @Override
  public Validation<HarmfulOutputRules.Decision> validate(TaskSubmission submission) {
    return reports.validate(id(submission.task()), submission.values(), submission.userId());
  }

  @Override
  public void apply(TaskSubmission submission, HarmfulOutputRules.Decision decision) {
    reports.decide(id(submission.task()), decision, submission.userId());
    ProcessData.write(SlaNoticeProcesses.USE_CASE_SUSPENDED, submission.task().getExecution(),
        decision.suspension() == HarmfulOutputRules.Suspension.SUSPEND);
    ProcessData.write(SlaNoticeProcesses.REMEDIATION_DUE_AT, submission.task().getExecution(),
        HarmfulOutputRules.remediationDueAt(decision.remediationDeadline()));
  }

  private long id(DelegateTask task) {
    return SlaNoticeProcesses.HARMFUL_OUTPUT_ID.from(task).get();
  }
}
