package org.llmprocurement.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Risk tiers, ordered from the most lenient to the strictest; a higher tier never asks for less. */
public enum RiskTier {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public boolean isStricterThan(RiskTier other) {
    return compareTo(other) > 0;
  }

  /** Whether this tier is at least as strict as {@code other}. */
  public boolean isAtLeast(RiskTier other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses a tier name case-insensitively.
   *
   * @throws IllegalArgumentException naming the value and the allowed tiers
   */
  public static RiskTier parse(String value) {
    if (value != null) {
      String normalised = value.trim().toUpperCase(Locale.ROOT);
      for (RiskTier tier : values()) {
        if (tier.name().equals(normalised)) {
          return tier;
        }
      }
    }
    throw new IllegalArgumentException("Unknown tier '" + value + "'; allowed: " + allowed());
  }

  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
