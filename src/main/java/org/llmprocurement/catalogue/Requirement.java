package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llmprocurement.clauses.ClauseRule;

/**
 * One contract requirement of the catalogue.
 *
 * @param id stable identifier, e.g. {@code INC-NOTICE-01}; never renamed
 * @param area key of the {@link Area}
 * @param title short name
 * @param position what we ask for (the wording of the preferred position, rank 0)
 * @param controlObjective what every position, fallbacks included, must still achieve; {@code
 *     null} only in catalogue versions recorded before fallback ladders existed (2026.11.x)
 * @param fallbacks what we settle for when the vendor refuses, in the order we offer it: ranks 1,
 *     2, ... with their own wording and figures per tier (at least one in a valid catalogue)
 * @param reframings ways to keep the objective when the vendor calls the control impossible;
 *     often empty
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
    String controlObjective,
    List<Position> fallbacks,
    List<Reframing> reframings,
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
    List<Position> ranked = new ArrayList<>();
    List<String> keys = thresholds == null ? List.of() : List.copyOf(thresholds);
    if (fallbacks != null) {
      for (Position fallback : fallbacks) {
        ranked.add(fallback.at(ranked.size() + 1, keys));
      }
    }
    fallbacks = List.copyOf(ranked);
    reframings = reframings == null ? List.of() : List.copyOf(reframings);
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
   * 0, the decision's figures), then the fallbacks (ranks 1, 2, ...).
   */
  public List<Position> positions() {
    List<Position> positions = new ArrayList<>();
    positions.add(new Position(0, position, null, thresholds));
    positions.addAll(fallbacks);
    return List.copyOf(positions);
  }

  /** The wording of the first fallback; {@code null} if there is none. */
  public String fallback() {
    return fallbacks.isEmpty() ? null : fallbacks.get(0).wording();
  }

  /**
   * The fallback of a rank: 1 is the first fallback; empty below 1 or beyond the last one (then
   * there is nothing left to offer).
   */
  public Optional<Position> fallback(int rank) {
    return rank < 1 || rank > fallbacks.size() ? Optional.empty() : Optional.of(fallbacks.get(rank - 1));
  }

  /** Whether a gap at this tier is a deal-breaker. */
  public boolean noGoAt(RiskTier tier) {
    return noGoTiers.contains(tier);
  }
}
