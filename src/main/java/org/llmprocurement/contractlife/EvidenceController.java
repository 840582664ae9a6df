package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.llmprocurement.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audit evidence over the product API: the portfolio of evidence about to expire (auditors:
 * managers and security), one contract's evidence with its requests (whoever sees its procurement, like the
 * register), and recording evidence (security). A refusal names every problem and writes nothing.
 */
@RestController
class EvidenceController {

  static final int MAX_WINDOW_DAYS = 3650;
  static final Set<String> FIELDS = Set.of("evidenceType", "documentId", "issuedOn", "expiresOn");

  private final AuditEvidence evidence;
  private final ContractRegister register;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final TaskService tasks;
  private final FormService forms;

  EvidenceController(AuditEvidence evidence, ContractRegister register, ProcurementAccess access, IdentityService identity,
      TaskService tasks, FormService forms) {
    this.evidence = evidence;
    this.register = register;
    this.access = access;
    this.identity = identity;
    this.tasks = tasks;
    this.forms = forms;
  }

  /**
   * Evidence of every contract in force whose last valid day is at most {@code expiringWithinDays}
   * (0 to 3650, default 30) days from today (engine clock, UTC), expired evidence included, soonest
   * first. Managers and security only (403 others); 400 for a bad window.
   */
  @GetMapping(path = "/api/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> expiring(@RequestParam(defaultValue = "30") String expiringWithinDays) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.MANAGERS) && !user.memberOf(Groups.SECURITY) && !user.isAdministrator()) {
      throw ApiException.forbidden(user.userId() + " may not read the evidence portfolio; managers and security do");
    }
    List<String> problems = new ArrayList<>();
    int days = QueryParameters.wholeNumber("expiringWithinDays", expiringWithinDays, 0, MAX_WINDOW_DAYS, problems);
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid evidence query", problems);
    }
    LocalDate today = EngineClock.today();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("today", today);
    body.put("expiringWithinDays", days);
    body.put("items", evidence.expiring(days, today));
    return body;
  }

  /** One contract's evidence types with their state, its requests and recorded evidence; 404 unknown. */
  @GetMapping(path = "/api/contracts/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> ofContract(@PathVariable long id) {
    access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    return view(id);
  }

  /**
   * Records evidence for one of the contract's evidence types (security only): {@code evidenceType}
   * (the catalogue's description, as the GET lists it), {@code documentId} (an uploaded EVIDENCE
   * document of the contract's procurement), {@code issuedOn} and {@code expiresOn} (YYYY-MM-DD, the
   * last valid day). An open request of that type is completed with it (its task, through the same
   * guard). 201 with the contract's evidence; 400 naming every problem; 403; 404; 409 when the
   * contract has ended or the request's task is claimed by someone else.
   */
  @PostMapping(path = "/api/contracts/{id}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> record(@PathVariable long id, @RequestBody Map<String, Object> body) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.SECURITY)) {
      throw ApiException.forbidden(user.userId() + " may not record audit evidence; the security group does");
    }
    if (!evidence.exists(id)) {
      throw ApiException.notFound("Contract " + id);
    }
    if (!evidence.inForce(id)) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + id + " has ended; evidence is kept only while it is in force");
    }
    List<String> unknown = body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
        .map(k -> k + ": is not a field of this request").toList();
    if (!unknown.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid evidence for contract " + id, unknown);
    }
    Object type = body.get("evidenceType");
    AuditEvidence.NewEvidence valid;
    try {
      valid = evidence.validate(id, null, type instanceof String s ? s : type == null ? null : type.toString(),
          body.get("documentId"), body.get("issuedOn"), body.get("expiresOn"));
    } catch (AuditEvidence.Refused refused) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid evidence for contract " + id, refused.problems());
    }
    Task task = valid.requestId() == null ? null : requestTask(valid.requestId());
    if (task == null) {
      evidence.record(valid, user.userId());
    } else {
      if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
        throw new ApiException(HttpStatus.CONFLICT, "The request for this evidence is claimed by " + task.getAssignee()
            + "; they complete it, or unclaim it first");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(ProvideAuditEvidenceGuard.DOCUMENT_ID, valid.documentId());
      values.put(ProvideAuditEvidenceGuard.ISSUED_ON, valid.issuedOn().toString());
      values.put(ProvideAuditEvidenceGuard.EXPIRES_ON, valid.expiresOn().toString());
      try {
        forms.submitTaskForm(task.getId(), values);
      } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
        // the request's task ended between finding it and answering it (answered in Tasklist, withdrawn)
        throw new ApiException(HttpStatus.CONFLICT, "The request for this evidence was answered or withdrawn meanwhile;"
            + " nothing was recorded, see GET /api/contracts/" + id + "/evidence");
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(view(id));
  }

  private Task requestTask(long requestId) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processDefinitionKey(EvidenceRequestProcess.KEY).taskDefinitionKey(EvidenceRequestProcess.PROVIDE)
        .processVariableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), requestId).singleResult());
  }

  private Map<String, Object> view(long contractId) {
    LocalDate today = EngineClock.today();
    List<AuditEvidence.Freshness> types = evidence.freshness(contractId, today);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contractId);
    view.put("businessKey", types.isEmpty() ? evidence.businessKey(contractId) : types.get(0).businessKey());
    view.put("today", today);
    view.put("evidence", types);
    view.put("requests", evidence.requests(contractId).stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", r.getId());
      row.put("evidenceType", r.getEvidenceType());
      row.put("reason", r.getReason());
      row.put("requestedOn", r.getRequestedOn());
      row.put("dueOn", r.getDueOn());
      row.put("status", r.getStatus());
      row.put("overdue", r.isOverdue());
      row.put("overdueSince", r.getOverdueSince());
      row.put("evidenceId", r.getEvidenceId());
      row.put("closedBy", r.getClosedBy());
      row.put("closedAt", r.getClosedAt());
      return row;
    }).toList());
    view.put("recorded", evidence.records(contractId).stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.getId());
      row.put("evidenceType", e.getEvidenceType());
      row.put("documentId", e.getDocumentId());
      row.put("issuedOn", e.getIssuedOn());
      row.put("expiresOn", e.getExpiresOn());
      row.put("requestId", e.getRequestId());
      row.put("recordedBy", e.getRecordedBy());
      row.put("recordedAt", e.getRecordedAt());
      return row;
    }).toList());
    return view;
  }
}
