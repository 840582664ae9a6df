package org.llmprocurement.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.domain.RiskTier;

/**
 * One negotiating position on a requirement: rank 0 is the preferred position, ranks 1.. are the
 * fallbacks in the order procurement offers them. Every position must still achieve the
 * requirement's control objective ({@link Requirement#controlObjective()}).
 *
 * <p>In the catalogue YAML a fallback is written as {@code {wording: ..., figures: {HIGH:
 * {availabilityPercent: 99.5}}}}; its rank comes from its place in the {@code fallbacks} list and
 * its threshold keys from the requirement. {@link CatalogueValidator} makes sure a fallback's
 * figures are never stricter than the tier thresholds decision's, nor stricter than the fallback
 * before it.
 *
 * @param rank 0 for the preferred position, then 1, 2, ... for fallbacks
 * @param wording what we ask the vendor to sign, in plain words
 * @param figures per tier, threshold key to the figure this position settles for where it differs
 *     from the tier thresholds decision (e.g. a fallback availability of 99.5 % instead of 99.9 %);
 *     keys not listed take the decision's value. Empty for the preferred position.
 * @param thresholdKeys the requirement's threshold keys, in catalogue order (the keys {@link
 *     #figuresAt} reports); empty when the position was built without a requirement
 */
public record Position(
    int rank,
    String wording,
    Map<RiskTier, Map<String, Object>> figures,
    List<String> thresholdKeys) {

  public Position {
    Map<RiskTier, Map<String, Object>> copy = new LinkedHashMap<>();
    if (figures != null) {
      figures.forEach((tier, values) -> copy.put(tier,
          values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    }
    figures = Collections.unmodifiableMap(copy);
    thresholdKeys = thresholdKeys == null ? List.of() : List.copyOf(thresholdKeys);
  }

  /** A position that knows no threshold keys beyond those its own figures name. */
  public Position(int rank, String wording, Map<RiskTier, Map<String, Object>> figures) {
    this(rank, wording, figures, null);
  }

  /** The same position at another rank and measured against these threshold keys. */
  Position at(int newRank, List<String> keys) {
    return new Position(newRank, wording, figures, keys);
  }

  /** Whether this is the preferred position. */
  public boolean preferred() {
    return rank == 0;
  }

  /** This position's own figures at a tier (no decision values merged in); empty if none. */
  public Map<String, Object> ownFigures(RiskTier tier) {
    return figures.getOrDefault(tier, Map.of());
  }

  /**
   * The figure this position asks for at a tier: its own figure where it names one, else the tier
   * thresholds decision's.
   *
   * @throws IllegalArgumentException when the key is neither this position's nor the decision's
   */
  public Object figure(String key, Thresholds thresholds) {
    Map<String, Object> own = ownFigures(thresholds.tier());
    return own.containsKey(key) ? own.get(key) : thresholds.get(key);
  }

  /**
   * Every figure this position asks for at the thresholds' tier: for each of the requirement's
   * threshold keys (then any other key this position names at that tier), this position's own
   * figure, else the decision's value. This is what the requested wording is filled with.
   *
   * @return threshold key to value, in catalogue order; empty for a requirement without thresholds
   * @throws IllegalArgumentException when a key is unknown to the decision and not named here
   */
  public Map<String, Object> figuresAt(Thresholds thresholds) {
    Set<String> keys = new LinkedHashSet<>(thresholdKeys);
    keys.addAll(ownFigures(thresholds.tier()).keySet());
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : keys) {
      values.put(key, figure(key, thresholds));
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * {@link #figuresAt(Thresholds)} for a tier, checking that the thresholds are that tier's.
   *
   * @throws IllegalArgumentException when {@code thresholds} belong to another tier
   */
  public Map<String, Object> figuresAt(RiskTier tier, Thresholds thresholds) {
    if (thresholds.tier() != tier) {
      throw new IllegalArgumentException("thresholds of " + thresholds.tier()
          + " given for tier " + tier);
    }
    return figuresAt(thresholds);
  }

  /**
   * The figures at the thresholds' tier as one line of text, e.g. {@code availabilityPercent = 99.5
   * (decision: 99.9)}: the decision's value is added in brackets where this position settles for
   * less. Empty text for a requirement without thresholds.
   */
  public String figuresText(Thresholds thresholds) {
    List<String> parts = new ArrayList<>();
    figuresAt(thresholds).forEach((key, value) -> {
      Object bar = thresholds.has(key) ? thresholds.get(key) : null;
      boolean own = ownFigures(thresholds.tier()).containsKey(key);
      parts.add(key + " = " + value
          + (own && bar != null && !same(value, bar) ? " (decision: " + bar + ")" : ""));
    });
    return String.join(", ", parts);
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    }
    return a.equals(b);
  }
}
