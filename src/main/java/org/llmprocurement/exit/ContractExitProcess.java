package org.llmprocurement.exit;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The exit runbook ({@code processes/contract-exit.bpmn}): one instance per exit of a register
 * entry, business key = the entry's. Its key, forms, element ids and routing variables, each
 * declared once with its type; the exit itself lives in {@code contract_exit} and
 * {@code contract_exit_step}.
 */
public final class ContractExitProcess {

  public static final String KEY = "contract-exit";
  public static final String START_FORM = "contract-exit-start";

  public static final String START = "StartEvent_ExitStarted";
  public static final String FREEZE = "UserTask_FreezeContract";
  public static final String REQUEST_EXPORT = "UserTask_RequestDataExport";
  public static final String VERIFY_EXPORT = "UserTask_VerifyDataExport";
  public static final String EXPORT_REMINDER_DUE = "BoundaryEvent_ExportReminderDue";
  public static final String EXPORT_DEADLINE_PASSED = "BoundaryEvent_ExportDeadlinePassed";
  public static final String DECIDE_CUT_OVER = "UserTask_DecideCutOver";
  public static final String CONFIRM_INVENTORY = "UserTask_ConfirmAccessInventory";
  public static final String REVOKE_ACCESS = "UserTask_RevokeAccess";
  public static final String JOIN = "Gateway_JoinExitWork";
  public static final String REQUEST_DELETION = "UserTask_RequestVendorDeletion";
  public static final String VERIFY_CERTIFICATE = "UserTask_VerifyDeletionCertificate";
  public static final String DELETION_REMINDER_DUE = "BoundaryEvent_DeletionReminderDue";
  public static final String DELETION_DEADLINE_PASSED = "BoundaryEvent_DeletionDeadlinePassed";
  public static final String RETAIN_AND_CLOSE = "ServiceTask_RetainAndClose";
  public static final String END_CLOSED = "EndEvent_ContractClosed";

  /** Start variable: the register entry to exit (Tasklist start form, API). */
  public static final VariableFactory<Long> CONTRACT_ID = longVariable("contractId");
  /** Start variable: why we exit. */
  public static final VariableFactory<String> REASON = stringVariable("exitReason");
  /** Start variable set only by system work: what decided the exit ({@link org.llmprocurement.contracts.ExitTrigger}). */
  public static final VariableFactory<String> TRIGGER = stringVariable("exitTrigger");
  /** The exit's row in {@code contract_exit}; set when the start is recorded. */
  public static final VariableFactory<Long> EXIT_ID = longVariable("exitId");
  /** When the freeze is due. */
  public static final VariableFactory<Date> FREEZE_DUE_AT = dateVariable("freezeDueAt");
  /** When the vendor's export is overdue: 00:00 UTC of the day after the export deadline. */
  public static final VariableFactory<Date> EXPORT_DUE_AT = dateVariable("exportDueAt");
  /** When procurement is reminded to chase the export. */
  public static final VariableFactory<Date> EXPORT_REMINDER_AT = dateVariable("exportReminderAt");
  /** Whether IT verified the export; routes "Export verified?". */
  public static final VariableFactory<Boolean> EXPORT_VERIFIED = booleanVariable("exportVerified");
  /** When the cut-over decision is due: 00:00 UTC of the day after the planned cut-over. */
  public static final VariableFactory<Date> CUT_OVER_DUE_AT = dateVariable("cutOverDueAt");
  /** Whether the business owner decided go; routes "Go for cut-over?". */
  public static final VariableFactory<Boolean> CUT_OVER_GO = booleanVariable("cutOverGo");
  /** How many inventory entries get a revocation task (multi-instance cardinality). */
  public static final VariableFactory<Integer> ACCESS_ENTRY_COUNT = intVariable("accessEntryCount");
  /** When the vendor's deletion is overdue: 00:00 UTC of the day after the deletion deadline. */
  public static final VariableFactory<Date> DELETION_DUE_AT = dateVariable("deletionDueAt");
  /** When data governance is reminded to chase the certificate. */
  public static final VariableFactory<Date> DELETION_REMINDER_AT = dateVariable("deletionReminderAt");
  /** Whether the deletion certificate covers everything; routes "Certificate complete?". */
  public static final VariableFactory<Boolean> CERTIFICATE_COMPLETE = booleanVariable("certificateComplete");

  /** Task-local: the {@code contract_exit_step} row a task works on. */
  public static final String STEP_ID = "exitStepId";

  private ContractExitProcess() {}
}
