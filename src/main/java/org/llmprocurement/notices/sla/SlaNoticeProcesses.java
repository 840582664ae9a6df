package org.llmprocurement.notices.sla;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The processes of the SLA_VIOLATION, HARMFUL_OUTPUT and SERVICE_CHANGE notices: keys, forms,
 * element ids and routing variables, each declared once. The handling processes are called by the
 * contract life with {@code contractId}, {@code noticeId} and {@code noticeType}; the notices' and
 * decisions' data live in {@code sla_violation}, {@code harmful_output_report} and {@code service_change}.
 */
public final class SlaNoticeProcesses {

  // ---- SLA violation --------------------------------------------------------------------------
  public static final String SLA_KEY = "vendor-sla-violation";
  public static final String SLA_RECORDING_KEY = "record-sla-violation";
  public static final String SLA_REMEDY_FORM = "decide-sla-remedy";
  public static final String RECORD_SLA_VIOLATION = "ServiceTask_RecordSlaViolation";
  public static final String THRESHOLD_REACHED = "Gateway_ThresholdReached";
  public static final String SETTLE_SLA_NOTICE = "ServiceTask_SettleSlaNotice";
  public static final String RECORD_REPEATED = "ServiceTask_RecordRepeatedViolations";
  public static final String DECIDE_SLA_REMEDY = "UserTask_DecideSlaRemedy";
  public static final String NOTIFY_SLA_REMEDY = "ServiceTask_NotifySlaRemedy";
  public static final String END_VIOLATION_RECORDED = "EndEvent_ViolationRecorded";
  public static final String END_REMEDY_DECIDED = "EndEvent_RemedyDecided";
  /** The violation's row in {@code sla_violation} (the earlier row for a repeated notice of the same violation). */
  public static final VariableFactory<Long> SLA_VIOLATION_ID = longVariable("slaViolationId");
  /** Whether this violation reaches the termination threshold (routes to legal). */
  public static final VariableFactory<Boolean> THRESHOLD_REACHED_FLAG = booleanVariable("terminationThresholdReached");

  // ---- harmful output -------------------------------------------------------------------------
  public static final String HARMFUL_KEY = "vendor-harmful-output";
  public static final String HARMFUL_RECORDING_KEY = "record-harmful-output";
  public static final String SUSPENSION_FORM = "decide-use-case-suspension";
  public static final String RECORD_HARMFUL_OUTPUT = "ServiceTask_RecordHarmfulOutput";
  public static final String DECIDE_SUSPENSION = "UserTask_DecideUseCaseSuspension";
  public static final String NOTIFY_SUSPENSION = "ServiceTask_NotifyUseCaseSuspension";
  public static final String REMEDIATION_FORM = "confirm-vendor-remediation";
  public static final String CONFIRM_REMEDIATION = "UserTask_ConfirmVendorRemediation";
  public static final String REMEDIATION_DEADLINE_PASSED = "BoundaryEvent_RemediationDeadlinePassed";
  public static final String RECORD_MISSED_REMEDIATION = "ServiceTask_RecordMissedRemediation";
  public static final String END_REMEDIATION_CONFIRMED = "EndEvent_RemediationConfirmed";
  public static final String END_REMEDIATION_ESCALATED = "EndEvent_RemediationEscalated";
  /** When an unconfirmed remediation is overdue (task due date, escalation timer): 00:00 UTC of the day after its deadline. */
  public static final VariableFactory<Date> REMEDIATION_DUE_AT = dateVariable("remediationDueAt");
  /** The report's row in {@code harmful_output_report}. */
  public static final VariableFactory<Long> HARMFUL_OUTPUT_ID = longVariable("harmfulOutputId");
  /** User id of the business owner, the procurement's requester: a candidate user of the decision. */
  public static final VariableFactory<String> BUSINESS_OWNER = stringVariable("businessOwner");
  /** Whether the use case was suspended (routes to the notification). */
  public static final VariableFactory<Boolean> USE_CASE_SUSPENDED = booleanVariable("useCaseSuspended");

  // ---- service change -------------------------------------------------------------------------
  public static final String CHANGE_KEY = "vendor-service-change";
  public static final String CHANGE_RECORDING_KEY = "record-service-change";
  public static final String EXIT_FORM = "decide-exit";
  public static final String RECORD_SERVICE_CHANGE = "ServiceTask_RecordServiceChange";
  public static final String DECIDE_EXIT = "UserTask_DecideExit";
  public static final String CHANGE_TAKES_EFFECT = "BoundaryEvent_ChangeTakesEffect";
  public static final String ESCALATE_UNDECIDED = "ServiceTask_EscalateUndecidedExit";
  public static final String RECORD_EXIT = "ServiceTask_RecordExitDecision";
  public static final String END_EXIT = "EndEvent_ExitDecided";
  public static final String END_SERVICE_CONTINUED = "EndEvent_ServiceContinued";
  public static final String END_ESCALATED = "EndEvent_ManagersEscalated";
  /** The change's row in {@code service_change}. */
  public static final VariableFactory<Long> SERVICE_CHANGE_ID = longVariable("serviceChangeId");
  /** Due date of the exit decision and its escalation timer: 00:00 UTC of the effective day (tomorrow when past). */
  public static final VariableFactory<Date> EXIT_DECISION_DUE_AT = dateVariable("exitDecisionDueAt");
  /** Whether the decision was to exit. */
  public static final VariableFactory<Boolean> EXIT_DECIDED = booleanVariable("exitDecided");

  private SlaNoticeProcesses() {}
}
