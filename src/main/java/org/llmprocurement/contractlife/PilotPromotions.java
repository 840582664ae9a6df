package org.llmprocurement.contractlife;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a pilot's promotion review: when it starts, procurement's production scope, the tier
 * re-decided for production (risk-tier decision {@code processes/risk-tier.dmn} through the intake
 * service, as negotiation's narrowing does), the requirements new or stricter at that tier
 * ({@link CatalogueChanges}) sent back to their owners, the amended register entry, and the
 * escalation of a pilot used after its end. Delegates and the task guard call this.
 */
@Service
public class PilotPromotions {

  /** Key of the risk-tier decision (processes/risk-tier.dmn). */
  static final String RISK_TIER_DECISION = "riskTier";
  /** Threshold key of the kick-off lead time, calendar days (tier-thresholds.dmn). */
  static final String LEAD_DAYS = "pilotPromotionLeadDays";
  public static final int MIN_COMMENT = 10;
  public static final int MAX_COMMENT = 2000;
  public static final int MAX_USERS = 10_000_000;

  /** When the review starts and when an unpromoted pilot is escalated (UTC dates). */
  public record Schedule(long promotionId, long procurementId, LocalDate pilotEnd, LocalDate kickOff,
      LocalDate escalation) {}

  /**
   * Procurement's decision on the production scope.
   *
   * @param surfaces production surfaces (PROMOTE only)
   * @param regions regions data may be kept and processed in production (PROMOTE only)
   * @param expectedUsers expected users in production (PROMOTE only)
   * @param comment why; required to end the pilot
   */
  public record ScopeDecision(PilotPromotion.Decision decision, List<Surface> surfaces, List<Region> regions,
      Integer expectedUsers, String comment) {}

  /** What re-deciding the tier did: the tiers and the owner groups with requirements to re-decide. */
  public record Redecided(RiskTier before, RiskTier after, List<String> reviewRoles) {}

  private final PilotPromotionRepository promotions;
  private final PilotPromotionItemRepository items;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final IntakeService intake;
  private final ReviewDecisions decisions;
  private final CatalogueChanges catalogueChanges;
  private final CatalogueService catalogue;
  private final DecisionService decisionService;
  private final IdentityService identity;

  PilotPromotions(PilotPromotionRepository promotions, PilotPromotionItemRepository items, ContractRegister register,
      ThresholdService thresholds, IntakeService intake, ReviewDecisions decisions, CatalogueChanges catalogueChanges,
      CatalogueService catalogue, DecisionService decisionService, IdentityService identity) {
    this.promotions = promotions;
    this.items = items;
    this.register = register;
    this.thresholds = thresholds;
    this.intake = intake;
    this.decisions = decisions;
    this.catalogueChanges = catalogueChanges;
    this.catalogue = catalogue;
    this.decisionService = decisionService;
    this.identity = identity;
  }

  /**
   * Opens the contract's promotion review (or takes the open one) and works out its dates from the
   * register as it stands: kick-off = pilot end − {@code pilotPromotionLeadDays} of the contract's
   * current tier (current thresholds), never before today; escalation the day after the pilot end.
   *
   * @throws IllegalStateException unknown contract, or the contract is not a pilot
   */
  @Transactional
  public Schedule schedule(long contractId) {
    Contract contract = contract(contractId);
    LocalDate pilotEnd = contract.getPilotEndDate();
    if (pilotEnd == null) {
      throw new IllegalStateException("contract " + contractId + " has no pilot end date; it is not a pilot");
    }
    LocalDate today = EngineClock.today();
    PilotPromotion promotion = promotions.findFirstByContractIdAndEndedAtIsNullOrderByIdDesc(contractId)
        .orElseGet(() -> promotions.save(new PilotPromotion(contractId, contract.getBusinessKey(), pilotEnd,
            contract.getRiskTier().name(), EngineClock.now())));
    promotion.pilotEnd(pilotEnd);
    int lead = thresholds.forTier(contract.getRiskTier()).getInt(LEAD_DAYS);
    return new Schedule(promotion.getId(), contract.getProcurementId(), pilotEnd,
        PromotionTiming.kickOff(pilotEnd, lead, today), PromotionTiming.escalation(pilotEnd, today));
  }

  /** The escalation day of the open review as the register stands now (the pilot end may have moved). */
  @Transactional
  public LocalDate escalationDay(long promotionId) {
    PilotPromotion promotion = get(promotionId);
    LocalDate pilotEnd = contract(promotion.getContractId()).getPilotEndDate();
    if (pilotEnd == null) {
      throw new IllegalStateException("contract " + promotion.getContractId() + " has no pilot end date; it is not a pilot");
    }
    // this review's own row follows the moved pilot end; no other review row is looked up or created
    promotion.pilotEnd(pilotEnd);
    return PromotionTiming.escalation(pilotEnd, EngineClock.today());
  }

  /** The scope procurement starts from: the procurement's current surfaces, regions and users. */
  public ScopeDecision currentScope(long promotionId) {
    Procurement procurement = intake.get(contract(get(promotionId).getContractId()).getProcurementId());
    return new ScopeDecision(null, procurement.getSurfaces(), procurement.getAllowedRegions(),
        procurement.getExpectedUsers(), null);
  }

  /** The contract the review is about, as the register holds it. */
  public Contract contractOf(long promotionId) {
    return contract(get(promotionId).getContractId());
  }

  /** Records procurement's decision (validated by the task guard). */
  @Transactional
  public void confirmScope(long promotionId, ScopeDecision scope, String userId) {
    boolean promote = scope.decision() == PilotPromotion.Decision.PROMOTE;
    get(promotionId).decide(scope.decision(), promote ? names(scope.surfaces()) : null,
        promote ? names(scope.regions()) : null, promote ? scope.expectedUsers() : null, scope.comment(), userId,
        EngineClock.now());
  }

  /**
   * Re-decides the tier for production: the risk-tier decision runs on the procurement's facts with
   * deployment stage PRODUCTION, the procurement takes the confirmed scope and the tier (intake
   * records the change), review items follow the tier ({@code ReviewDecisions.retier}), and the
   * requirements new or stricter at that tier since signature are reopened for their owners. Each
   * is kept with the review; one the pinned catalogue lacks is kept as NOT_IN_PINNED_CATALOGUE.
   */
  @Transactional
  public Redecided redecideTier(long promotionId) {
    PilotPromotion promotion = get(promotionId);
    Contract contract = contract(promotion.getContractId());
    long procurementId = contract.getProcurementId();
    Procurement procurement = intake.get(procurementId);
    Map<String, Object> facts = procurement.tierFacts();
    facts.put("deploymentStage", DeploymentStage.PRODUCTION.name());
    RiskTier tier = RiskTier.parse(SystemAccess.withoutAuthorization(identity, () ->
        decisionService.evaluateDecisionTableByKey(RISK_TIER_DECISION, facts).getSingleResult().getSingleEntry().toString()));
    String reason = clip("Pilot " + contract.getBusinessKey() + " promoted to production: scope confirmed by "
        + promotion.getDecidedBy() + (promotion.getComment() == null ? "" : " (" + promotion.getComment() + ")"));
    RiskTier before = intake.narrowScope(procurementId, enums(promotion.getSurfaces(), Surface.class),
        enums(promotion.getRegions(), Region.class), promotion.getExpectedUsers(), DeploymentStage.PRODUCTION, tier,
        reason, promotion.getDecidedBy());
    promotion.tierAfter(tier.name());
    List<String> created = decisions.retier(procurementId, reason);
    Map<String, ReviewItem> byRequirement = new LinkedHashMap<>();
    decisions.items(procurementId).forEach(i -> byRequirement.put(i.getRequirementId(), i));
    Set<String> reopen = new LinkedHashSet<>(created);
    Map<String, PilotPromotionItem> kept = new LinkedHashMap<>();
    for (CatalogueChanges.Change change : catalogueChanges.since(contract, tier)) {
      ReviewItem item = byRequirement.get(change.requirementId());
      boolean underReview = item != null;
      if (underReview) {
        reopen.add(change.requirementId());
      }
      String owner = underReview ? item.getOwnerRole() : catalogue.catalogue().requirement(change.requirementId())
          .map(r -> r.ownerRole().key()).orElse("procurement");
      kept.put(change.requirementId(), new PilotPromotionItem(promotionId, change.requirementId(), clip(change.title(), 300),
          change.kind().name(), clip(String.join("\n", change.detail()), 4000), owner, underReview));
    }
    for (String id : created) {
      if (!kept.containsKey(id)) {
        ReviewItem item = byRequirement.get(id);
        String title = catalogue.catalogue(procurement.getCatalogueVersion()).requirement(id).map(Requirement::title).orElse(id);
        kept.put(id, new PilotPromotionItem(promotionId, id, clip(title, 300), "ADDED",
            "required at tier " + tier + " (was not at " + before + ")", item.getOwnerRole(), true));
      }
    }
    items.saveAll(kept.values());
    List<String> roles = List.of();
    if (!reopen.isEmpty()) {
      decisions.reopen(procurementId, reopen, clip("new or stricter at the production tier " + tier + ": " + reason));
      roles = reopen.stream().map(id -> byRequirement.get(id).getOwnerRole()).distinct().sorted().toList();
    }
    return new Redecided(before, tier, roles);
  }

  /** Whether any requirement reviewed for the promotion is a gap after its owner re-decided it. */
  @Transactional(readOnly = true)
  public boolean gapsFound(long promotionId) {
    long procurementId = contractOf(promotionId).getProcurementId();
    Set<String> reviewed = items.findByPromotionIdOrderByIdAsc(promotionId).stream().filter(PilotPromotionItem::isUnderReview)
        .map(PilotPromotionItem::getRequirementId).collect(Collectors.toSet());
    return decisions.items(procurementId).stream()
        .anyMatch(i -> reviewed.contains(i.getRequirementId()) && i.getStatus().countsAsGap());
  }

  /**
   * Promotes the pilot: the register entry takes the production tier and loses its pilot end date
   * (and the "used after pilot end" flag) as a new amendment version; the review ends PROMOTED.
   */
  @Transactional
  public Contract promote(long promotionId) {
    PilotPromotion promotion = get(promotionId);
    RiskTier tier = RiskTier.parse(promotion.getTierAfter());
    Contract contract = register.promoteToProduction(promotion.getContractId(), tier,
        clip("Pilot promoted to production at tier " + tier + " (was " + promotion.getTierBefore() + "); scope confirmed by "
            + promotion.getDecidedBy() + (promotion.getComment() == null ? "" : ": " + promotion.getComment())),
        promotion.getDecidedBy());
    promotion.end(PilotPromotionProcess.PROMOTED, EngineClock.now());
    return contract;
  }

  /**
   * Ends the review without promotion (procurement ended the pilot, or negotiation was abandoned):
   * a procurement already moved to production for the review goes back to the pilot stage and tier
   * it was signed at; the register entry keeps its pilot end date (and is flagged after it).
   */
  @Transactional
  public void endWithoutPromotion(long promotionId) {
    PilotPromotion promotion = get(promotionId);
    if (promotion.getTierAfter() != null) {
      Contract contract = contract(promotion.getContractId());
      Procurement procurement = intake.get(contract.getProcurementId());
      String reason = clip("Promotion of pilot " + contract.getBusinessKey() + " to production was not completed;"
          + " back to the pilot tier " + promotion.getTierBefore());
      intake.narrowScope(procurement.getId(), procurement.getSurfaces(), procurement.getAllowedRegions(),
          procurement.getExpectedUsers(), DeploymentStage.PILOT, RiskTier.parse(promotion.getTierBefore()), reason, "system");
      decisions.retier(procurement.getId(), reason);
    }
    promotion.end(PilotPromotionProcess.ENDED, EngineClock.now());
  }

  /**
   * The pilot end passed without promotion: the register entry is flagged "used after pilot end"
   * from today and the escalation is recorded.
   *
   * @return the contract, for the managers' notification; empty when it was promoted meanwhile (no longer a pilot)
   */
  @Transactional
  public java.util.Optional<Contract> escalatePilotEnd(long promotionId) {
    PilotPromotion promotion = get(promotionId);
    if (contract(promotion.getContractId()).getPilotEndDate() == null) {
      // promoted in the meantime (the entry is no longer a pilot): nothing to escalate
      return java.util.Optional.empty();
    }
    promotion.escalated(EngineClock.now());
    return java.util.Optional.of(register.flagUsedAfterPilotEnd(promotion.getContractId(), EngineClock.today()));
  }

  /** The contract's promotion reviews, oldest first. */
  public List<PilotPromotion> of(long contractId) {
    return promotions.findByContractIdOrderByIdAsc(contractId);
  }

  /** The requirements kept with a review, in order. */
  public List<PilotPromotionItem> items(long promotionId) {
    return items.findByPromotionIdOrderByIdAsc(promotionId);
  }

  /** The open review of a contract, if any. */
  public Optional<PilotPromotion> open(long contractId) {
    return promotions.findFirstByContractIdAndEndedAtIsNullOrderByIdDesc(contractId);
  }

  PilotPromotion get(long promotionId) {
    return promotions.findById(promotionId)
        .orElseThrow(() -> new IllegalStateException("pilot promotion " + promotionId + " does not exist"));
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalStateException("contract " + contractId + " does not exist"));
  }

  private static String names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> List<E> enums(String names, Class<E> type) {
    List<E> values = new ArrayList<>();
    if (names != null && !names.isBlank()) {
      for (String name : names.split(",")) {
        values.add(Enum.valueOf(type, name.strip()));
      }
    }
    return values;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String clip(String text) {
    return clip(text, 4000);
  }
}
