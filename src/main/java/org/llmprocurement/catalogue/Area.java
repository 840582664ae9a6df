package org.llmprocurement.catalogue;

/**
 * A clause area of the catalogue, e.g. {@code incident_notice}.
 *
 * @param key stable identifier used by requirements and the API
 * @param title short heading
 * @param summary why the area matters, in one or two sentences
 */
public record Area(String key, String title, String summary) {}
