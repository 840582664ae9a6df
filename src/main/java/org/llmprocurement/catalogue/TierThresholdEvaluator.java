package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Evaluates the tier thresholds decision ({@value #DECISION_KEY}). */
interface TierThresholdEvaluator {

  String DECISION_KEY = "tierThresholds";

  /** Location of the decision on the classpath ({@code processes/} is a resource directory). */
  String CLASSPATH_LOCATION = "tier-thresholds.dmn";

  /** Location of the decision source relative to the project directory. */
  String SOURCE_LOCATION = "processes/tier-thresholds.dmn";

  /**
   * The outputs for one tier.
   *
   * @throws IllegalArgumentException if no rule covers the tier
   */
  Thresholds evaluate(RiskTier tier);

  /** The thresholds of a given decision version ("tierThresholds:v3"); the latest for null. */
  default Thresholds evaluate(RiskTier tier, String version) {
    return evaluate(tier);
  }

  /**
   * The latest outputs of every tier, for checking the catalogue against them at start-up.
   *
   * @throws IllegalArgumentException if no rule covers a tier
   */
  default Map<RiskTier, Thresholds> allTiers() {
    Map<RiskTier, Thresholds> tiers = new EnumMap<>(RiskTier.class);
    for (RiskTier tier : RiskTier.values()) {
      tiers.put(tier, evaluate(tier));
    }
    return tiers;
  }

  /** Names of the decision's outputs, in decision order. */
  Set<String> outputKeys();
}
