package org.llmprocurement.intake;

import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of intake and tiering; delegates, guards and the API call this. */
@Service
public class IntakeService {

  static final String TIER_TABLE = "risk-tier table";

  private final ProcurementRepository procurements;
  private final TierChangeRepository tierChanges;
  private final IntakeValidator validator;

  private final CatalogueService catalogue;
  private final ThresholdService thresholds;

  IntakeService(ProcurementRepository procurements, TierChangeRepository tierChanges, IdentityService identity,
      CatalogueService catalogue, ThresholdService thresholds, ExistingContracts existingContracts) {
    this.procurements = procurements;
    this.tierChanges = tierChanges;
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.validator = new IntakeValidator(userId ->
        SystemAccess.withoutAuthorization(identity, () -> identity.createUserQuery().userId(userId).count() > 0),
        existingContracts);
  }

  public IntakeValidator.Result validate(Map<String, Object> raw, String currentUser) {
    return validator.validate(raw, currentUser);
  }

  /** Stores a validated intake and gives it its business key. */
  @Transactional
  public Procurement record(IntakeForm form, String submittedBy, String processInstanceId) {
    Instant now = now();
    Procurement procurement = procurements.saveAndFlush(new Procurement(form, submittedBy, processInstanceId, now));
    procurement.assignBusinessKey(now.atZone(ZoneOffset.UTC).getYear());
    return procurement;
  }

  @Transactional
  public void recordProposedTier(long procurementId, RiskTier tier) {
    Procurement procurement = get(procurementId);
    procurement.propose(tier);
    tierChanges.save(new TierChange(procurementId, null, tier, TierChange.Kind.PROPOSED, TierChange.Status.APPLIED,
        null, TIER_TABLE, now()));
  }

  /**
   * Applies procurement's confirmation of tier and scope. Raising or keeping the tier takes effect
   * at once; lowering waits for a manager.
   *
   * @return how the confirmed tier compares with the proposed one
   */
  @Transactional
  public TierDecision confirmTier(long procurementId, RiskTier confirmed, String justification,
      List<Surface> surfaces, List<Region> regions, String userId) {
    Procurement procurement = get(procurementId);
    procurement.changeScope(surfaces, regions);
    RiskTier proposed = procurement.getProposedTier();
    TierDecision decision = TierDecision.compare(proposed, confirmed);
    Instant now = now();
    switch (decision) {
      case UNCHANGED -> {
        procurement.confirm(proposed, userId, now);
        pinVersions(procurement);
        tierChanges.save(new TierChange(procurementId, proposed, proposed, TierChange.Kind.CONFIRMED,
            TierChange.Status.APPLIED, blankToNull(justification), userId, now));
      }
      case RAISED -> {
        procurement.confirm(confirmed, userId, now);
        pinVersions(procurement);
        tierChanges.save(new TierChange(procurementId, proposed, confirmed, TierChange.Kind.RAISED,
            TierChange.Status.APPLIED, justification, userId, now));
      }
      case LOWERED -> tierChanges.save(new TierChange(procurementId, proposed, confirmed, TierChange.Kind.LOWERED,
          TierChange.Status.PENDING_APPROVAL, justification, userId, now));
    }
    return decision;
  }

  /**
   * Applies a scope a manager narrowed during negotiation (fewer surfaces, regions or users, or a
   * pilot instead of production) with the tier the risk-tier decision gave for it; the tier change
   * is recorded as {@code NARROWED} and the thresholds version is pinned again for the new tier (the
   * catalogue version stays). Takes effect at once: the manager decided it.
   *
   * @param newTier the risk-tier decision's result for the narrowed facts
   * @param reason why, e.g. "Narrowed in negotiation round 3: pilot only"
   * @return the tier before
   */
  @Transactional
  public RiskTier narrowScope(long procurementId, List<Surface> surfaces, List<Region> regions, int expectedUsers,
      org.llmprocurement.domain.DeploymentStage stage, RiskTier newTier, String reason, String userId) {
    Procurement procurement = get(procurementId);
    RiskTier before = procurement.getRiskTier();
    Instant now = now();
    procurement.narrow(surfaces, regions, expectedUsers, stage, newTier, userId, now);
    procurement.pinVersions(procurement.getCatalogueVersion(), thresholds.forTier(newTier).version());
    tierChanges.save(new TierChange(procurementId, before, newTier, TierChange.Kind.NARROWED, TierChange.Status.APPLIED,
        reason, userId, now));
    return before;
  }

  /** The lowering that waits for a manager, if any. */
  public Optional<TierChange> pendingReduction(long procurementId) {
    return tierChanges.findFirstByProcurementIdAndStatusOrderByIdDesc(procurementId, TierChange.Status.PENDING_APPROVAL);
  }

  /** The most recent refused lowering, shown to procurement when the task comes back. */
  public Optional<TierChange> lastRefusal(long procurementId) {
    return tierChanges.findFirstByProcurementIdAndStatusOrderByIdDesc(procurementId, TierChange.Status.REFUSED);
  }

  @Transactional
  public RiskTier decideReduction(long procurementId, boolean approved, String comment, String managerId) {
    Procurement procurement = get(procurementId);
    TierChange pending = pendingReduction(procurementId)
        .orElseThrow(() -> new IllegalStateException("no tier reduction waits for approval in procurement " + procurementId));
    Instant now = now();
    pending.decide(approved, managerId, blankToNull(comment), now);
    if (approved) {
      procurement.confirm(pending.getNewTier(), pending.getChangedBy(), now);
      pinVersions(procurement);
    }
    return procurement.getRiskTier();
  }

  public Procurement get(long procurementId) {
    return procurements.findById(procurementId)
        .orElseThrow(() -> new IllegalStateException("procurement " + procurementId + " does not exist"));
  }

  public Optional<Procurement> find(long procurementId) {
    return procurements.findById(procurementId);
  }

  /**
   * A page of procurements, newest first, optionally narrowed to a vendor (case-insensitive part of
   * its name) and a risk tier.
   *
   * @param page zero-based page number
   * @param size procurements per page
   */
  public org.springframework.data.domain.Page<Procurement> search(String vendor, RiskTier tier, int page, int size) {
    return search(new PortfolioFilter(vendor, tier, null, null), page, size, null, false);
  }

  /**
   * What the portfolio filters on: part of the vendor's name, the tier, a text found in the business
   * key, title or product (case-insensitive, {@code %} and {@code _} are plain characters), and the
   * groups whose work decides what is visible ({@code null}: everything; see
   * {@link ProcurementAccess#scope()}).
   */
  public record PortfolioFilter(String vendor, RiskTier tier, String text, java.util.Collection<String> onlyWorkOf) {}

  /** The sortable columns of the portfolio, by their query-parameter names. */
  public static final java.util.Map<String, String> SORTS = java.util.Map.of("businessKey", "businessKey", "title", "title",
      "vendor", "vendor", "product", "product", "tier", "riskTier", "created", "id");

  /**
   * One page of the procurements matching the filter, sorted by {@code sort} (a key of
   * {@link #SORTS}; {@code null}: newest first), ties broken by id.
   */
  public org.springframework.data.domain.Page<Procurement> search(PortfolioFilter filter, int page, int size, String sort,
      boolean ascending) {
    org.springframework.data.jpa.domain.Specification<Procurement> where = (root, query, cb) -> cb.conjunction();
    if (filter.vendor() != null && !filter.vendor().isBlank()) {
      String part = org.llmprocurement.web.QueryParameters.containsPattern(filter.vendor());
      where = where.and((root, query, cb) -> cb.like(cb.lower(root.get("vendor")), part, '\\'));
    }
    if (filter.tier() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("riskTier"), filter.tier()));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      String part = org.llmprocurement.web.QueryParameters.containsPattern(filter.text());
      where = where.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("businessKey")), part, '\\'),
          cb.like(cb.lower(root.get("title")), part, '\\'), cb.like(cb.lower(root.get("product")), part, '\\')));
    }
    if (filter.onlyWorkOf() != null) {
      java.util.List<String> groups = java.util.List.copyOf(filter.onlyWorkOf());
      if (groups.isEmpty()) {
        where = where.and((root, query, cb) -> cb.disjunction());
      } else {
        where = where.and((root, query, cb) -> {
          jakarta.persistence.criteria.Subquery<Integer> work = query.subquery(Integer.class);
          jakarta.persistence.criteria.Root<GroupWork> w = work.from(GroupWork.class);
          work.select(cb.literal(1)).where(cb.equal(w.get("id").get("businessKey"), root.get("businessKey")),
              w.get("id").get("groupId").in(groups));
          return cb.exists(work);
        });
      }
    }
    org.springframework.data.domain.Sort order;
    if (sort == null || !SORTS.containsKey(sort)) {
      order = org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id");
    } else {
      org.springframework.data.domain.Sort.Direction direction = ascending
          ? org.springframework.data.domain.Sort.Direction.ASC : org.springframework.data.domain.Sort.Direction.DESC;
      order = org.springframework.data.domain.Sort.by(direction, SORTS.get(sort)).and(
          org.springframework.data.domain.Sort.by(direction, "id"));
    }
    return procurements.findAll(where, org.springframework.data.domain.PageRequest.of(page, size, order));
  }

  public Optional<Procurement> findByProcessInstance(String processInstanceId) {
    return procurements.findByProcessInstanceId(processInstanceId);
  }

  /**
   * Pins the current catalogue and thresholds versions (at the procurement's tier), for work that
   * must be judged against today's catalogue rather than the one the procurement was reviewed under
   * (a renegotiation at renewal). The tier is unchanged.
   *
   * @return the versions pinned before, {@code [catalogueVersion, thresholdsVersion]}
   */
  @Transactional
  public List<String> pinCurrentVersions(long procurementId) {
    Procurement procurement = get(procurementId);
    List<String> before = java.util.Arrays.asList(procurement.getCatalogueVersion(), procurement.getThresholdsVersion());
    pinVersions(procurement);
    return before;
  }

  public List<TierChange> tierHistory(long procurementId) {
    return tierChanges.findByProcurementIdOrderByIdAsc(procurementId);
  }

  private void pinVersions(Procurement procurement) {
    procurement.pinVersions(catalogue.version(), thresholds.forTier(procurement.getRiskTier()).version());
  }

  static Instant now() {
    return EngineClock.now();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
