package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.identity.SystemAccess;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review checklist over REST: read every item, save one decision while its review task is open
 * (Tasklist's own "Save" keeps drafts only in the browser), and the traceability matrix.
 */
@RestController
class ReviewController {

  private final ReviewService review;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final TaskService tasks;
  private final TraceabilityExport traceability;

  ReviewController(ReviewService review, ProcurementAccess access, IdentityService identity, TaskService tasks,
      TraceabilityExport traceability) {
    this.review = review;
    this.access = access;
    this.identity = identity;
    this.tasks = tasks;
    this.traceability = traceability;
  }

  @GetMapping(path = "/api/procurements/{id}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> checklist(@PathVariable long id) {
    Procurement procurement = readable(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("procurementId", id);
    body.put("businessKey", procurement.getBusinessKey());
    body.put("riskTier", procurement.getRiskTier());
    body.put("catalogueVersion", procurement.getCatalogueVersion());
    body.put("thresholdsVersion", procurement.getThresholdsVersion());
    review.latestOutcome(id).ifPresent(outcome -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("outcome", outcome.getOutcome());
      o.put("gapCount", outcome.getGapCount());
      o.put("noGoGapCount", outcome.getNoGoGapCount());
      o.put("consolidatedAt", outcome.getConsolidatedAt());
      o.put("gaps", traceability.gaps(outcome));
      body.put("consolidation", o);
    });
    body.put("items", review.items(id).stream().map(ReviewController::view).toList());
    return body;
  }

  @PutMapping(path = "/api/procurements/{id}/checklist/{requirementId}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> decide(@PathVariable long id, @PathVariable String requirementId, @RequestBody Map<String, Object> body) {
    Procurement procurement = readable(id);
    Authentication user = identity.getCurrentAuthentication();
    ReviewItem item = review.item(id, requirementId)
        .orElseThrow(() -> ApiException.notFound("Requirement " + requirementId + " under review in procurement " + id));
    if (user.getGroupIds() == null || !user.getGroupIds().contains(item.getOwnerRole())) {
      throw ApiException.forbidden(requirementId + " is decided by the " + item.getOwnerRole() + " group; "
          + user.getUserId() + " is not a member");
    }
    List<String> unknown = body.keySet().stream().filter(k -> !ReviewInput.FIELDS.contains(k)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid decision", unknown.stream().map(k -> k + ": is not a field of a decision").toList());
    }
    List<Task> open = openTasksWith(procurement, item);
    if (open.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "The " + item.getOwnerRole() + " review of " + requirementId
          + " is not open: decisions are recorded while its review task is open");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> decision = Map.of(requirementId, body);
    var judged = review.validate(id, decision, user.getUserId(), problems);
    if (!problems.isEmpty()) {
      HttpStatus status = problems.stream().anyMatch(p -> p.startsWith("segregation of duties")) ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
      throw new ApiException(status, "Decision refused", problems);
    }
    review.record(id, decision, judged, user.getUserId());
    refreshViews(id, open);
    return view(review.item(id, requirementId).orElseThrow());
  }

  @GetMapping(path = "/api/procurements/{id}/traceability", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> traceabilityJson(@PathVariable long id) {
    readable(id);
    return traceability.rows(id);
  }

  @GetMapping(path = "/api/procurements/{id}/traceability", produces = "text/csv")
  ResponseEntity<String> traceabilityCsv(@PathVariable long id) {
    Procurement procurement = readable(id);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"" + procurement.getBusinessKey() + "-traceability.csv\"")
        .body(traceability.csv(id));
  }

  private Procurement readable(long id) {
    return access.readable(id);
  }

  /** Open review tasks of the item's role whose package holds the item. */
  private List<Task> openTasksWith(Procurement procurement, ReviewItem item) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(procurement.getBusinessKey()).processDefinitionKey(ReviewProcess.KEY)
        .taskDefinitionKey(ReviewProcess.REVIEW_CLAUSES).taskCandidateGroup(item.getOwnerRole()).list().stream()
        .filter(task -> {
          Object pkg = tasks.getVariable(task.getId(), ReviewProcess.VAR_PACKAGE);
          return pkg != null && List.of(pkg.toString().split(",")).contains(item.getArea());
        }).toList());
  }

  /** The task form starts from what is saved: rebuild the rows of the open tasks. */
  private void refreshViews(long procurementId, List<Task> open) {
    SystemAccess.withoutAuthorization(identity, () -> {
      for (Task task : open) {
        String role = (String) tasks.getVariable(task.getId(), ReviewProcess.VAR_ROLE);
        String reviewPackage = (String) tasks.getVariable(task.getId(), ReviewProcess.VAR_PACKAGE);
        tasks.setVariableLocal(task.getId(), ReviewTaskGuard.ITEMS,
            JsonViews.json(review.rows(procurementId, review.itemsOf(procurementId, role, reviewPackage))));
      }
      return null;
    });
  }

  static Map<String, Object> view(ReviewItem item) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("requirementId", item.getRequirementId());
    view.put("area", item.getArea());
    view.put("ownerRole", item.getOwnerRole());
    view.put("noGo", item.isNoGo());
    view.put("status", item.getStatus());
    view.put("decision", item.getDecision());
    view.put("documentId", item.getDocumentId());
    view.put("section", item.getSectionRef());
    view.put("clauseText", item.getClauseText());
    view.put("document2Id", item.getDocument2Id());
    view.put("section2", item.getSection2Ref());
    view.put("clause2Text", item.getClause2Text());
    view.put("controllingReference", item.getControllingReference());
    view.put("conflict", item.getConflict());
    view.put("evidenceDocumentId", item.getEvidenceDocumentId());
    view.put("evidenceExpiry", item.getEvidenceExpiry());
    view.put("justification", item.getJustification());
    view.put("analysisVerdict", item.getAnalysisVerdict());
    view.put("finding", item.getFinding());
    view.put("figures", item.getFigures());
    view.put("decidedBy", item.getDecidedBy());
    view.put("decidedAt", item.getDecidedAt());
    view.put("approvedBy", item.getApprovedBy());
    view.put("approvedAt", item.getApprovedAt());
    view.put("approvalComment", item.getApprovalComment());
    view.put("round", item.getReviewRound());
    return view;
  }
}
