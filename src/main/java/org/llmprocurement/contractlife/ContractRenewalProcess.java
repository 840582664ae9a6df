package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;

/**
 * The pre-renewal review of a register entry ({@code processes/contract-renewal-review.bpmn}),
 * called by the contract life when the renewal kick-off date arrives: its key, element ids and
 * routing variables, each declared once with its type. It reads {@link ContractLifeProcess#CONTRACT_ID}
 * and returns {@link ContractLifeProcess#RENEWAL_OUTCOME} ({@link #RENEWED} or {@link #EXIT}); for a renegotiation it hands {@code procurementId}, {@code riskTier},
 * {@code returnItems} and {@code returnReason} to the {@code negotiation} process.
 */
public final class ContractRenewalProcess {

  public static final String KEY = "contract-renewal-review";

  public static final String START = "StartEvent_RenewalReviewDue";
  public static final String GATHER_VIEW = "ServiceTask_GatherRenewalView";
  public static final String REACH_DECISION = "SubProcess_ReachRenewalDecision";
  public static final String ASSESS = "UserTask_AssessRenewal";
  public static final String DECIDE = "UserTask_DecideRenewal";
  public static final String WAIT_FOR_ESCALATION = "Gateway_WaitForEscalation";
  public static final String DECISION_OVERDUE = "TimerEvent_RenewalDecisionOverdue";
  public static final String CONTRACT_AMENDED = "MessageEvent_ContractAmended";
  public static final String RESCHEDULE_ESCALATION = "ServiceTask_RescheduleEscalation";
  public static final String ESCALATE = "ServiceTask_EscalateRenewalDecision";
  public static final String END_ESCALATED = "EndEvent_ManagersEscalated";
  public static final String RENEW = "ServiceTask_RenewContract";
  public static final String PREPARE_RENEGOTIATION = "ServiceTask_PrepareRenegotiation";
  public static final String RENEGOTIATE = "CallActivity_RenegotiateListedItems";
  public static final String APPLY_NEGOTIATION_OUTCOME = "ServiceTask_ApplyNegotiationOutcome";
  public static final String RECORD_EXIT = "ServiceTask_RecordExitDecision";
  public static final String END_RENEWED = "EndEvent_ContractRenewed";
  public static final String END_RENEGOTIATED = "EndEvent_ContractRenegotiated";
  public static final String END_RENEGOTIATION_FAILED = "EndEvent_RenegotiationFailed";
  public static final String END_EXIT = "EndEvent_ExitDecided";

  /** Values of {@link #DECISION}. */
  public static final String RENEW_DECISION = "RENEW";
  public static final String RENEGOTIATE_DECISION = "RENEGOTIATE";
  public static final String EXIT_DECISION = "EXIT";

  /** Values of {@link ContractLifeProcess#RENEWAL_OUTCOME}. */
  public static final String RENEWED = "RENEWED";
  public static final String EXIT = "EXIT";

  /** The {@code renewal_review} row of this run. */
  public static final VariableFactory<Long> REVIEW_ID = longVariable("renewalReviewId");
  /** When managers are escalated to: 00:00 UTC of the non-renewal deadline minus the tier's business days, never later. */
  public static final VariableFactory<Date> ESCALATION_DATE = dateVariable("renewalEscalationDate");
  /** The owning functions asked for their view: the assessment's multi-instance collection. */
  public static final VariableFactory<List<String>> ASSESSING_ROLES = listVariable("renewalAssessingRoles", String.class);
  /** The function of one assessment instance (its candidate group). */
  public static final VariableFactory<String> ASSESSING_ROLE = stringVariable("assessingRole");
  /** Procurement's decision: {@link #RENEW_DECISION}, {@link #RENEGOTIATE_DECISION} or {@link #EXIT_DECISION}. */
  public static final VariableFactory<String> DECISION = stringVariable("renewalDecision");

  private ContractRenewalProcess() {}
}
