package org.llmprocurement.negotiation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The negotiation over REST: every round with what we asked and what the vendor answered, the
 * current package as DOCX, CSV or JSON, and the vendor's answers as JSON or an uploaded issues list
 * (CSV or XLSX). Answers are taken only while the round's answers task is open, from procurement
 * for every item and from a function for its own items; a refusal names every problem and writes
 * nothing.
 */
@RestController
class NegotiationController {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Negotiations negotiations;
  private final NegotiationObligations obligations;
  private final AcceptedRisks risks;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final TaskService tasks;

  NegotiationController(Negotiations negotiations, NegotiationObligations obligations, AcceptedRisks risks,
      ProcurementAccess access, IdentityService identity, TaskService tasks) {
    this.negotiations = negotiations;
    this.obligations = obligations;
    this.risks = risks;
    this.access = access;
    this.identity = identity;
    this.tasks = tasks;
  }

  // ---- views ------------------------------------------------------------------------------------

  /** The negotiation of a procurement: rounds (oldest first), escalations, accepted risks, obligations. */
  record History(long procurementId, String businessKey, String riskTier, List<RoundView> rounds,
      List<EscalationView> escalations, List<AcceptedRisk> acceptedRisks, List<NegotiationObligations.Obligation> obligations) {}

  record RoundView(int round, String status, String riskTier, String returnReason, Instant openedAt, String sentBy,
      Instant sentAt, Instant responseDue, String remindedBy, Instant remindedAt, String answersClosedBy,
      Instant answersClosedAt, String result, String resultReason, Instant decidedAt, List<ItemView> items) {}

  record ItemView(String requirementId, String title, String ownerRole, boolean noGo, boolean returnedBySignOff,
      String finding, String reference, String clauseBefore, int positionRank, String requestedWording,
      String fallbackWeCouldAccept, String answer, Long answerDocumentId, String answerSection, String answerClause,
      String answerReason, String answerAnalysisVerdict, String answeredBy, Instant answeredAt, String answeredVia,
      String sectionAfter, String clauseAfter, String redecidedStatus, String redecidedBy, Instant redecidedAt) {

    static ItemView of(NegotiationItem i) {
      return new ItemView(i.getRequirementId(), i.getTitle(), i.getOwnerRole(), i.isNoGo(), i.isReturned(), i.getFinding(),
          Negotiations.reference(i), i.getClauseBefore(), i.getPositionRank(), i.getRequestedWording(), i.getFallbackWording(),
          i.getAnswerKind() == null ? null : i.getAnswerKind().name(), i.getAnswerDocumentId(), i.getAnswerSection(),
          i.getAnswerClause(), i.getAnswerReason(), i.getAnswerVerdict(), i.getAnsweredBy(), i.getAnsweredAt(),
          i.getAnsweredVia(), i.getSectionAfter(), i.getClauseAfter(), i.getRedecidedStatus(), i.getRedecidedBy(),
          i.getRedecidedAt());
    }
  }

  record EscalationView(int round, String reason, String reasonText, String decision, String comment, Integer expectedUsers,
      String regions, String surfaces, Boolean pilotOnly, String tierBefore, String tierAfter, Instant openedAt,
      String decidedBy, Instant decidedAt) {

    static EscalationView of(NegotiationEscalation e) {
      return new EscalationView(e.getRoundNumber(), e.getReason().name(), e.getReasonText(),
          e.getDecision() == null ? null : e.getDecision().name(), e.getComment(), e.getExpectedUsers(), e.getRegions(),
          e.getSurfaces(), e.getPilotOnly(), e.getTierBefore(), e.getTierAfter(), e.getOpenedAt(), e.getDecidedBy(),
          e.getDecidedAt());
    }
  }

  @GetMapping(path = "/api/procurements/{id}/negotiation", produces = MediaType.APPLICATION_JSON_VALUE)
  History history(@PathVariable long id) {
    Procurement procurement = access.visible(id);
    List<RoundView> rounds = negotiations.rounds(id).stream().map(r -> new RoundView(r.getRoundNumber(), r.getStatus().name(),
        r.getRiskTier(), r.getReturnReason(), r.getOpenedAt(), r.getSentBy(), r.getSentAt(), r.getResponseDue(),
        r.getRemindedBy(), r.getRemindedAt(), r.getAnswersClosedBy(), r.getAnswersClosedAt(), r.getResult(),
        r.getResultReason(), r.getDecidedAt(), negotiations.itemsOf(r).stream().map(ItemView::of).toList())).toList();
    return new History(id, procurement.getBusinessKey(), procurement.getRiskTier().name(), rounds,
        negotiations.escalations(id).stream().map(EscalationView::of).toList(), risks.of(id), obligations.of(id));
  }

  /** The latest round's package: {@code format} json (default), csv or docx. */
  @GetMapping(path = "/api/procurements/{id}/negotiation/package")
  ResponseEntity<?> redlinePackage(@PathVariable long id, @RequestParam(name = "format", required = false) String format) {
    Procurement procurement = access.visible(id);
    NegotiationRound round = negotiations.latestRound(id)
        .orElseThrow(() -> ApiException.notFound("A negotiation round of procurement " + id));
    List<IssuesList.Item> items = negotiations.issues(round);
    String name = procurement.getBusinessKey() + "-round-" + round.getRoundNumber() + "-issues";
    String chosen = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
    return switch (chosen) {
      case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(items);
      case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").body(IssuesList.csv(items));
      case "docx" -> ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
          .header("Content-Disposition", "attachment; filename=\"" + name + ".docx\"")
          .body(IssuesList.docx("Issues list " + procurement.getBusinessKey() + " (" + procurement.getVendor() + ", "
              + procurement.getProduct() + "), round " + round.getRoundNumber(),
              "For each item: answer ACCEPTED (with the clause and where it stands), COUNTERED (with your wording), "
                  + "REFUSED_IMPOSSIBLE or REFUSED_INCONVENIENT (with your reason) in the vendor response column.", items));
      default -> throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid format",
          List.of("format: '" + format + "' is not one of json, csv, docx"));
    };
  }

  // ---- answers ----------------------------------------------------------------------------------

  /** Answers as JSON: requirement id to {@code kind}, {@code documentId}, {@code section}, {@code clauseText}, {@code reason}. */
  @PutMapping(path = "/api/procurements/{id}/negotiation/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  RoundView answers(@PathVariable long id, @RequestBody Map<String, Object> body) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
    body.forEach((requirementId, value) -> {
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        raw.put(requirementId, fields);
      } else {
        problems.add(requirementId + ": must be an object with kind, documentId, section, clauseText, reason");
      }
    });
    return record(id, raw, problems, Negotiations.VIA_API);
  }

  /** The returned issues list as a multipart upload (part {@code file}): the CSV or an XLSX with the same columns. */
  @PostMapping(path = "/api/procurements/{id}/negotiation/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  RoundView upload(@PathVariable long id, MultipartHttpServletRequest request) {
    Procurement procurement = access.visible(id);
    NegotiationRound round = awaitingAnswers(procurement);
    List<String> problems = new ArrayList<>();
    List<MultipartFile> files = request.getFiles("file");
    if (files.size() != 1) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid issues list upload", List.of("file: send exactly one file"));
    }
    MultipartFile file = files.get(0);
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid issues list upload", List.of("file: unreadable"));
    }
    if (bytes.length > IssuesList.MAX_UPLOAD_BYTES) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid issues list upload",
          List.of("file: larger than " + IssuesList.MAX_UPLOAD_BYTES + " bytes"));
    }
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
    boolean xlsx = name.endsWith(".xlsx") || (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K');
    List<List<String>> table = xlsx ? IssuesList.readXlsx(bytes, problems)
        : IssuesList.readCsv(new String(bytes, StandardCharsets.UTF_8), problems);
    Set<String> ids = new LinkedHashSet<>();
    negotiations.itemsOf(round).forEach(i -> ids.add(i.getRequirementId()));
    Map<String, Map<String, Object>> raw = problems.isEmpty() ? IssuesList.answers(table, ids, problems) : Map.of();
    if (problems.isEmpty() && raw.isEmpty()) {
      problems.add("file: no row holds a vendor response");
    }
    return record(id, raw, problems, Negotiations.VIA_UPLOAD);
  }

  private RoundView record(long id, Map<String, Map<String, Object>> raw, List<String> problems, String via) {
    Procurement procurement = access.visible(id);
    Caller caller = EngineIdentity.current(identity);
    NegotiationRound round = awaitingAnswers(procurement);
    List<Task> open = answersTasks(procurement);
    if (open.isEmpty()) {
      // the answers task was completed between the two reads: a clean 409, never an index error
      throw new ApiException(HttpStatus.CONFLICT, "The answers of round " + round.getRoundNumber() + " of "
          + procurement.getBusinessKey() + " were closed meanwhile; nothing was recorded");
    }
    Set<String> roundGroups = new LinkedHashSet<>();
    roundGroups.add(Groups.PROCUREMENT);
    negotiations.itemsOf(round).forEach(i -> roundGroups.add(i.getOwnerRole()));
    if (!caller.isAdministrator() && roundGroups.stream().noneMatch(caller::memberOf)) {
      throw ApiException.forbidden(caller.userId() + " is in none of the groups recording this round's answers " + roundGroups);
    }
    if (!caller.isAdministrator() && open.stream().allMatch(t -> t.getAssignee() != null && !t.getAssignee().equals(caller.userId()))) {
      throw ApiException.forbidden("The answers task of round " + round.getRoundNumber() + " is claimed by "
          + open.get(0).getAssignee() + "; only they can record answers");
    }
    List<VendorAnswer> answers = negotiations.validateAnswers(round, raw, caller, problems);
    if (!problems.isEmpty()) {
      HttpStatus status = problems.stream().anyMatch(p -> p.contains("may record answers only")) ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
      throw new ApiException(status, "Vendor answers refused; nothing was recorded", problems);
    }
    // the open task's form shows them the next time it is read (RecordVendorAnswersGuard#view)
    negotiations.recordAnswers(round.getId(), answers, caller.userId(), via);
    NegotiationRound saved = negotiations.latestRound(id).orElseThrow();
    return new RoundView(saved.getRoundNumber(), saved.getStatus().name(), saved.getRiskTier(), saved.getReturnReason(),
        saved.getOpenedAt(), saved.getSentBy(), saved.getSentAt(), saved.getResponseDue(), saved.getRemindedBy(),
        saved.getRemindedAt(), saved.getAnswersClosedBy(), saved.getAnswersClosedAt(), saved.getResult(),
        saved.getResultReason(), saved.getDecidedAt(), negotiations.itemsOf(saved).stream().map(ItemView::of).toList());
  }

  /** The latest round when its answers task is open; 409 otherwise. */
  private NegotiationRound awaitingAnswers(Procurement procurement) {
    NegotiationRound round = negotiations.latestRound(procurement.getId()).orElse(null);
    if (round == null || round.getStatus() != NegotiationRound.Status.SENT || answersTasks(procurement).isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "No negotiation round of " + procurement.getBusinessKey()
          + " awaits the vendor's answers: answers are recorded while a sent round's answers task is open");
    }
    return round;
  }

  private List<Task> answersTasks(Procurement procurement) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(procurement.getBusinessKey()).processDefinitionKey(NegotiationProcess.KEY)
        .taskDefinitionKey(NegotiationProcess.RECORD_ANSWERS).list());
  }
}
