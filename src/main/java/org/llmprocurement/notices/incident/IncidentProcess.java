package org.llmprocurement.notices.incident;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Incident tracking ({@code processes/vendor-security-incident.bpmn}), called by the contract life
 * per SECURITY_INCIDENT notice, and its hand-recording process ({@code record-security-incident}):
 * keys, forms, element ids and routing variables, each declared once with its type. The incident
 * itself lives in {@code security_incident} and its child tables.
 */
public final class IncidentProcess {

  public static final String KEY = "vendor-security-incident";
  public static final String RECORD_KEY = "record-security-incident";

  public static final String RECORD_FORM = "record-security-incident";
  public static final String CONTENTS_FORM = "obtain-missing-incident-contents";
  public static final String CLASSIFY_FORM = "classify-security-incident";
  public static final String FILE_REPORT_FORM = "file-regulatory-report";
  public static final String ROOT_CAUSE_FORM = "receive-root-cause-report";
  public static final String PLAN_FORM = "receive-corrective-action-plan";
  public static final String CLOSE_ACTIONS_FORM = "close-corrective-actions";
  public static final Set<String> FORMS = Set.of(RECORD_FORM, CONTENTS_FORM, CLASSIFY_FORM, FILE_REPORT_FORM,
      ROOT_CAUSE_FORM, PLAN_FORM, CLOSE_ACTIONS_FORM);

  public static final String READ_NOTICE = "ServiceTask_ReadIncidentNotice";
  public static final String ADD_UPDATE = "ServiceTask_AddVendorUpdate";
  public static final String END_UPDATE_ADDED = "EndEvent_UpdateAdded";
  public static final String OPEN_INCIDENT = "ServiceTask_OpenIncident";
  public static final String OBTAIN_CONTENTS = "UserTask_ObtainMissingContents";
  public static final String CLASSIFY = "UserTask_ClassifyIncident";
  public static final String REPORT_TO_AUTHORITY = "SubProcess_ReportToAuthority";
  public static final String SCHEDULE_REPORT = "ServiceTask_ScheduleReport";
  public static final String FILE_REPORT = "UserTask_FileRegulatoryReport";
  public static final String REPORT_DEADLINE_PASSED = "BoundaryEvent_ReportDeadlinePassed";
  public static final String ESCALATE_REPORT = "ServiceTask_EscalateOverdueReport";
  public static final String END_REGIME_REPORTED = "EndEvent_RegimeReported";
  public static final String RECEIVE_ROOT_CAUSE = "UserTask_ReceiveRootCauseReport";
  public static final String ROOT_CAUSE_DEADLINE_PASSED = "BoundaryEvent_RootCauseDeadlinePassed";
  public static final String ESCALATE_ROOT_CAUSE = "ServiceTask_EscalateMissedRootCause";
  public static final String UPDATE_CHECK_DUE = "BoundaryEvent_UpdateCheckDue";
  public static final String CHECK_UPDATE = "ServiceTask_CheckVendorUpdate";
  public static final String RECEIVE_PLAN = "UserTask_ReceiveCorrectiveActionPlan";
  public static final String PLAN_DEADLINE_PASSED = "BoundaryEvent_PlanDeadlinePassed";
  public static final String ESCALATE_PLAN = "ServiceTask_EscalateMissedPlan";
  public static final String JOIN = "Gateway_JoinIncidentTracking";
  public static final String CLOSE_ACTIONS = "UserTask_CloseCorrectiveActions";
  public static final String CLOSE_INCIDENT = "ServiceTask_CloseIncident";
  public static final String END_CLOSED = "EndEvent_IncidentClosed";

  /** The contract (from the contract life). */
  public static final VariableFactory<Long> CONTRACT_ID = longVariable("contractId");
  /** Our row in {@code security_incident}; set when the incident opens. */
  public static final VariableFactory<Long> INCIDENT_ID = longVariable("incidentId");
  /** Whether the notice updates an open incident. */
  public static final VariableFactory<Boolean> INCIDENT_UPDATE = booleanVariable("incidentUpdate");
  /** Whether the first notice had every content the contract requires. */
  public static final VariableFactory<Boolean> CONTENTS_COMPLETE = booleanVariable("incidentContentsComplete");
  /** When the root-cause report is overdue: 00:00 UTC of the day after its deadline. */
  public static final VariableFactory<Date> ROOT_CAUSE_DUE_AT = dateVariable("rootCauseDueAt");
  /** When the corrective-action plan is overdue: 00:00 UTC of the day after its deadline. */
  public static final VariableFactory<Date> PLAN_DUE_AT = dateVariable("planDueAt");
  /** The update check's ISO-8601 repeating interval. */
  public static final VariableFactory<String> UPDATE_CHECK_CYCLE = stringVariable("updateCheckCycle");
  /** The regimes security's classification started ({@link RegulatoryRules.Regime} names). */
  public static final VariableFactory<List<String>> REGIMES = listVariable("incidentRegimes", String.class);
  /** One instance's regime (the multi-instance element). */
  public static final VariableFactory<String> REGIME = stringVariable("regime");
  /** The report being filed (local to the regime's instance). */
  public static final VariableFactory<Long> REPORT_ID = longVariable("regulatoryReportId");
  public static final VariableFactory<String> REPORT_GROUP = stringVariable("reportGroup");
  public static final VariableFactory<Date> REPORT_DUE_AT = dateVariable("reportDueAt");
  /** Whether the regime has a report after this one. */
  public static final VariableFactory<Boolean> FURTHER_REPORT_DUE = booleanVariable("furtherReportDue");
  /** Whether every corrective action is closed. */
  public static final VariableFactory<Boolean> ALL_ACTIONS_CLOSED = booleanVariable("allCorrectiveActionsClosed");

  private IncidentProcess() {}
}
