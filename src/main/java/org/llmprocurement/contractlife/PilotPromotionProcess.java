package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import java.util.List;

/**
 * The pilot promotion review ({@code processes/pilot-promotion-review.bpmn}), called by contract
 * life for a contract with a pilot end date: its key, element ids and process variables, each
 * declared once with its type. It reads contract life's {@code contractId}, sets the lifecycle's
 * {@code procurementId}, {@code reviewDueDate} and {@code riskTier} for the clause review and the
 * negotiation it calls, and maps {@link #OUTCOME} out.
 */
public final class PilotPromotionProcess {

  public static final String KEY = "pilot-promotion-review";

  public static final String START = "StartEvent_PromotionReviewCalled";
  public static final String SCHEDULE = "ServiceTask_SchedulePromotionReview";
  public static final String AWAIT_KICK_OFF = "Gateway_AwaitPromotionKickOff";
  public static final String KICK_OFF_DUE = "TimerEvent_PromotionReviewDue";
  public static final String AMENDED_BEFORE_KICK_OFF = "MessageEvent_AmendedBeforeKickOff";
  public static final String PROMOTE_PILOT = "SubProcess_PromotePilot";
  public static final String CONFIRM_SCOPE = "UserTask_ConfirmProductionScope";
  public static final String REDECIDE_TIER = "ServiceTask_RedecideTier";
  public static final String REVIEW_CHANGED = "CallActivity_ReviewChangedRequirements";
  public static final String CONSOLIDATE = "ServiceTask_ConsolidatePromotionReview";
  public static final String NEGOTIATE = "CallActivity_NegotiateProductionGaps";
  public static final String AMEND_REGISTER = "ServiceTask_AmendRegisterEntry";
  public static final String CLOSE_PILOT = "ServiceTask_RecordPilotNotPromoted";
  public static final String END_PROMOTED = "EndEvent_PilotPromoted";
  public static final String END_NOT_PROMOTED = "EndEvent_PilotNotPromoted";
  public static final String SCHEDULE_PILOT_END = "ServiceTask_SchedulePilotEndWatch";
  public static final String AWAIT_PILOT_END = "Gateway_AwaitPilotEnd";
  public static final String PILOT_END_PASSED = "TimerEvent_PilotEndPassed";
  public static final String AMENDED_BEFORE_PILOT_END = "MessageEvent_AmendedBeforePilotEnd";
  public static final String ESCALATE_PILOT_END = "ServiceTask_EscalatePilotEnd";
  public static final String END_ESCALATED = "EndEvent_PilotEndEscalated";
  public static final String END_REVIEW_DONE = "EndEvent_PromotionReviewDone";

  /** Values of {@link #OUTCOME}. */
  public static final String PROMOTED = "PROMOTED";
  public static final String ENDED = "ENDED";

  /** The promotion review's record ({@link PilotPromotion} id). */
  public static final VariableFactory<Long> PROMOTION_ID = longVariable("pilotPromotionId");
  /** When the review starts: pilot end minus {@code pilotPromotionLeadDays}, never before today (00:00 UTC). */
  public static final VariableFactory<Date> KICK_OFF = dateVariable("promotionKickOff");
  /** The first day after the pilot end (00:00 UTC): still unpromoted then, managers are escalated to. */
  public static final VariableFactory<Date> PILOT_END_ESCALATION = dateVariable("pilotEndEscalation");
  /** Whether procurement confirmed a production scope (else the pilot ends without promotion). */
  public static final VariableFactory<Boolean> PROMOTE = booleanVariable("promoteToProduction");
  /** Owner groups with requirements new or stricter at the production tier to re-decide. */
  public static final VariableFactory<List<String>> REVIEW_ROLES = listVariable("promotionReviewRoles", String.class);
  /** Whether the re-decided requirements left gaps for negotiation. */
  public static final VariableFactory<Boolean> GAPS_FOUND = booleanVariable("promotionGapsFound");
  /** {@link #PROMOTED} or {@link #ENDED}; mapped out to contract life. */
  public static final VariableFactory<String> OUTCOME = stringVariable("promotionOutcome");

  private PilotPromotionProcess() {}
}
