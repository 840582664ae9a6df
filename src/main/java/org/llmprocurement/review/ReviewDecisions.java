package org.llmprocurement.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.clauses.ClauseJudge;
import org.llmprocurement.clauses.Scope;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review items of a procurement and the reviewers' decisions on them: one item per catalogue
 * requirement required at its tier, owned by the role the catalogue names; decisions from Tasklist
 * rows or the API judged by the same {@link ReviewRules}; a new round for items negotiation changed.
 */
@Component
public class ReviewDecisions {

  /** A judged decision on one item, ready to record. */
  public record Decision(String requirementId, ReviewInput input, ReviewRules.Outcome outcome) {}

  private final ReviewItemRepository items;
  private final PinnedVersions pinned;
  private final IntakeService intake;
  private final ClauseJudge judge;
  private final ReviewDocuments documents;

  ReviewDecisions(ReviewItemRepository items, PinnedVersions pinned, IntakeService intake, ClauseJudge judge,
      ReviewDocuments documents) {
    this.items = items;
    this.pinned = pinned;
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
    for (Requirement requirement : pinned.catalogueOf(procurement).requirements()) {
      if (requirement.requiredAt(tier) && !existing.contains(requirement.id())) {
        items.save(new ReviewItem(procurementId, requirement.id(), requirement.area(), requirement.ownerRole().key(),
            requirement.noGoAt(tier)));
      }
    }
    return items.findByProcurementIdOrderByIdAsc(procurementId);
  }

  /**
   * Judges decisions without writing anything. Every problem names its requirement.
   *
   * @param raw requirement id to the row's plain values (form row or JSON body)
   * @param userId the deciding reviewer; the requester may not review
   * @param problems where problems are added
   * @return the decisions that passed, in the order given
   */
  public List<Decision> validate(long procurementId, Map<String, Map<String, Object>> raw, String userId,
      List<String> problems) {
    return validate(procurementId, underReview(procurementId), raw, userId, problems);
  }

  /**
   * {@link #validate(long, Map, String, List)} over the procurement's items as {@link #underReview}
   * read them earlier in the same transaction (a review task's completion reads them once for its
   * rows, its decisions and their recording).
   */
  public List<Decision> validate(long procurementId, Map<String, ReviewItem> underReview,
      Map<String, Map<String, Object>> raw, String userId, List<String> problems) {
    Procurement procurement = intake.get(procurementId);
    if (userId != null && userId.equals(procurement.getRequester())) {
      problems.add("segregation of duties: " + userId + " requested this procurement and cannot review it");
      return List.of();
    }
    List<Decision> decisions = new ArrayList<>();
    // one query for the procurement's items and one for its documents when the first row names
    // one, however many rows and documents there are (issue 14: a ten-row review task made 52
    // statements, one or two per row and document)
    LongFunction<Optional<ReviewRules.Document>> document = documents.lookup(procurementId);
    for (Map.Entry<String, Map<String, Object>> entry : raw.entrySet()) {
      String requirementId = entry.getKey();
      ReviewItem item = underReview.get(requirementId);
      if (item == null) {
        problems.add(requirementId + ": is not under review in this procurement");
        continue;
      }
      ReviewInput input = ReviewInput.parse(requirementId, entry.getValue(), problems);
      ReviewRules.judge(input, context(procurement, item, document), problems)
          .ifPresent(outcome -> decisions.add(new Decision(requirementId, input, outcome)));
    }
    return decisions;
  }

  /** The procurement's review items by requirement id, in the order they were created, read in one query. */
  public Map<String, ReviewItem> underReview(long procurementId) {
    Map<String, ReviewItem> byRequirement = new LinkedHashMap<>();
    items.findByProcurementIdOrderByIdAsc(procurementId).forEach(i -> byRequirement.put(i.getRequirementId(), i));
    return byRequirement;
  }

  /** Records decisions that {@link #validate} passed. */
  @Transactional
  public void record(long procurementId, List<Decision> decisions, String userId) {
    record(procurementId, underReview(procurementId), decisions, userId);
  }

  /**
   * Records decisions that {@link #validate(long, Map, Map, String, List)} passed over the same
   * items, in the transaction that read them ({@link #underReview}).
   *
   * @throws IllegalStateException a decision's item is not among them
   */
  @Transactional
  public void record(long procurementId, Map<String, ReviewItem> underReview, List<Decision> decisions, String userId) {
    Instant now = EngineClock.now();
    for (Decision decision : decisions) {
      ReviewItem item = underReview.get(decision.requirementId());
      if (item == null) {
        throw new IllegalStateException(decision.requirementId() + " is no longer under review in procurement " + procurementId);
      }
      item.record(decision.outcome(), decision.input(), userId, now);
    }
  }

  /**
   * Sends changed items back to their owners for a new decision in a new round (what negotiation
   * does after the vendor changed clauses); every other decision stands. The owners' next review
   * packages hold only the reopened items.
   *
   * @param reason why, shown to the owner with the item (at most 4,000 characters); may be null
   * @return the new round
   * @throws IllegalArgumentException a requirement is not under review in this procurement
   */
  @Transactional
  public int reopen(long procurementId, Collection<String> requirementIds, String reason) {
    Map<String, ReviewItem> underReview = underReview(procurementId);
    int round = underReview.values().stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1) + 1;
    for (String requirementId : requirementIds) {
      ReviewItem item = underReview.get(requirementId);
      if (item == null) {
        throw new IllegalArgumentException(requirementId + " is not under review in procurement " + procurementId);
      }
      item.reopen(round, reason);
    }
    return round;
  }

  /**
   * Records the clause the vendor wrote in negotiation (accepted or countered) on the item: its text
   * and, where given, the document and section it sits in. The decision is not touched: the caller
   * reopens the item ({@link #reopen}) so its owner decides again through the review rules.
   *
   * @param documentId the contract document now holding the clause, or null to keep the current one
   * @param section where in it, or null to keep the current section
   * @param clauseText the clause as the vendor now words it (at most 10,000 characters)
   * @throws IllegalArgumentException the requirement is not under review in this procurement
   */
  @Transactional
  public void reviseClause(long procurementId, String requirementId, Long documentId, String section, String clauseText) {
    items.findByProcurementIdAndRequirementId(procurementId, requirementId)
        .orElseThrow(() -> new IllegalArgumentException(requirementId + " is not under review in procurement " + procurementId))
        .reviseClause(documentId, section, clauseText);
  }

  /**
   * Brings the items in line with the procurement's tier after it changed (a manager narrowed the
   * scope in negotiation): items no longer required at the tier are set aside as NOT_APPLICABLE
   * with the reason (their earlier decision stays on record), every item's no-go flag follows the
   * new tier, and requirements newly required are created. Decisions on everything else stand.
   *
   * @return ids of the newly created items (OPEN; the caller reopens them for review)
   */
  @Transactional
  public List<String> retier(long procurementId, String reason) {
    Procurement procurement = intake.get(procurementId);
    RiskTier tier = procurement.getRiskTier();
    Instant now = EngineClock.now();
    Set<String> existing = new java.util.HashSet<>();
    for (ReviewItem item : items.findByProcurementIdOrderByIdAsc(procurementId)) {
      existing.add(item.getRequirementId());
      Requirement requirement = pinned.requirement(procurement, item.getRequirementId());
      item.retier(requirement.noGoAt(tier));
      if (!requirement.requiredAt(tier) && item.getStatus() != ReviewStatus.NOT_APPLICABLE) {
        item.setAside("Not required at tier " + tier + ": " + reason, now);
      }
    }
    List<String> created = new ArrayList<>();
    for (Requirement requirement : pinned.catalogueOf(procurement).requirements()) {
      if (requirement.requiredAt(tier) && !existing.contains(requirement.id())) {
        items.save(new ReviewItem(procurementId, requirement.id(), requirement.area(), requirement.ownerRole().key(),
            requirement.noGoAt(tier)));
        created.add(requirement.id());
      }
    }
    return created;
  }

  /**
   * Creates OPEN items for the listed requirements the procurement has no item for yet, from its
   * pinned catalogue at its tier (a renegotiation at renewal adds requirements that are new since
   * signature); existing items are left as they are.
   *
   * @return ids of the items created, in the order listed
   * @throws IllegalArgumentException a requirement is not in the pinned catalogue
   */
  @Transactional
  public List<String> addItems(long procurementId, Collection<String> requirementIds) {
    Procurement procurement = intake.get(procurementId);
    RiskTier tier = procurement.getRiskTier();
    List<String> created = new ArrayList<>();
    Set<String> existing = new java.util.HashSet<>(underReview(procurementId).keySet());
    for (String id : requirementIds) {
      if (!existing.add(id)) {
        continue;
      }
      Requirement requirement = pinned.catalogueOf(procurement).requirement(id)
          .orElseThrow(() -> new IllegalArgumentException(id + " is not in catalogue " + procurement.getCatalogueVersion()));
      items.save(new ReviewItem(procurementId, requirement.id(), requirement.area(), requirement.ownerRole().key(),
          requirement.noGoAt(tier)));
      created.add(id);
    }
    return created;
  }

  public Optional<ReviewItem> item(long procurementId, String requirementId) {
    return items.findByProcurementIdAndRequirementId(procurementId, requirementId);
  }

  public List<ReviewItem> items(long procurementId) {
    return items.findByProcurementIdOrderByIdAsc(procurementId);
  }

  private ReviewRules.Context context(Procurement procurement, ReviewItem item,
      LongFunction<Optional<ReviewRules.Document>> document) {
    Requirement requirement = pinned.requirement(procurement, item.getRequirementId());
    Set<Surface> surfaces = procurement.getSurfaces().isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(procurement.getSurfaces());
    Set<DataCategory> categories = procurement.getDataCategories().isEmpty()
        ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(procurement.getDataCategories());
    Set<Region> regions = procurement.getAllowedRegions().isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(procurement.getAllowedRegions());
    boolean notApplicable = requirement.notApplicable().permits(surfaces, categories,
        procurement.getEuAiActHighRiskArea() == EuAiActArea.NONE, procurement.getRiskTier());
    Scope scope = new Scope(surfaces, regions);
    RiskTier tier = procurement.getRiskTier();
    String thresholdsVersion = procurement.getThresholdsVersion();
    return new ReviewRules.Context(requirement, item.isNoGo(), notApplicable, EngineClock.today(),
        document,
        (req, text) -> judge.judge(req, tier, thresholdsVersion, text, scope).analysis());
  }
}
