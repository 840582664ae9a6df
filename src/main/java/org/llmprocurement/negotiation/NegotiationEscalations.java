package org.llmprocurement.negotiation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
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
 * A manager's decision on an escalated negotiation: checking it ({@link EscalationChoice}), recording
 * it, accepting the remaining gaps as risk, and applying a narrowed scope (the risk-tier decision
 * {@code processes/risk-tier.dmn} runs again on the narrowed facts; the review of unchanged items stands).
 */
@Service
class NegotiationEscalations {

  /** Key of the risk-tier decision (processes/risk-tier.dmn). */
  static final String RISK_TIER_DECISION = "riskTier";

  /** What applying a narrowed scope did. */
  record NarrowingResult(RiskTier before, RiskTier after, List<String> reopenedRoles) {}

  private final Negotiations negotiations;
  private final NegotiationEscalationRepository escalations;
  private final NegotiationObligations obligations;
  private final AcceptedRisks risks;
  private final IntakeService intake;
  private final ReviewDecisions decisions;
  private final DecisionService decisionService;
  private final IdentityService identity;

  NegotiationEscalations(Negotiations negotiations, NegotiationEscalationRepository escalations,
      NegotiationObligations obligations, AcceptedRisks risks, IntakeService intake, ReviewDecisions decisions,
      DecisionService decisionService, IdentityService identity) {
    this.negotiations = negotiations;
    this.escalations = escalations;
    this.obligations = obligations;
    this.risks = risks;
    this.intake = intake;
    this.decisions = decisions;
    this.decisionService = decisionService;
    this.identity = identity;
  }

  /** The procurement's scope as it stands. */
  EscalationChoice.Scope scope(long procurementId) {
    Procurement p = intake.get(procurementId);
    return new EscalationChoice.Scope(p.getExpectedUsers(),
        p.getAllowedRegions().isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(p.getAllowedRegions()),
        p.getSurfaces().isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(p.getSurfaces()), p.getDeploymentStage());
  }

  /**
   * Checks a manager's decision without writing anything; the requester of the procurement may
   * never decide it.
   */
  EscalationChoice validate(long procurementId, Map<String, ?> raw, String userId, List<String> problems) {
    Procurement procurement = intake.get(procurementId);
    if (procurement.isRequestedBy(userId)) {
      problems.add("segregation of duties: " + userId + " requested this procurement and cannot decide its escalation");
      return null;
    }
    if (negotiations.openEscalation(procurementId).isEmpty()) {
      problems.add("no escalation of this procurement waits for a decision");
      return null;
    }
    return EscalationChoice.parse(raw, scope(procurementId), negotiations.openGaps(procurementId),
        negotiations.noGoGaps(procurementId), EngineClock.today(), problems);
  }

  /** Records a decision {@link #validate} passed; an acceptance of risk is stored for every remaining gap. */
  @Transactional
  void decide(long procurementId, EscalationChoice choice, String userId) {
    NegotiationEscalation escalation = negotiations.openEscalation(procurementId).orElseThrow();
    Instant now = EngineClock.now();
    escalation.decide(choice.choice(), choice.comment(), userId, now);
    if (choice.choice() == EscalationChoice.Choice.ACCEPT_RISK) {
      EscalationChoice.RiskAcceptance risk = choice.risk();
      risks.accept(procurementId, negotiations.openGaps(procurementId).stream()
          .map(id -> new AcceptedRisk(id, risk.justification(), risk.owner(), risk.expiresOn(), userId, now)).toList());
    }
    if (choice.choice() == EscalationChoice.Choice.NARROW_SCOPE) {
      EscalationChoice.Scope scope = choice.narrowing().scope();
      escalation.narrowing(scope.expectedUsers(), names(scope.regions()), names(scope.surfaces()),
          choice.narrowing().pilotOnly(), intake.get(procurementId).getRiskTier().name());
    }
  }

  /**
   * Applies the narrowed scope of the latest decision: the risk-tier decision runs on the narrowed
   * facts, the procurement takes the scope and tier, review items follow the tier (no longer
   * required ones stop counting, newly required ones are created and reopened), and a pilot leaves
   * the obligation to renegotiate before production.
   */
  @Transactional
  NarrowingResult applyNarrowing(long procurementId) {
    NegotiationEscalation escalation = escalations.findFirstByProcurementIdOrderByIdDesc(procurementId)
        .filter(e -> e.getDecision() == EscalationChoice.Choice.NARROW_SCOPE)
        .orElseThrow(() -> new IllegalStateException("no narrowing decided for procurement " + procurementId));
    Procurement procurement = intake.get(procurementId);
    DeploymentStage stage = Boolean.TRUE.equals(escalation.getPilotOnly()) ? DeploymentStage.PILOT : procurement.getDeploymentStage();
    Map<String, Object> facts = procurement.tierFacts();
    facts.put("deploymentStage", stage.name());
    RiskTier tier = RiskTier.parse(SystemAccess.withoutAuthorization(identity, () ->
        decisionService.evaluateDecisionTableByKey(RISK_TIER_DECISION, facts).getSingleResult().getSingleEntry().toString()));
    String reason = "Scope narrowed by " + escalation.getDecidedBy() + " in negotiation round " + escalation.getRoundNumber()
        + (escalation.getComment() == null ? "" : ": " + escalation.getComment());
    List<Region> regions = enums(escalation.getRegions(), Region.class);
    List<Surface> surfaces = enums(escalation.getSurfaces(), Surface.class);
    RiskTier before = intake.narrowScope(procurementId, surfaces, regions, escalation.getExpectedUsers(), stage, tier,
        NegotiationItem.clip(reason, 4000), escalation.getDecidedBy());
    escalation.tierAfter(tier.name());
    List<String> created = decisions.retier(procurementId, reason);
    List<String> roles = List.of();
    if (!created.isEmpty()) {
      decisions.reopen(procurementId, created, NegotiationItem.clip("newly required at tier " + tier + ": " + reason, 4000));
      roles = Negotiations.roles(created.stream().map(id -> decisions.item(procurementId, id).map(ReviewItem::getOwnerRole)
          .orElseThrow()).collect(Collectors.toSet()));
    }
    if (Boolean.TRUE.equals(escalation.getPilotOnly())) {
      obligations.add(procurementId, NegotiationObligations.RENEGOTIATE_BEFORE_PRODUCTION,
          "Narrowed to a pilot at tier " + tier + " (was " + before + ") in negotiation round " + escalation.getRoundNumber()
              + ": renegotiate the contract at the production tier before any production use.",
          escalation.getDecidedBy(), EngineClock.now());
    }
    return new NarrowingResult(before, tier, roles);
  }

  private static String names(java.util.Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> List<E> enums(String names, Class<E> type) {
    if (names == null || names.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(names.split(",")).map(n -> Enum.valueOf(type, n.trim())).toList();
  }
}
