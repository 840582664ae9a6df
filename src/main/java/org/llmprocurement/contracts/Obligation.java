package org.llmprocurement.contracts;

/**
 * One thing the vendor must do under a registered contract, with the review item it comes from and
 * the figure the tier set for it.
 *
 * @param code stable name of the obligation, the threshold key it measures (e.g.
 *     {@code breachNoticeSuspectedHours}) or, where the catalogue names no threshold, ours (e.g.
 *     {@code subprocessorObjectionDays})
 * @param description what the vendor must do, in words
 * @param requirementId the catalogue requirement whose MET review item binds the vendor
 * @param requirementTitle its title in the pinned catalogue
 * @param thresholdKey the key of the tier thresholds decision the figure comes from
 * @param figure the figure as text ({@code 24}, {@code 99.9}, {@code true})
 * @param unit what the figure counts, e.g. {@code HOURS}, {@code BUSINESS_DAYS}
 */
public record Obligation(String code, String description, String requirementId, String requirementTitle,
    String thresholdKey, String figure, String unit) {}
