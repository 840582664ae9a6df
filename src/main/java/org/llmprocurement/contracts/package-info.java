/**
 * The contract register: after sign-off, procurement records the contract's particulars
 * ({@code contract-registration}: "Record contract particulars", then "Register contract") and the
 * contract enters the register with its shared vendor record, pinned model versions, data
 * locations, subprocessors, signed document versions, accepted risks and the vendor's obligations
 * derived from the MET review items and the tier's figures. {@code /api/contracts} lists, shows,
 * exports (DORA-style CSV) and amends entries. Field names and code lists follow the DORA register
 * of information where they overlap ({@code docs/contracts.md}). Each entry keeps an access
 * inventory ({@link org.llmprocurement.contracts.AccessInventory}: API keys by name, SSO applications,
 * service accounts, allow-list entries, integrations; never secrets), kept by IT through
 * {@code /api/contracts/{id}/access-inventory} and the Tasklist process {@code maintain-access-inventory};
 * the exit's revocation step is generated from it. Depends on intake, review,
 * negotiation and the shared packages; the later stages (renewal, notices, audits, exit) start
 * from here.
 */
package org.llmprocurement.contracts;
