package org.llmprocurement.intake;

/** Ids of the lifecycle process and its intake elements, shared by code and tests. */
public final class IntakeProcess {

  public static final String KEY = "llm-procurement";
  public static final String START = "StartEvent_IntakeSubmitted";
  public static final String DETERMINE_TIER = "BusinessRuleTask_DetermineRiskTier";
  public static final String RECORD_TIER = "ServiceTask_RecordProposedTier";
  public static final String CONFIRM_TIER = "UserTask_ConfirmTierAndScope";
  public static final String APPROVE_REDUCTION = "UserTask_ApproveTierReduction";
  public static final String TIER_SETTLED = "Gateway_TierSettled";
  /** The review stage starts one call activity per reviewing function. */
  public static final String REVIEW_IT = "CallActivity_ReviewItClauses";

  /** Process variables: only what routes the process. */
  public static final String VAR_PROCUREMENT_ID = "procurementId";
  public static final String VAR_PROPOSED_TIER = "proposedTier";
  public static final String VAR_RISK_TIER = "riskTier";
  public static final String VAR_TIER_CHANGE = "tierChange";
  public static final String VAR_REDUCTION_APPROVED = "tierReductionApproved";

  private IntakeProcess() {}
}
