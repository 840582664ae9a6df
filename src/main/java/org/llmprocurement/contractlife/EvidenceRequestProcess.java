package org.llmprocurement.contractlife;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * One request for audit evidence ({@code processes/audit-evidence-request.bpmn}), started by the
 * cadence per evidence type due, so a stuck request never holds up later ones: its key, element ids
 * and process variables.
 */
public final class EvidenceRequestProcess {

  public static final String KEY = "audit-evidence-request";

  public static final String START = "StartEvent_EvidenceRequested";
  public static final String PROVIDE = "UserTask_ProvideAuditEvidence";
  public static final String OVERDUE = "BoundaryEvent_EvidenceOverdue";
  public static final String ESCALATE = "ServiceTask_EscalateOverdueEvidence";
  public static final String END_PROVIDED = "EndEvent_EvidenceProvided";
  public static final String END_ESCALATED = "EndEvent_ManagersNotified";
  public static final String STILL_NEEDED = "Gateway_EvidenceStillNeeded";
  public static final String END_WITHDRAWN = "EndEvent_RequestWithdrawn";

  /** The register entry's id. */
  public static final VariableFactory<Long> CONTRACT_ID = AuditEvidenceProcess.CONTRACT_ID;
  /** The {@code evidence_request} row. */
  public static final VariableFactory<Long> REQUEST_ID = longVariable("evidenceRequestId");
  /** When the request becomes overdue: 00:00 UTC the day after its due date; the task's due date too. */
  public static final VariableFactory<Date> DUE = dateVariable("evidenceDueDate");

  /** Set by the escalation: whether the contract still needs the evidence (false: the request was withdrawn). */
  public static final VariableFactory<Boolean> NEEDED = io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable("evidenceNeeded");

  private EvidenceRequestProcess() {}
}
