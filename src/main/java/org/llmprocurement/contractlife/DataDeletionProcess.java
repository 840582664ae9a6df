package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * Deletion of a named data set on request during the term ({@code processes/data-deletion-request.bpmn}):
 * started per request by data governance (Tasklist start form or
 * {@code POST /api/contracts/{id}/deletion-requests}), business key = the contract's. Its key,
 * element ids and routing variables, each declared once with its type; the request itself lives in
 * table {@code data_deletion_request}.
 */
public final class DataDeletionProcess {

  public static final String KEY = "data-deletion-request";
  /** The Tasklist start form ({@code forms/data-deletion-request-start.form}). */
  public static final String START_FORM = "data-deletion-request-start";
  /** The closing task's form ({@code forms/confirm-vendor-deletion.form}). */
  public static final String CONFIRM_FORM = "confirm-vendor-deletion";

  public static final String START = "StartEvent_DeletionRequested";
  public static final String CONFIRM_DELETION = "UserTask_ConfirmVendorDeletion";
  public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
  public static final String REMIND_DATA_GOVERNANCE = "ServiceTask_RemindDataGovernance";
  public static final String DEADLINE_PASSED = "BoundaryEvent_DeletionDeadlinePassed";
  public static final String ESCALATE_OVERDUE = "ServiceTask_EscalateOverdueDeletion";
  public static final String END_CONFIRMED = "EndEvent_VendorDeletionConfirmed";
  public static final String END_REMINDED = "EndEvent_DataGovernanceReminded";
  public static final String END_ESCALATED = "EndEvent_ManagersEscalated";

  /**
   * The register entry the data set is held under (the contract life's variable); submitted at the
   * start, validated by the start guard.
   */
  public static final VariableFactory<Long> CONTRACT_ID = ContractLifeProcess.CONTRACT_ID;
  /** The request's row in {@code data_deletion_request}; set when the start is recorded. */
  public static final VariableFactory<Long> REQUEST_ID = longVariable("deletionRequestId");
  /** When data governance is reminded to chase the vendor: 00:00 UTC of the reminder date. */
  public static final VariableFactory<Date> REMINDER_AT = dateVariable("deletionReminderAt");
  /** When the deletion is overdue (task due date, escalation timer): 00:00 UTC of the day after the deadline. */
  public static final VariableFactory<Date> DUE_AT = dateVariable("deletionDueAt");

  private DataDeletionProcess() {}
}
