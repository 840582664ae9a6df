package org.llmprocurement.review;

import java.util.List;

/**
 * The catalogue areas one review task covers (whole areas, in catalogue order). Travels as a JSON
 * process variable: the multi-instance element of the role review.
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

  public boolean covers(String area) {
    return areas.contains(area);
  }
}
