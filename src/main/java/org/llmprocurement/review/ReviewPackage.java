package org.llmprocurement.review;

import java.util.List;

/**
 * The catalogue areas one review task covers (whole areas, in catalogue order). Travels as the
 * multi-instance element of the role review, a string variable in the form of {@link #key()} (a
 * JSON object before 2026-12-02, which {@link ClauseReviewProcess#packageOf} still reads).
 *
 * @param areas catalogue area keys, e.g. {@code ["incident_notice", "logging"]}
 */
public record ReviewPackage(List<String> areas) {

  public ReviewPackage {
    areas = List.copyOf(areas);
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("a review package covers at least one area");
    }
  }

  public static ReviewPackage of(String... areas) {
    return new ReviewPackage(List.of(areas));
  }

  /**
   * The package as a string variable holds it: its area keys joined by commas, e.g.
   * {@code "incident_notice,logging"} (area keys are {@code [a-z][a-z0-9_]*}, catalogue validation).
   * A string is kept in the variable's own row; a JSON object took a byte array row besides.
   */
  public String key() {
    return String.join(",", areas);
  }

  /**
   * The package a {@link #key()} names.
   *
   * @throws IllegalArgumentException when the key names no area
   */
  public static ReviewPackage ofKey(String key) {
    return new ReviewPackage(java.util.Arrays.stream(key.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList());
  }

  public boolean covers(String area) {
    return areas.contains(area);
  }
}
