package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The contract life ({@code processes/contract-life.bpmn}): one long-running instance per register
 * entry, business key = the entry's, started by the message {@link #MESSAGE_REGISTERED} and ended
 * by the renewal review's exit decision or, at the end of any exit, by {@link #MESSAGE_CLOSED}. Its
 * key, element ids, messages and variables, each declared once.
 */
public final class ContractLifeProcess {

  public static final String KEY = "contract-life";

  /** Message that starts a contract life when an entry enters the register. */
  public static final String MESSAGE_REGISTERED = "ContractRegistered";
  /**
   * Message correlated to every waiting execution with the entry's business key whenever the
   * register entry changes (amendment, renewal, promotion); waiting timers reschedule on it.
   */
  public static final String MESSAGE_AMENDED = "ContractAmended";
  /**
   * Message correlated when the register entry becomes {@code CLOSED} (the exit runbook's "Retain
   * and close"): the interrupting event subprocess {@link #CLOSE_LIFE} ends the whole contract life,
   * called processes included, at {@link #END_CLOSED}.
   */
  public static final String MESSAGE_CLOSED = "ContractClosed";

  public static final String START = "StartEvent_ContractRegistered";
  public static final String SCHEDULE_RENEWAL = "ServiceTask_ScheduleRenewalReview";
  public static final String WAIT_FOR_RENEWAL = "Gateway_WaitForRenewalReview";
  public static final String RENEWAL_DUE = "TimerEvent_RenewalReviewDue";
  public static final String RENEWAL_AMENDED = "MessageEvent_RenewalContractAmended";
  public static final String REVIEW_RENEWAL = "CallActivity_ReviewContractRenewal";
  public static final String KEEP_EVIDENCE = "CallActivity_KeepAuditEvidenceCurrent";
  public static final String PILOT_CONTRACT = "Gateway_PilotContract";
  public static final String REVIEW_PROMOTION = "CallActivity_ReviewPilotPromotion";
  public static final String END_EXIT = "EndEvent_ExitDecided";
  public static final String END_PRODUCTION = "EndEvent_ProductionContract";
  public static final String END_PROMOTION_SETTLED = "EndEvent_PilotSettled";
  public static final String END_EVIDENCE = "EndEvent_EvidenceCadenceEnded";
  public static final String CLOSE_LIFE = "SubProcess_CloseContractLife";
  public static final String CLOSED_START = "StartEvent_ContractClosed";
  public static final String END_CLOSED = "EndEvent_ContractClosed";

  /** The register entry's id ({@code contract.id}); passed to every called process. */
  public static final VariableFactory<Long> CONTRACT_ID = longVariable("contractId");
  /** When the next pre-renewal review starts (00:00 UTC of the kick-off date). */
  public static final VariableFactory<Date> RENEWAL_KICK_OFF = dateVariable("renewalKickOff");
  /** Whether the entry is a pilot with a pilot end date: routes to the promotion review. */
  public static final VariableFactory<Boolean> PILOT = io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable("pilot");
  /** What the renewal review returned: {@code RENEWED} or {@code EXIT}. */
  public static final VariableFactory<String> RENEWAL_OUTCOME = stringVariable("renewalOutcome");

  private ContractLifeProcess() {}
}
