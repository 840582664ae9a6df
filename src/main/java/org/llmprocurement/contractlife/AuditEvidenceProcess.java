package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The audit evidence cadence ({@code processes/audit-evidence-cadence.bpmn}), called by contract
 * life and living as long as it: its key, element ids and process variables, each declared once
 * with its type. It reads contract life's {@code contractId}.
 */
public final class AuditEvidenceProcess {

  public static final String KEY = "audit-evidence-cadence";

  public static final String START = "StartEvent_EvidenceCadenceStarted";
  public static final String SCHEDULE = "ServiceTask_ScheduleEvidenceRequests";
  public static final String IN_FORCE = "Gateway_ContractInForce";
  public static final String AWAIT = "Gateway_AwaitEvidenceEvent";
  public static final String CHECK_DUE = "TimerEvent_EvidenceCheckDue";
  public static final String AMENDED = "MessageEvent_ContractAmended";
  public static final String RECORDED = "MessageEvent_EvidenceRecorded";
  public static final String END_CONTRACT_ENDED = "EndEvent_ContractEnded";

  /** The register's change message ({@link ContractLifeProcess#MESSAGE_AMENDED}): the cadence plans again. */
  public static final String MESSAGE_AMENDED = ContractLifeProcess.MESSAGE_AMENDED;
  /** Message correlated (by business key) when evidence is recorded: the cadence plans again. */
  public static final String MESSAGE_RECORDED = "AuditEvidenceRecorded";

  /** The register entry's id (in from contract life). */
  public static final VariableFactory<Long> CONTRACT_ID = ContractLifeProcess.CONTRACT_ID;
  /** When the next check is due (00:00 UTC of that day); the timer fires then. */
  public static final VariableFactory<Date> NEXT_CHECK = dateVariable("nextEvidenceCheck");
  /** Whether the contract is still in force (ACTIVE or NOTICE_GIVEN); false ends the cadence. */
  public static final VariableFactory<Boolean> CONTRACT_IN_FORCE = booleanVariable("contractInForce");

  private AuditEvidenceProcess() {}
}
