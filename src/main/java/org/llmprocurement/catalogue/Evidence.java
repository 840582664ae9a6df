package org.llmprocurement.catalogue;

/**
 * What the vendor shows us to prove a requirement is met.
 *
 * @param description the document or artefact we ask for
 * @param maxAgeMonths how old it may be when we rely on it
 */
public record Evidence(String description, int maxAgeMonths) {}
