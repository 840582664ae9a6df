package org.llmprocurement.lifecycle;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The main procurement process ({@code processes/llm-procurement.bpmn}): its key, the ids of its
 * elements, and its process variables, each declared once with its type (camunda-bpm-data
 * {@link VariableFactory}: {@code PROCUREMENT_ID.from(execution).get()}, never a cast).
 *
 * <p>Process variables carry only what routes the process; everything else lives in our tables
 * keyed by {@link #PROCUREMENT_ID} and the business key.
 */
public final class ProcurementLifecycle {

  public static final String KEY = "llm-procurement";

  // intake
  public static final String START = "StartEvent_IntakeSubmitted";
  public static final String DETERMINE_TIER = "BusinessRuleTask_DetermineRiskTier";
  public static final String RECORD_TIER = "ServiceTask_RecordProposedTier";
  public static final String CONFIRM_TIER = "UserTask_ConfirmTierAndScope";
  public static final String APPROVE_REDUCTION = "UserTask_ApproveTierReduction";
  public static final String TIER_SETTLED = "Gateway_TierSettled";

  // clause review
  public static final String PREPARE_REVIEW = "ServiceTask_PrepareClauseReview";
  /** The review stage starts one call activity per reviewing function; their ids share this prefix. */
  public static final String REVIEW_CALL_PREFIX = "CallActivity_Review";
  public static final String REVIEW_IT = "CallActivity_ReviewItClauses";
  public static final String REVIEW_JOIN = "Gateway_RoleReviewsDone";
  public static final String CONSOLIDATE_REVIEW = "ServiceTask_ConsolidateReview";
  /** Review found gaps: redline rounds with the vendor (process {@code negotiation}). */
  public static final String NEGOTIATE_GAPS = "CallActivity_NegotiateGaps";
  /** A manager walked away during negotiation. */
  public static final String END_ABANDONED = "EndEvent_ProcurementAbandoned";
  /** Every function signs off (process {@code sign-off}). */
  public static final String SIGN_OFF = "CallActivity_SignOffContract";
  /** Particulars recorded and the contract registered (process {@code contract-registration}). */
  public static final String REGISTER_CONTRACT = "CallActivity_RegisterContract";
  /** The contract is in the register; contract life starts from there. */
  public static final String END_CONTRACT_ACTIVE = "EndEvent_ContractActive";

  /** Our {@code procurement.id}; every stage reads its data from our tables with it. */
  public static final VariableFactory<Long> PROCUREMENT_ID = longVariable("procurementId");
  /** Tier the risk-tier decision table proposed (a {@code RiskTier} name); the DMN task writes it. */
  public static final VariableFactory<String> PROPOSED_TIER = stringVariable("proposedTier");
  /** The procurement's current tier (a {@code RiskTier} name). */
  public static final VariableFactory<String> RISK_TIER = stringVariable("riskTier");
  /** What confirming the tier did (a {@code TierDecision} name): routes to the manager's approval. */
  public static final VariableFactory<String> TIER_CHANGE = stringVariable("tierChange");
  /** The manager's answer to a tier reduction. */
  public static final VariableFactory<Boolean> REDUCTION_APPROVED = booleanVariable("tierReductionApproved");
  /** When the clause review is due (engine time). */
  public static final VariableFactory<Date> REVIEW_DUE = dateVariable("reviewDueDate");
  /** The consolidated review outcome (a {@code ReviewOutcome.Outcome} name). */
  public static final VariableFactory<String> REVIEW_OUTCOME = stringVariable("reviewOutcome");
  /** Gaps on no-go items after consolidation. */
  public static final VariableFactory<Integer> NO_GO_GAPS = intVariable("noGoGaps");
  /** Negotiation's result: {@code AGREED} or {@code ABANDONED}. */
  public static final VariableFactory<String> NEGOTIATION_OUTCOME = stringVariable("negotiationOutcome");
  /** Sign-off's result: {@code SIGNED}, {@code BACK_TO_NEGOTIATION} or {@code BACK_TO_REVIEW}. */
  public static final VariableFactory<String> SIGN_OFF_OUTCOME = stringVariable("signOffOutcome");
  /** Why sign-off sent the procurement back (at most 4,000 characters), for the next owner. */
  public static final VariableFactory<String> RETURN_REASON = stringVariable("returnReason");
  /** Requirement ids sign-off sent back, comma-separated. */
  public static final VariableFactory<String> RETURN_ITEMS = stringVariable("returnItems");

  private ProcurementLifecycle() {}
}
