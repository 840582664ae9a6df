package org.llmprocurement.contractlife;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * "Provide audit evidence": security names the uploaded {@code EVIDENCE} document that answers the
 * request, the day the vendor issued it and the last day it is valid. Refused, naming each problem,
 * unless {@link AuditEvidence#validate} accepts it; then the evidence is recorded and the request
 * closed.
 */
@Component
class ProvideAuditEvidenceGuard implements TaskFormGuard<AuditEvidence.NewEvidence> {

  static final String DOCUMENT_ID = "documentId";
  static final String ISSUED_ON = "issuedOn";
  static final String EXPIRES_ON = "expiresOn";

  private final AuditEvidence evidence;

  ProvideAuditEvidenceGuard(AuditEvidence evidence) {
    this.evidence = evidence;
  }

  @Override
  public String processDefinitionKey() {
    return EvidenceRequestProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return EvidenceRequestProcess.PROVIDE;
  }

  @Override
  public Set<String> fields() {
    return Set.of(DOCUMENT_ID, ISSUED_ON, EXPIRES_ON);
  }

  @Override
  public void prepare(DelegateTask task) {
    EvidenceRequest request = evidence.request(EvidenceRequestProcess.REQUEST_ID.from(task).get());
    task.setName("Provide audit evidence: " + clip(request.getEvidenceType()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): what is asked, why and by when, and empty evidence fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    EvidenceRequest request = evidence.request(EvidenceRequestProcess.REQUEST_ID.from(task).get());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(DOCUMENT_ID, null);
    view.put(ISSUED_ON, null);
    view.put(EXPIRES_ON, null);
    view.put("evidenceType", request.getEvidenceType());
    view.put("requestReason", reason(request.getReason()));
    view.put("requestDueOn", request.getDueOn().toString());
    view.put("contractLabel", "#" + request.getContractId() + " (" + request.getBusinessKey() + ")");
    return view;
  }

  @Override
  public Validation<AuditEvidence.NewEvidence> validate(TaskSubmission submission) {
    long requestId = EvidenceRequestProcess.REQUEST_ID.from(submission.task()).get();
    EvidenceRequest request = evidence.request(requestId);
    try {
      return Validation.of(evidence.validate(request.getContractId(), requestId, request.getEvidenceType(),
          submission.values().get(DOCUMENT_ID), submission.values().get(ISSUED_ON), submission.values().get(EXPIRES_ON)),
          java.util.List.of());
    } catch (AuditEvidence.Refused refused) {
      return Validation.of(null, refused.problems());
    }
  }

  @Override
  public void apply(TaskSubmission submission, AuditEvidence.NewEvidence validated) {
    evidence.record(validated, submission.userId());
  }

  private static String reason(String reason) {
    return switch (reason) {
      case "MISSING" -> "No evidence of this kind is on file.";
      case "EXPIRED" -> "The evidence on file has expired.";
      case "EXPIRING" -> "The evidence on file expires soon; provide its successor before it does.";
      default -> "The audit cadence of the contract's tier asks for fresh evidence.";
    };
  }

  private static String clip(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
