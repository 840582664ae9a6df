package org.llmprocurement.catalogue;

/**
 * Another way to meet a requirement's control objective, for when the vendor calls the control
 * itself impossible rather than merely inconvenient (e.g. an on-site audit the vendor never
 * allows, reframed as an independent attestation plus a targeted evidence pack).
 *
 * @param control the control as we first asked for it
 * @param alternative what we offer instead, still achieving the control objective
 */
public record Reframing(String control, String alternative) {}
