package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The measurable bars of one tier, as produced by the tier thresholds decision.
 *
 * <p>Values are immutable. {@link #version()} names the decision version they came from, e.g.
 * {@code tierThresholds:v3}, so a procurement can record which bars it was judged against.
 */
public final class Thresholds {

  private final RiskTier tier;
  private final String version;
  private final Map<String, Object> values;

  Thresholds(RiskTier tier, String version, Map<String, Object> values) {
    this.tier = Objects.requireNonNull(tier);
    this.version = Objects.requireNonNull(version);
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public RiskTier tier() {
    return tier;
  }

  public String version() {
    return version;
  }

  /** All outputs in decision order; unmodifiable. */
  public Map<String, Object> values() {
    return values;
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The raw value. */
  public Object get(String key) {
    if (!values.containsKey(key)) {
      throw new IllegalArgumentException("Unknown threshold '" + key + "' (decision " + version
          + " produces: " + String.join(", ", values.keySet()) + ")");
    }
    return values.get(key);
  }

  public int getInt(String key) {
    return number(key).intValue();
  }

  public long getLong(String key) {
    return number(key).longValue();
  }

  public double getDouble(String key) {
    return number(key).doubleValue();
  }

  public boolean getBoolean(String key) {
    Object value = get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalStateException("Threshold '" + key + "' is not a boolean: " + value);
  }

  public String getString(String key) {
    Object value = get(key);
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalStateException("Threshold '" + key + "' is not text: " + value);
  }

  /** The Camunda group that must approve a waiver at this tier. */
  public String waiverApproverRole() {
    return getString("waiverApproverRole");
  }

  private Number number(String key) {
    Object value = get(key);
    if (value instanceof Number n) {
      return n;
    }
    throw new IllegalStateException("Threshold '" + key + "' is not a number: " + value);
  }

  @Override
  public String toString() {
    return "Thresholds[" + tier + ", " + version + ", " + values + "]";
  }
}
