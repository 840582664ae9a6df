package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.engine.SystemAccess;
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

  private final ReviewDecisions decisions;
  private final ReviewConsolidation consolidation;
  private final ReviewPackaging packaging;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final TaskService tasks;
  private final TraceabilityExport traceability;

  ReviewController(ReviewDecisions decisions, ReviewConsolidation consolidation, ReviewPackaging packaging,
      ProcurementAccess access, IdentityService identity, TaskService tasks,
      TraceabilityExport traceability) {
    this.decisions = decisions;
    this.consolidation = consolidation;
    this.packaging = packaging;
    this.access = access;
    this.identity = identity;
    this.tasks = tasks;
    this.traceability = traceability;
  }

  /** The checklist of a procurement as the API shows it; {@code consolidation} is absent before the review ends. */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Checklist(long procurementId, String businessKey, org.llmprocurement.domain.RiskTier riskTier,
      String catalogueVersion, String thresholdsVersion, Consolidation consolidation, List<ItemView> items) {}

  /** What consolidation found in the latest round. */
  record Consolidation(ReviewOutcome.Outcome outcome, int gapCount, int noGoGapCount, java.time.Instant consolidatedAt,
      List<ReviewConsolidation.Gap> gaps) {}

  @GetMapping(path = "/api/procurements/{id}/checklist", produces = MediaType.APPLICATION_JSON_VALUE)
  Checklist checklist(@PathVariable long id) {
    Procurement procurement = readable(id);
    Consolidation latest = consolidation.latestOutcome(id).map(outcome -> new Consolidation(outcome.getOutcome(),
        outcome.getGapCount(), outcome.getNoGoGapCount(), outcome.getConsolidatedAt(), consolidation.gaps(outcome)))
        .orElse(null);
    return new Checklist(id, procurement.getBusinessKey(), procurement.getRiskTier(), procurement.getCatalogueVersion(),
        procurement.getThresholdsVersion(), latest, decisions.items(id).stream().map(ItemView::of).toList());
  }

  @PutMapping(path = "/api/procurements/{id}/checklist/{requirementId}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ItemView decide(@PathVariable long id, @PathVariable String requirementId, @RequestBody Map<String, Object> body) {
    Procurement procurement = readable(id);
    Caller user = EngineIdentity.current(identity);
    ReviewItem item = decisions.item(id, requirementId)
        .orElseThrow(() -> ApiException.notFound("Requirement " + requirementId + " under review in procurement " + id));
    if (!user.memberOf(item.getOwnerRole())) {
      throw ApiException.forbidden(requirementId + " is decided by the " + item.getOwnerRole() + " group; "
          + user.userId() + " is not a member");
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
    List<Task> claimedByOthers = open.stream()
        .filter(task -> task.getAssignee() != null && !task.getAssignee().equals(user.userId())).toList();
    if (!user.isAdministrator() && claimedByOthers.size() == open.size()) {
      throw ApiException.forbidden("The review task holding " + requirementId + " is claimed by "
          + claimedByOthers.get(0).getAssignee() + "; only they can record its decisions");
    }
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> decision = Map.of(requirementId, body);
    List<ReviewDecisions.Decision> judged = decisions.validate(id, decision, user.userId(), problems);
    if (!problems.isEmpty()) {
      HttpStatus status = problems.stream().anyMatch(p -> p.startsWith("segregation of duties")) ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
      throw new ApiException(status, "Decision refused", problems);
    }
    // the open task's form shows it the next time it is read (ReviewTaskGuard#view)
    decisions.record(id, judged, user.userId());
    return ItemView.of(decisions.item(id, requirementId).orElseThrow());
  }

  @GetMapping(path = "/api/procurements/{id}/traceability", produces = MediaType.APPLICATION_JSON_VALUE)
  List<TraceabilityExport.Row> traceabilityJson(@PathVariable long id) {
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

  /** The procurement if the caller may see it ({@link ProcurementAccess#visible}): 404 unknown, 403 no work on it. */
  private Procurement readable(long id) {
    return access.visible(id);
  }

  /** Open review tasks of the item's role whose package holds the item. */
  private List<Task> openTasksWith(Procurement procurement, ReviewItem item) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(procurement.getBusinessKey()).processDefinitionKey(ClauseReviewProcess.KEY)
        .taskDefinitionKey(ClauseReviewProcess.REVIEW_CLAUSES).taskCandidateGroup(item.getOwnerRole()).includeAssignedTasks().list().stream()
        .filter(task -> packageOf(task).map(reviewPackage -> reviewPackage.covers(item.getArea())).orElse(false))
        .toList());
  }

  /** The task's package; empty when the task completed since it was listed (a read racing a completion). */
  private Optional<ReviewPackage> packageOf(Task task) {
    try {
      return ClauseReviewProcess.packageIn(tasks.getVariableTyped(task.getId(), ClauseReviewProcess.PACKAGE, false));
    } catch (org.camunda.bpm.engine.exception.NullValueException completedMeanwhile) {
      if (!taskGone(completedMeanwhile)) {
        throw completedMeanwhile;
      }
      return Optional.empty();
    }
  }

  /** Whether the engine says the task no longer exists (completed since it was listed); anything else is a real failure. */
  private static boolean taskGone(ProcessEngineException e) {
    return e.getMessage() != null && e.getMessage().contains("Cannot find task");
  }

  /** One checklist item as the API shows it. */
  record ItemView(String requirementId, String area, String ownerRole, boolean noGo, ReviewStatus status,
      ReviewDecisionKind decision, Long documentId, String section, String clauseText, Long document2Id,
      String section2, String clause2Text, String controllingReference, String conflict, Long evidenceDocumentId,
      java.time.LocalDate evidenceExpiry, String justification, String analysisVerdict, String analysisExplanation, String finding,
      String figures, String decidedBy, java.time.Instant decidedAt, String approvedBy, java.time.Instant approvedAt,
      String approvalComment, int round) {

    static ItemView of(ReviewItem item) {
      return new ItemView(item.getRequirementId(), item.getArea(), item.getOwnerRole(), item.isNoGo(), item.getStatus(),
          item.getDecision(), item.getDocumentId(), item.getSectionRef(), item.getClauseText(), item.getDocument2Id(),
          item.getSection2Ref(), item.getClause2Text(), item.getControllingReference(), item.getConflict(),
          item.getEvidenceDocumentId(), item.getEvidenceExpiry(), item.getJustification(), item.getAnalysisVerdict(),
          item.getAnalysisExplanation(),
          item.getFinding(), item.getFigures(), item.getDecidedBy(), item.getDecidedAt(), item.getApprovedBy(),
          item.getApprovedAt(), item.getApprovalComment(), item.getReviewRound());
    }
  }
}
