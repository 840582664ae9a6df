package org.llmprocurement.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Risk tier of a procurement; a higher tier never asks for less than a lower one. */
public enum Tier {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** Whether this tier is at least as strict as {@code other}. */
  public boolean isAtLeast(Tier other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses a tier name case-insensitively.
   *
   * @throws IllegalArgumentException naming the value and the allowed tiers
   */
  public static Tier parse(String value) {
    if (value != null) {
      String normalised = value.trim().toUpperCase(Locale.ROOT);
      for (Tier tier : values()) {
        if (tier.name().equals(normalised)) {
          return tier;
        }
      }
    }
    throw new IllegalArgumentException(
        "Unknown tier '" + value + "'; allowed: " + allowed());
  }

  static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
