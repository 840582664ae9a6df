package org.llmprocurement.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.OwnerRole;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.clauses.ClauseJudge;
import org.llmprocurement.clauses.Scope;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clause review of a procurement: one item per catalogue requirement required at its tier,
 * owned by the role the catalogue names; decisions recorded from Tasklist rows or the API through
 * the same {@link ReviewRules}; approvals of waivers and disputed findings; consolidation.
 */
@Service
public class ReviewService {

  /** Review roles in the order the forms and the process show them. */
  public static final List<String> ROLES = List.of("it", "security", "legal", "data-governance", "procurement");
  /** At most this many rows in one review task; areas are never split across tasks. */
  static final int MAX_ROWS_PER_TASK = 10;

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final ReviewItemRepository items;
  private final ReviewOutcomeRepository outcomes;
  private final CatalogueService catalogue;
  private final ThresholdService thresholds;
  private final IntakeService intake;
  private final ClauseJudge judge;
  private final ReviewDocuments documents;

  ReviewService(ReviewItemRepository items, ReviewOutcomeRepository outcomes, CatalogueService catalogue,
      ThresholdService thresholds, IntakeService intake, ClauseJudge judge, ReviewDocuments documents) {
    this.items = items;
    this.outcomes = outcomes;
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.intake = intake;
    this.judge = judge;
    this.documents = documents;
  }

  /** Creates the review items for the procurement's confirmed tier (once). */
  @Transactional
  public List<ReviewItem> prepare(long procurementId) {
    Procurement procurement = intake.get(procurementId);
    RiskTier tier = procurement.getRiskTier();
    Set<String> existing = items.findByProcurementIdOrderByIdAsc(procurementId).stream()
        .map(ReviewItem::getRequirementId).collect(Collectors.toSet());
    for (Requirement requirement : catalogueOf(procurement).requirements()) {
      if (!requirement.requiredAt(tier)) {
        continue;
      }
      if (!existing.contains(requirement.id())) {
        items.save(new ReviewItem(procurementId, requirement.id(), requirement.area(), requirement.ownerRole().key(),
            requirement.noGoAt(tier)));
      }
    }
    return items.findByProcurementIdOrderByIdAsc(procurementId);
  }

  /** The tier thresholds in the version pinned when the procurement's tier was confirmed. */
  public Thresholds thresholdsOf(long procurementId) {
    Procurement procurement = intake.get(procurementId);
    return thresholds.forTier(procurement.getRiskTier(), procurement.getThresholdsVersion());
  }

  /** The catalogue in the version pinned when the procurement's tier was confirmed. */
  private org.llmprocurement.catalogue.Catalogue catalogueOf(Procurement procurement) {
    return catalogue.catalogue(procurement.getCatalogueVersion());
  }

  /** A requirement as written in the catalogue version the procurement is reviewed under. */
  public Requirement requirement(long procurementId, String requirementId) {
    return catalogueOf(intake.get(procurementId)).requirement(requirementId)
        .orElseThrow(() -> new IllegalStateException("requirement " + requirementId + " is not in the catalogue"));
  }

  /**
   * The role's items cut into task-sized packages: whole areas in catalogue order, at most
   * {@link #MAX_ROWS_PER_TASK} rows unless one area alone has more. Each package is the list of its
   * area keys joined with commas.
   */
  public List<String> packages(long procurementId, String role) {
    Map<String, Long> perArea = items.findByProcurementIdAndOwnerRoleOrderByIdAsc(procurementId, role).stream()
        .filter(i -> i.getStatus() == ReviewStatus.OPEN)
        .collect(Collectors.groupingBy(ReviewItem::getArea, LinkedHashMap::new, Collectors.counting()));
    List<String> areaOrder = catalogue.catalogue().areas().stream().map(a -> a.key()).filter(perArea::containsKey).toList();
    List<String> packages = new ArrayList<>();
    List<String> current = new ArrayList<>();
    long rows = 0;
    for (String area : areaOrder) {
      long n = perArea.get(area);
      if (!current.isEmpty() && rows + n > MAX_ROWS_PER_TASK) {
        packages.add(String.join(",", current));
        current = new ArrayList<>();
        rows = 0;
      }
      current.add(area);
      rows += n;
    }
    if (!current.isEmpty()) {
      packages.add(String.join(",", current));
    }
    return packages;
  }

  public String packageTitle(String reviewPackage) {
    return List.of(reviewPackage.split(",")).stream()
        .map(key -> catalogue.catalogue().area(key).map(a -> a.title()).orElse(key))
        .collect(Collectors.joining(", "));
  }

  /** Items of the package in the current review round, in catalogue order. */
  public List<ReviewItem> itemsOf(long procurementId, String role, String reviewPackage) {
    Set<String> areas = Set.of(reviewPackage.split(","));
    List<ReviewItem> everything = items.findByProcurementIdOrderByIdAsc(procurementId);
    int round = everything.stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1);
    List<ReviewItem> all = everything.stream().filter(i -> role.equals(i.getOwnerRole()) && i.getReviewRound() == round).toList();
    List<String> order = catalogueOf(intake.get(procurementId)).requirements().stream().map(Requirement::id).toList();
    return all.stream().filter(i -> areas.contains(i.getArea()))
        .sorted((a, b) -> Integer.compare(order.indexOf(a.getRequirementId()), order.indexOf(b.getRequirementId())))
        .toList();
  }

  /** The rows a review form shows: what we want and the row's current (saved) decision. */
  public List<Map<String, Object>> rows(long procurementId, List<ReviewItem> packageItems) {
    Procurement procurement = intake.get(procurementId);
    Thresholds bars = thresholds.forTier(procurement.getRiskTier(), procurement.getThresholdsVersion());
    org.llmprocurement.catalogue.Catalogue pinned = catalogueOf(procurement);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewItem item : packageItems) {
      Requirement requirement = pinned.requirement(item.getRequirementId())
          .orElseThrow(() -> new IllegalStateException("requirement " + item.getRequirementId() + " is not in the catalogue"));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("requirementId", item.getRequirementId());
      row.put("title", requirement.title());
      row.put("want", requirement.position());
      row.put("fallback", requirement.fallback());
      row.put("weakWording", String.join("; ", requirement.weakWording()));
      row.put("threshold", thresholdText(requirement, bars));
      row.put("noGo", item.isNoGo() ? "NO-GO at this tier: a gap stops the deal" : "");
      row.put("evidence", requirement.evidence().description() + " (at most " + requirement.evidence().maxAgeMonths() + " months old)");
      row.put("status", item.getStatus().name());
      row.put("finding", item.getFinding() == null ? "" : item.getFinding());
      row.put("decision", item.getDecision() == null ? null : item.getDecision().name());
      row.put("documentId", item.getDocumentId());
      row.put("section", nullToEmpty(item.getSectionRef()));
      row.put("clauseText", nullToEmpty(item.getClauseText()));
      row.put("document2Id", item.getDocument2Id());
      row.put("section2", nullToEmpty(item.getSection2Ref()));
      row.put("clause2Text", nullToEmpty(item.getClause2Text()));
      row.put("controllingReference", item.getControllingReference());
      row.put("evidenceDocumentId", item.getEvidenceDocumentId());
      row.put("evidenceExpiry", item.getEvidenceExpiry() == null ? null : item.getEvidenceExpiry().toString());
      row.put("justification", item.getStatus() == ReviewStatus.DISPUTE_PENDING
          ? nullToEmpty(item.getDisputeJustification()) : nullToEmpty(item.getJustification()));
      row.put("disputeFinding", item.getStatus() == ReviewStatus.DISPUTE_PENDING);
      rows.add(row);
    }
    return rows;
  }

  /** "Documents: #3 MSA "Master agreement" v2; ..." for the forms. */
  public String documentList(long procurementId) {
    List<ReviewRules.Document> latest = documents.latest(procurementId);
    if (latest.isEmpty()) {
      return "No contract documents uploaded yet: procurement uploads them with POST /api/procurements/"
          + procurementId + "/documents.";
    }
    return "Documents: " + latest.stream().map(ReviewRules.Document::label).collect(Collectors.joining("; "));
  }

  /**
   * Validates decisions without writing anything. Every problem names its requirement.
   *
   * @param decisions requirement id to raw row values
   */
  public Map<String, ReviewRules.Outcome> validate(long procurementId, Map<String, Map<String, Object>> decisions,
      String userId, List<String> problems) {
    Procurement procurement = intake.get(procurementId);
    if (userId != null && userId.equals(procurement.getRequester())) {
      problems.add("segregation of duties: " + userId + " requested this procurement and cannot review it");
      return Map.of();
    }
    Map<String, ReviewRules.Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> entry : decisions.entrySet()) {
      String requirementId = entry.getKey();
      Optional<ReviewItem> item = items.findByProcurementIdAndRequirementId(procurementId, requirementId);
      if (item.isEmpty()) {
        problems.add(requirementId + ": is not under review in this procurement");
        continue;
      }
      ReviewInput input = ReviewInput.parse(requirementId, entry.getValue(), problems);
      ReviewRules.judge(input, context(procurement, item.get()), problems).ifPresent(o -> outcomes.put(requirementId, o));
    }
    return outcomes;
  }

  /** Records validated decisions. */
  @Transactional
  public void record(long procurementId, Map<String, Map<String, Object>> decisions, Map<String, ReviewRules.Outcome> judged,
      String userId) {
    Instant now = now();
    List<String> ignored = new ArrayList<>();
    judged.forEach((requirementId, outcome) -> {
      ReviewItem item = items.findByProcurementIdAndRequirementId(procurementId, requirementId).orElseThrow();
      item.record(outcome, ReviewInput.parse(requirementId, decisions.get(requirementId), ignored), userId, now);
    });
  }

  /**
   * Sends changed items back to their owners for a new decision in a new round (what negotiation
   * does after the vendor changed clauses); every other decision stands. The owners' next review
   * packages hold only the reopened items.
   *
   * @return the new round
   */
  @Transactional
  public int reopen(long procurementId, java.util.Collection<String> requirementIds) {
    int round = items.findByProcurementIdOrderByIdAsc(procurementId).stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1) + 1;
    for (String requirementId : requirementIds) {
      items.findByProcurementIdAndRequirementId(procurementId, requirementId)
          .orElseThrow(() -> new IllegalArgumentException(requirementId + " is not under review in procurement " + procurementId))
          .reopen(round);
    }
    return round;
  }

  public Optional<ReviewItem> item(long procurementId, String requirementId) {
    return items.findByProcurementIdAndRequirementId(procurementId, requirementId);
  }

  public List<ReviewItem> items(long procurementId) {
    return items.findByProcurementIdOrderByIdAsc(procurementId);
  }

  public List<ReviewItem> pending(long procurementId, String role, ReviewStatus status) {
    return items.findByProcurementIdAndOwnerRoleOrderByIdAsc(procurementId, role).stream()
        .filter(i -> i.getStatus() == status).toList();
  }

  /** Problems with approving these items: the approver must be neither the reviewer nor the requester. */
  public void checkApprover(long procurementId, List<ReviewItem> pending, String userId, List<String> problems) {
    Procurement procurement = intake.get(procurementId);
    if (userId == null) {
      problems.add("approval: needs a signed-in approver");
      return;
    }
    if (procurement.isRequestedBy(userId)) {
      problems.add("segregation of duties: " + userId + " requested this procurement and cannot approve its items");
    }
    pending.stream().filter(i -> userId.equals(i.getDecidedBy()))
        .forEach(i -> problems.add(i.getRequirementId() + ": " + userId + " decided this item and cannot approve it"));
  }

  @Transactional
  public void approve(long procurementId, String requirementId, boolean approved, String comment, String userId) {
    items.findByProcurementIdAndRequirementId(procurementId, requirementId).orElseThrow()
        .approve(approved, userId, comment, now());
  }

  /** All roles done: stores the outcome and the gap list, and tells whether negotiation is needed. */
  @Transactional
  public ReviewOutcome consolidate(long procurementId) {
    List<ReviewItem> all = items.findByProcurementIdOrderByIdAsc(procurementId);
    List<Map<String, Object>> gaps = new ArrayList<>();
    int noGo = 0;
    for (ReviewItem item : all) {
      if (item.getStatus().countsAsGap()) {
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("requirementId", item.getRequirementId());
        gap.put("area", item.getArea());
        gap.put("ownerRole", item.getOwnerRole());
        gap.put("status", item.getStatus().name());
        gap.put("noGo", item.isNoGo());
        gap.put("finding", item.getFinding());
        gap.put("justification", item.getJustification());
        gaps.add(gap);
        if (item.isNoGo()) {
          noGo++;
        }
      }
    }
    int round = all.stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1);
    ReviewOutcome.Outcome outcome = gaps.isEmpty() ? ReviewOutcome.Outcome.READY_FOR_SIGN_OFF : ReviewOutcome.Outcome.NEGOTIATION_NEEDED;
    try {
      return outcomes.save(new ReviewOutcome(procurementId, round, outcome, gaps.size(), noGo, JSON.writeValueAsString(gaps), now()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<ReviewOutcome> latestOutcome(long procurementId) {
    return outcomes.findFirstByProcurementIdOrderByIdDesc(procurementId);
  }


  public static String roleName(String role) {
    return OwnerRole.fromKey(role).map(r -> switch (r) {
      case IT -> "IT";
      case SECURITY -> "security";
      case LEGAL -> "legal";
      case DATA_GOVERNANCE -> "data governance";
      case PROCUREMENT -> "commercial";
    }).orElse(role);
  }

  private ReviewRules.Context context(Procurement procurement, ReviewItem item) {
    Requirement requirement = catalogueOf(procurement).requirement(item.getRequirementId())
        .orElseThrow(() -> new IllegalStateException("requirement " + item.getRequirementId() + " is not in the catalogue"));
    Set<Surface> surfaces = procurement.getSurfaces().isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(procurement.getSurfaces());
    Set<DataCategory> categories = procurement.getDataCategories().isEmpty()
        ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(procurement.getDataCategories());
    Set<Region> regions = procurement.getAllowedRegions().isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(procurement.getAllowedRegions());
    boolean notApplicable = requirement.notApplicable().permits(surfaces, categories,
        procurement.getEuAiActHighRiskArea() == EuAiActArea.NONE, procurement.getRiskTier());
    Scope scope = new Scope(surfaces, regions);
    RiskTier tier = procurement.getRiskTier();
    String thresholdsVersion = procurement.getThresholdsVersion();
    long procurementId = procurement.getId();
    return new ReviewRules.Context(requirement, item.isNoGo(), notApplicable, today(),
        documentId -> documents.find(procurementId, documentId),
        (req, text) -> judge.judge(req, tier, thresholdsVersion, text, scope).analysis());
  }

  private static String thresholdText(Requirement requirement, Thresholds bars) {
    if (requirement.thresholds().isEmpty()) {
      return "no measured bar; the clause must cover: " + requirement.analysis().elements().stream()
          .map(e -> e.name()).collect(Collectors.joining(", "));
    }
    Set<String> parts = new LinkedHashSet<>();
    for (String key : requirement.thresholds()) {
      parts.add(key + " " + (bars.has(key) ? bars.get(key) : "?"));
    }
    return String.join("; ", parts);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static LocalDate today() {
    return ReviewRules.today(ClockUtil.getCurrentTime());
  }
}
