package org.llmprocurement.intake;

/** Risk tiers, ordered from the most lenient to the strictest. */
public enum RiskTier {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public boolean isStricterThan(RiskTier other) {
    return compareTo(other) > 0;
  }
}
