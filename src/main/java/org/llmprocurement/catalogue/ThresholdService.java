package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The measurable bars per risk tier, from the tier thresholds decision. */
@Service
public class ThresholdService {

  private final TierThresholdEvaluator evaluator;

  ThresholdService(TierThresholdEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /**
   * The thresholds of a tier (case-insensitive: {@code LOW}, {@code MEDIUM}, {@code HIGH},
   * {@code CRITICAL}).
   *
   * @throws IllegalArgumentException naming the tier if it is unknown
   */
  public Thresholds forTier(String tier) {
    return forTier(RiskTier.parse(tier));
  }

  public Thresholds forTier(RiskTier tier) {
    return evaluator.evaluate(tier);
  }

  /**
   * The thresholds of the decision version a procurement was confirmed under (e.g.
   * "tierThresholds:v2"), so a later change of the decision never rewrites an earlier review.
   */
  public Thresholds forTier(RiskTier tier, String version) {
    return version == null ? evaluator.evaluate(tier) : evaluator.evaluate(tier, version);
  }

  /**
   * The latest thresholds of every tier (those of the decision file while it is not yet deployed),
   * which the catalogue's fallback figures are checked against at start-up.
   */
  public Map<RiskTier, Thresholds> allTiers() {
    return evaluator.allTiers();
  }

  /** Names of all thresholds the decision produces. */
  public Set<String> keys() {
    return evaluator.outputKeys();
  }
}
