package org.llmprocurement.catalogue;

/**
 * A clause area of the catalogue, e.g. {@code incident_notice}.
 *
 * @param key stable identifier used by requirements and the API
 * @param title short heading
 * @param summary why the area matters, in one or two sentences
 * @param perSurface whether commitments in this area are made per product surface (a service level
 *     naming the API but not the chat UI does not cover the chat UI), so a clause is judged against
 *     the surfaces a procurement uses; elsewhere a surface named in passing ("API request logs")
 *     promises nothing about coverage
 */
public record Area(String key, String title, String summary, boolean perSurface) {}
