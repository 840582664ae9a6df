package org.llmprocurement.negotiation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;

/**
 * The negotiation with the vendor ({@code processes/negotiation.bpmn}), called by the lifecycle when
 * review found gaps: its key, element ids and process variables, each declared once with its type.
 * It also reads the lifecycle's {@code procurementId} and passes {@code reviewRole} and
 * {@code reviewDueDate} to the clause review it calls for re-decisions.
 */
public final class NegotiationProcess {

  public static final String KEY = "negotiation";

  public static final String START = "StartEvent_NegotiationStarted";
  public static final String START_NEGOTIATION = "ServiceTask_StartNegotiation";
  public static final String OPEN_ROUND = "ServiceTask_OpenNegotiationRound";
  public static final String PREPARE_PACKAGE = "UserTask_PrepareRedlinePackage";
  public static final String AWAIT_ANSWERS = "SubProcess_AwaitVendorAnswers";
  public static final String RECORD_ANSWERS = "UserTask_RecordVendorAnswers";
  public static final String RESPONSE_DEADLINE = "BoundaryEvent_ResponseDeadlinePassed";
  public static final String SEND_REMINDER = "UserTask_SendVendorReminder";
  public static final String VENDOR_SILENT = "BoundaryEvent_VendorSilent";
  public static final String RECORD_SILENCE = "ServiceTask_RecordVendorSilence";
  public static final String APPLY_ANSWERS = "ServiceTask_ApplyVendorAnswers";
  public static final String REDECIDE = "CallActivity_RedecideChangedItems";
  public static final String CONSOLIDATE_ROUND = "ServiceTask_ConsolidateRound";
  public static final String DECIDE_ESCALATION = "UserTask_DecideEscalation";
  public static final String APPLY_NARROWED_SCOPE = "ServiceTask_ApplyNarrowedScope";
  public static final String END_AGREED = "EndEvent_NegotiationAgreed";
  public static final String END_ABANDONED = "EndEvent_NegotiationAbandoned";

  /** Outcome values of {@link #OUTCOME}. */
  public static final String AGREED = "AGREED";
  public static final String ABANDONED = "ABANDONED";

  /** The procurement's tier (a {@code RiskTier} name); in from the lifecycle, out again (narrowing changes it). */
  public static final VariableFactory<String> RISK_TIER = stringVariable("riskTier");
  /** Why sign-off sent the contract back (at most 4,000 characters); null on the first call. */
  public static final VariableFactory<String> RETURN_REASON = stringVariable("returnReason");
  /** Requirement ids sign-off sent back, comma-separated; null on the first call. */
  public static final VariableFactory<String> RETURN_ITEMS = stringVariable("returnItems");
  /** {@link #AGREED} or {@link #ABANDONED}; mapped out to the lifecycle. */
  public static final VariableFactory<String> OUTCOME = stringVariable("negotiationOutcome");
  /** The current round's number (rounds are numbered per procurement, across calls). */
  public static final VariableFactory<Integer> ROUND = intVariable("negotiationRound");
  /** The last round allowed before escalation: the tier's round limit plus rounds managers granted. */
  public static final VariableFactory<Integer> LAST_ALLOWED_ROUND = intVariable("lastAllowedRound");
  /** Groups that may record the vendor's answers: procurement and the functions owning the round's items (comma-separated). */
  public static final VariableFactory<String> ANSWER_GROUPS = stringVariable("vendorAnswerGroups");
  /** When the vendor's answers are due (engine time); the reminder timer fires then. */
  public static final VariableFactory<Date> RESPONSE_DUE = dateVariable("vendorResponseDueDate");
  /** When a silent vendor escalates to managers: the due date plus the tier's grace days. */
  public static final VariableFactory<Date> SILENCE_ESCALATION = dateVariable("vendorSilenceEscalationDate");
  /** Whether the vendor's answers (or a narrowing) reopened items that owners must decide again. */
  public static final VariableFactory<Boolean> REDECISION_NEEDED = booleanVariable("redecisionNeeded");
  /** The reviewing functions with reopened items: the re-decision's multi-instance collection (JSON). */
  public static final VariableFactory<List<String>> REOPENED_ROLES = listVariable("reopenedRoles", String.class);
  /** What follows the round (a {@code NegotiationRules.RoundResult} name). */
  public static final VariableFactory<String> ROUND_RESULT = stringVariable("roundResult");
  /** The manager's escalation decision (ONE_MORE_ROUND, NARROW_SCOPE, ACCEPT_RISK, WALK_AWAY). */
  public static final VariableFactory<String> ESCALATION_DECISION = stringVariable("escalationDecision");

  private NegotiationProcess() {}
}
