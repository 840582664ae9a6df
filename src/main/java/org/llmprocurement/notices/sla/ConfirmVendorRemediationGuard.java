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
 * "Confirm vendor remediation": IT or the business owner records what the vendor did to remedy the
 * harmful output or regression and how it was checked. Refused without it; recorded with the report.
 */
@Component
class ConfirmVendorRemediationGuard implements TaskFormGuard<String> {

  private final HarmfulOutputReports reports;

  ConfirmVendorRemediationGuard(HarmfulOutputReports reports) {
    this.reports = reports;
  }

  @Override
  public String processDefinitionKey() {
    return SlaNoticeProcesses.HARMFUL_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SlaNoticeProcesses.CONFIRM_REMEDIATION;
  }

  @Override
  public Set<String> fields() {
    return HarmfulOutputRules.REMEDIATION_FIELDS;
  }

  @Override
  public void prepare(DelegateTask task) {
    HarmfulOutputReport r = reports.get(id(task));
    task.setName("Confirm vendor remediation: " + r.getKind() + " on " + r.getSurface());
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the report, the remediation asked
   * of the vendor and its deadline, whether the use case is suspended, and an empty note.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    HarmfulOutputReport r = reports.get(id(task));
    Map<String, Object> view = new LinkedHashMap<>(reports.view(r.getId()));
    view.put("remediationAsked", r.getRemediationRequest());
    view.put("remediationDeadlineText", String.valueOf(r.getRemediationDeadline()));
    view.put("useCaseState", r.getSuspension() == HarmfulOutputRules.Suspension.SUSPEND
        ? "suspended since " + r.getDecidedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() + "; lifting the suspension is IT's and the business owner's call"
        : "in use");
    view.put(HarmfulOutputRules.REMEDIATION_NOTE, "");
    return view;
  }

  @Override
  public Validation<String> validate(TaskSubmission submission) {
    return reports.validateRemediation(submission.values());
  }

  @Override
  public void apply(TaskSubmission submission, String note) {
    reports.confirmRemediation(id(submission.task()), note, submission.userId());
  }

  private long id(DelegateTask task) {
    return SlaNoticeProcesses.HARMFUL_OUTPUT_ID.from(task).get();
  }
}
