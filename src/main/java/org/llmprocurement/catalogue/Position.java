package org.llmprocurement.catalogue;

import java.util.Map;
import org.llmprocurement.domain.RiskTier;

/**
 * One negotiating position on a requirement: rank 0 is the preferred position, ranks 1.. are the
 * fallbacks in the order procurement offers them. Every position must still achieve the
 * requirement's control objective.
 *
 * @param rank 0 for the preferred position, then 1, 2, ... for fallbacks
 * @param wording what we ask the vendor to sign, in plain words
 * @param figures per tier, threshold key to the figure this position settles for where it differs
 *     from the tier thresholds decision (e.g. a fallback availability of 99.5 % instead of 99.9 %);
 *     keys not listed take the decision's value
 */
public record Position(int rank, String wording, Map<RiskTier, Map<String, Object>> figures) {

  public Position {
    figures = figures == null ? Map.of() : Map.copyOf(figures);
  }

  /** Whether this is the preferred position. */
  public boolean preferred() {
    return rank == 0;
  }

  /**
   * The figure this position asks for at a tier: its own figure where it names one, else the tier
   * thresholds decision's.
   *
   * @throws IllegalArgumentException when the key is neither this position's nor the decision's
   */
  public Object figure(String key, Thresholds thresholds) {
    Map<String, Object> own = figures.getOrDefault(thresholds.tier(), Map.of());
    return own.containsKey(key) ? own.get(key) : thresholds.get(key);
  }
}
