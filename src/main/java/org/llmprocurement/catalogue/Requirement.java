package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.List;
import org.llmprocurement.clauses.ClauseRule;

/**
 * One contract requirement of the catalogue.
 *
 * @param id stable identifier, e.g. {@code INC-NOTICE-01}; never renamed
 * @param area key of the {@link Area}
 * @param title short name
 * @param position what we ask for
 * @param fallback what we accept when the vendor refuses the position
 * @param weakWording phrases that signal a commitment without teeth
 * @param weakExample a realistic weak vendor clause
 * @param bindingExample the position as one binding clause at HIGH-tier figures
 * @param ownerRole the team that owns the requirement
 * @param requiredTiers tiers at which the requirement must be met
 * @param noGoTiers tiers at which a gap stops the deal
 * @param notApplicable when the requirement may be set aside
 * @param evidence what proves it is met
 * @param thresholds keys of the tier thresholds decision this requirement is measured against
 * @param references standards and laws behind the requirement
 * @param analysis how a clause is judged against the requirement
 */
public record Requirement(
    String id,
    String area,
    String title,
    String position,
    String fallback,
    List<String> weakWording,
    String weakExample,
    String bindingExample,
    OwnerRole ownerRole,
    List<RiskTier> requiredTiers,
    List<RiskTier> noGoTiers,
    NotApplicableRule notApplicable,
    Evidence evidence,
    List<String> thresholds,
    List<String> references,
    ClauseRule analysis) {

  public Requirement {
    weakWording = weakWording == null ? List.of() : List.copyOf(weakWording);
    requiredTiers = requiredTiers == null ? List.of() : List.copyOf(requiredTiers);
    noGoTiers = noGoTiers == null ? List.of() : List.copyOf(noGoTiers);
    notApplicable = notApplicable == null ? NotApplicableRule.never() : notApplicable;
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** Whether the requirement must be met at this tier. */
  public boolean requiredAt(RiskTier tier) {
    return requiredTiers.contains(tier);
  }

  /**
   * The negotiating positions in the order procurement offers them: the preferred position (rank
   * 0), then the fallbacks.
   */
  public List<Position> positions() {
    List<Position> positions = new java.util.ArrayList<>();
    positions.add(new Position(0, position, null));
    if (fallback != null && !fallback.isBlank()) {
      positions.add(new Position(1, fallback, null));
    }
    return List.copyOf(positions);
  }

  /** Whether a gap at this tier is a deal-breaker. */
  public boolean noGoAt(RiskTier tier) {
    return noGoTiers.contains(tier);
  }
}
