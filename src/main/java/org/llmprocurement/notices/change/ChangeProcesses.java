package org.llmprocurement.notices.change;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;

/**
 * The change notices' processes ({@code processes/vendor-*-change.bpmn}, {@code record-*-change.bpmn}):
 * keys, forms, element ids and routing variables, each declared once with its type. The change
 * itself lives in table {@code vendor_change}.
 */
public final class ChangeProcesses {

  // ---- model change ----
  public static final String MODEL_KEY = "vendor-model-change";
  public static final String RECORD_MODEL_KEY = "record-model-change";
  public static final String COMPARE_MODEL = "ServiceTask_CompareModelChange";
  public static final String ASSESS_MODEL = "UserTask_AssessModelChangeImpact";
  public static final String DECIDE_MODEL = "UserTask_DecideModelChange";
  public static final String VALIDATION_WINDOW_ENDED = "BoundaryEvent_ValidationWindowEnded";
  public static final String ESCALATE_UNDECIDED_MODEL = "ServiceTask_EscalateUndecidedModelChange";
  public static final String PIN_NEW_VERSION = "ServiceTask_PinNewModelVersion";
  public static final String REQUEST_ROLLBACK = "ServiceTask_RequestModelRollback";
  public static final String CONFIRM_ROLLBACK = "UserTask_ConfirmModelRollback";
  public static final String ROLLBACK_DEADLINE_PASSED = "BoundaryEvent_RollbackDeadlinePassed";
  public static final String ESCALATE_MISSED_ROLLBACK = "ServiceTask_EscalateMissedRollback";
  public static final String RENEGOTIATE_MODEL = "UserTask_RenegotiateModelChange";
  public static final String END_MODEL_ACCEPTED = "EndEvent_ModelChangeAccepted";
  public static final String END_MODEL_ROLLED_BACK = "EndEvent_ModelRolledBack";
  public static final String END_MODEL_RENEGOTIATED = "EndEvent_ModelChangeRenegotiated";
  public static final String END_MODEL_ESCALATED = "EndEvent_UndecidedModelChangeEscalated";
  public static final String END_ROLLBACK_ESCALATED = "EndEvent_MissedRollbackEscalated";

  // ---- subprocessor change ----
  public static final String SUBPROCESSOR_KEY = "vendor-subprocessor-change";
  public static final String RECORD_SUBPROCESSOR_KEY = "record-subprocessor-change";
  public static final String DECIDE_OBJECTION = "UserTask_DecideSubprocessorObjection";
  public static final String OBJECTION_WINDOW_ENDED = "BoundaryEvent_ObjectionWindowEnded";
  public static final String ESCALATE_UNDECIDED_OBJECTION = "ServiceTask_EscalateUndecidedObjection";
  public static final String UPDATE_SUBPROCESSORS = "ServiceTask_UpdateRegisterSubprocessors";
  public static final String SEND_OBJECTION = "ServiceTask_SendSubprocessorObjection";
  public static final String END_SUBPROCESSOR_ACCEPTED = "EndEvent_SubprocessorChangeAccepted";
  public static final String END_OBJECTION_SENT = "EndEvent_SubprocessorObjectionSent";
  public static final String END_OBJECTION_ESCALATED = "EndEvent_UndecidedObjectionEscalated";

  // ---- region change ----
  public static final String REGION_KEY = "vendor-region-change";
  public static final String RECORD_REGION_KEY = "record-region-change";
  public static final String CHECK_RESIDENCY = "UserTask_CheckDataResidency";
  public static final String RECORD_OUT_OF_REGION = "ServiceTask_RecordOutOfRegionBreach";
  public static final String DECIDE_REGION = "UserTask_DecideRegionChange";
  public static final String SUSPEND_DATA_FLOW = "ServiceTask_SuspendDataFlow";
  public static final String RENEGOTIATE_REGION = "UserTask_RenegotiateRegionChange";
  public static final String NOTIFY_EXIT = "ServiceTask_NotifyExitDecision";
  public static final String END_WITHIN = "EndEvent_RegionChangeWithinContract";
  public static final String END_SUSPENDED = "EndEvent_DataFlowSuspended";
  public static final String END_REGION_RENEGOTIATED = "EndEvent_RegionChangeRenegotiated";
  public static final String END_EXIT = "EndEvent_ExitDecided";

  // ---- forms ----
  public static final String FORM_RECORD_MODEL = "record-model-change";
  public static final String FORM_RECORD_SUBPROCESSOR = "record-subprocessor-change";
  public static final String FORM_RECORD_REGION = "record-region-change";
  public static final String FORM_ASSESS_MODEL = "assess-model-change";
  public static final String FORM_DECIDE_MODEL = "decide-model-change";
  public static final String FORM_CONFIRM_ROLLBACK = "confirm-model-rollback";
  public static final String FORM_RENEGOTIATE = "renegotiate-vendor-change";
  public static final String FORM_DECIDE_OBJECTION = "decide-subprocessor-objection";
  public static final String FORM_CHECK_RESIDENCY = "check-data-residency";
  public static final String FORM_DECIDE_REGION = "decide-region-change";

  // ---- variables ----
  /** The change's row in {@code vendor_change}; set by the compare step. */
  public static final VariableFactory<Long> CHANGE_ID = longVariable("vendorChangeId");
  /** 00:00 UTC after the validation window's last day: task due date and escalation timer. */
  public static final VariableFactory<Date> VALIDATION_WINDOW_DUE_AT = dateVariable("validationWindowDueAt");
  /** The groups that assess a model change, one task each. */
  public static final VariableFactory<List<String>> ASSESSING_GROUPS = listVariable("modelChangeAssessingGroups", String.class);
  /** The group of one assessment task (the multi-instance element variable). */
  public static final VariableFactory<String> ASSESSING_GROUP = stringVariable("assessingGroup");
  /** {@link ChangeDecisions.ModelDecision} name, set by the decision. */
  public static final VariableFactory<String> MODEL_DECISION = stringVariable("modelChangeDecision");
  /** 00:00 UTC after the rollback deadline: task due date and escalation timer. */
  public static final VariableFactory<Date> ROLLBACK_DUE_AT = dateVariable("rollbackDueAt");
  /** 00:00 UTC after the objection window's last day: task due date and escalation timer. */
  public static final VariableFactory<Date> OBJECTION_WINDOW_DUE_AT = dateVariable("objectionWindowDueAt");
  /** {@link ChangeDecisions.SubprocessorDecision} name, set by the decision. */
  public static final VariableFactory<String> SUBPROCESSOR_DECISION = stringVariable("subprocessorDecision");
  /** Data governance's finding: the change takes data outside the contract's regions. */
  public static final VariableFactory<Boolean> OUTSIDE_REGIONS = booleanVariable("outsideContractRegions");
  /** {@link ChangeDecisions.RegionDecision} name, set by the decision. */
  public static final VariableFactory<String> REGION_DECISION = stringVariable("regionChangeDecision");

  private ChangeProcesses() {}
}
