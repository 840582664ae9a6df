package org.llmprocurement.notices.incident;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.incident.RegulatoryRules.Classification;
import org.llmprocurement.notices.incident.RegulatoryRules.Regime;
import org.springframework.stereotype.Component;

/**
 * The guards of the user tasks of {@code vendor-security-incident}: each builds its form's view,
 * accepts exactly its form's fields, validates through {@link SecurityIncidents} (every problem
 * named, nothing written on refusal) and records the completion.
 */
final class IncidentTaskGuards {

  private IncidentTaskGuards() {}

  /** What every incident task shows: the vendor, the contract, the times. */
  abstract static class Base<V> implements TaskFormGuard<V> {

    final SecurityIncidents incidents;

    Base(SecurityIncidents incidents) {
      this.incidents = incidents;
    }

    @Override
    public String processDefinitionKey() {
      return IncidentProcess.KEY;
    }

    long incidentId(DelegateTask task) {
      return IncidentProcess.INCIDENT_ID.from(task).get();
    }

    SecurityIncident show(DelegateTask task, String title) {
      SecurityIncident incident = incidents.get(incidentId(task));
      String vendor = incidents.vendorName(incident.getContractId());
      task.setName(title); // the shared task labels prefix the business key, vendor and product
      task.setVariableLocal("vendorName", vendor);
      task.setVariableLocal("contractKey", incident.getBusinessKey());
      task.setVariableLocal("procurementId", incident.getProcurementId());
      task.setVariableLocal("awareAt", incident.getAwareAt().toString());
      task.setVariableLocal("notifiedAt", incident.getNotifiedAt().toString());
      task.setVariableLocal("severity", incident.getSeverity().name());
      return incident;
    }
  }

  /** "Obtain missing notice contents": security records what the vendor supplied; refused while one is missing. */
  @Component
  static class ObtainMissingContents extends Base<IncidentNotice> {

    ObtainMissingContents(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.OBTAIN_CONTENTS;
    }

    @Override
    public Set<String> fields() {
      return Set.copyOf(IncidentNotice.CONTENTS);
    }

    @Override
    public void prepare(DelegateTask task) {
      SecurityIncident incident = show(task, "Obtain missing notice contents");
      task.setVariableLocal("missingContents", String.join(", ", incident.getMissingContents()));
      task.setVariableLocal("knownContents", "scope: " + orDash(incident.getScope()) + "; affected systems: "
          + orDash(String.join(", ", incident.getAffectedSystems())) + "; affected data: "
          + orDash(incident.getAffectedData().stream().map(Enum::name).collect(Collectors.joining(", ")))
          + "; preliminary cause: " + orDash(incident.getPreliminaryCause()) + "; containment: "
          + orDash(incident.getContainment()) + "; next update: "
          + orDash(incident.getNextUpdateDueAt() == null ? null : incident.getNextUpdateDueAt().toString()));
      task.setVariableLocal(IncidentNotice.SCOPE, incident.getScope());
      task.setVariableLocal(IncidentNotice.AFFECTED_SYSTEMS, String.join("\n", incident.getAffectedSystems()));
      task.setVariableLocal(IncidentNotice.AFFECTED_DATA,
          JsonViews.json(incident.getAffectedData().stream().map(Enum::name).toList()));
      task.setVariableLocal(IncidentNotice.PRELIMINARY_CAUSE, incident.getPreliminaryCause());
      task.setVariableLocal(IncidentNotice.CONTAINMENT, incident.getContainment());
      task.setVariableLocal(IncidentNotice.NEXT_UPDATE_DUE_AT,
          incident.getNextUpdateDueAt() == null ? null : incident.getNextUpdateDueAt().toString());
    }

    private static String orDash(String text) {
      return text == null || text.isBlank() ? "\u2013" : text;
    }

    @Override
    public Validation<IncidentNotice> validate(TaskSubmission submission) {
      return incidents.validateContents(incidentId(submission.task()), submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, IncidentNotice contents) {
      incidents.recordContents(incidentId(submission.task()), contents, submission.userId());
    }
  }

  /** "Classify incident": security names the regimes; the regimes' reports start. */
  @Component
  static class Classify extends Base<Classification> {

    static final Set<String> FIELDS = Set.of("personalDataBreach", "majorIctIncident", "aiActSerious", "aiActCase",
        "classificationNote");

    Classify(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.CLASSIFY;
    }

    @Override
    public Set<String> fields() {
      return FIELDS;
    }

    @Override
    public void prepare(DelegateTask task) {
      SecurityIncident incident = show(task, "Classify incident");
      task.setVariableLocal("scope", incident.getScope() == null ? "not yet reported" : incident.getScope());
      task.setVariableLocal("affectedData", incident.getAffectedData().isEmpty() ? "not yet reported"
          : incident.getAffectedData().stream().map(Enum::name).collect(Collectors.joining(", ")));
      task.setVariableLocal("financialEntity", incidents.financialEntity() ? "a financial entity" : "no financial entity");
      task.setVariableLocal("euAiActArea", incidents.aiActArea(incident).name());
      task.setVariableLocal("personalDataBreach", false);
      task.setVariableLocal("majorIctIncident", false);
      task.setVariableLocal("aiActSerious", false);
      task.setVariableLocal("aiActCase", null);
      task.setVariableLocal("classificationNote", "");
    }

    @Override
    public Validation<Classification> validate(TaskSubmission submission) {
      return incidents.validateClassification(incidentId(submission.task()), submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, Classification classification) {
      List<Regime> regimes = incidents.classify(incidentId(submission.task()), classification,
          submission.text("classificationNote"), submission.userId());
      ProcessData.write(IncidentProcess.REGIMES, submission.task().getExecution(),
          regimes.stream().map(Enum::name).toList());
    }
  }

  /** "File regulatory report": the owning group records the filing. */
  @Component
  static class FileReport extends Base<SecurityIncidents.Filing> {

    FileReport(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.FILE_REPORT;
    }

    @Override
    public Set<String> fields() {
      return Set.of("filedAt", "authorityReference", SecurityIncidents.DOCUMENT_IDS, SecurityIncidents.EVIDENCE_TEXT);
    }

    private long reportId(DelegateTask task) {
      return IncidentProcess.REPORT_ID.from(task).get();
    }

    @Override
    public void prepare(DelegateTask task) {
      RegulatoryReport report = incidents.report(reportId(task));
      show(task, report.getReportName());
      task.setVariableLocal("reportName", report.getReportName());
      task.setVariableLocal("reportDueAt", report.getDueAt().toString());
      task.setVariableLocal("deadlineRule", report.getDeadlineRule());
      task.setVariableLocal("filedAt", null);
      task.setVariableLocal("authorityReference", "");
      task.setVariableLocal(SecurityIncidents.DOCUMENT_IDS, "");
      task.setVariableLocal(SecurityIncidents.EVIDENCE_TEXT, "");
    }

    @Override
    public Validation<SecurityIncidents.Filing> validate(TaskSubmission submission) {
      return incidents.validateFiling(reportId(submission.task()), submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, SecurityIncidents.Filing filing) {
      incidents.file(reportId(submission.task()), filing, submission.userId());
    }
  }

  /** Evidence tasks: root-cause report and corrective-action plan. */
  abstract static class EvidenceTask<V> extends Base<V> {

    EvidenceTask(SecurityIncidents incidents) {
      super(incidents);
    }

    void showDeadline(DelegateTask task, SecurityIncident incident, java.time.LocalDate due, int days) {
      task.setVariableLocal("dueDate", due.toString());
      task.setVariableLocal("businessDays", days);
      task.setVariableLocal("updateHours", incident.getUpdateHours());
      task.setVariableLocal(SecurityIncidents.DOCUMENT_IDS, "");
      task.setVariableLocal(SecurityIncidents.EVIDENCE_TEXT, "");
    }
  }

  /** "Receive root-cause report": security records the vendor's report as evidence. */
  @Component
  static class ReceiveRootCause extends EvidenceTask<SecurityIncidents.Evidence> {

    ReceiveRootCause(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.RECEIVE_ROOT_CAUSE;
    }

    @Override
    public Set<String> fields() {
      return Set.of(SecurityIncidents.DOCUMENT_IDS, SecurityIncidents.EVIDENCE_TEXT);
    }

    @Override
    public void prepare(DelegateTask task) {
      SecurityIncident incident = show(task, "Receive root-cause report");
      showDeadline(task, incident, incident.getRootCauseDue(), incident.getRootCauseDays());
    }

    @Override
    public Validation<SecurityIncidents.Evidence> validate(TaskSubmission submission) {
      return incidents.validateRootCause(incidentId(submission.task()), submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, SecurityIncidents.Evidence evidence) {
      incidents.receiveRootCause(incidentId(submission.task()), evidence, submission.userId());
    }
  }

  /** "Receive corrective-action plan": security records the plan and its actions. */
  @Component
  static class ReceivePlan extends EvidenceTask<SecurityIncidents.Plan> {

    ReceivePlan(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.RECEIVE_PLAN;
    }

    @Override
    public Set<String> fields() {
      return Set.of(SecurityIncidents.DOCUMENT_IDS, SecurityIncidents.EVIDENCE_TEXT, "actions");
    }

    @Override
    public void prepare(DelegateTask task) {
      SecurityIncident incident = show(task, "Receive corrective-action plan");
      showDeadline(task, incident, incident.getPlanDue(), incident.getCorrectiveActionDays());
      task.setVariableLocal("actions", "");
    }

    @Override
    public Validation<SecurityIncidents.Plan> validate(TaskSubmission submission) {
      return incidents.validatePlan(incidentId(submission.task()), submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, SecurityIncidents.Plan plan) {
      incidents.receivePlan(incidentId(submission.task()), plan, submission.userId());
    }
  }

  /** "Close corrective actions": security closes completed actions one by one with evidence. */
  @Component
  static class CloseActions extends Base<List<SecurityIncidents.Closing>> {

    CloseActions(SecurityIncidents incidents) {
      super(incidents);
    }

    @Override
    public String taskDefinitionKey() {
      return IncidentProcess.CLOSE_ACTIONS;
    }

    @Override
    public Set<String> fields() {
      return Set.of("actions");
    }

    @Override
    public void prepare(DelegateTask task) {
      show(task, "Close corrective actions");
      task.setVariableLocal("actions", JsonViews.json(incidents.openActionRows(incidentId(task))));
    }

    @Override
    public Validation<List<SecurityIncidents.Closing>> validate(TaskSubmission submission) {
      return incidents.validateClosings(incidentId(submission.task()), submission.values().get("actions"));
    }

    @Override
    public void apply(TaskSubmission submission, List<SecurityIncidents.Closing> closings) {
      boolean allClosed = incidents.close(incidentId(submission.task()), closings, submission.userId());
      ProcessData.write(IncidentProcess.ALL_ACTIONS_CLOSED, submission.task().getExecution(), allClosed);
    }
  }
}
