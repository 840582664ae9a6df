package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.List;

/**
 * How current a contract's audit evidence is, per evidence type: what the renewal review shows and
 * the audit evidence cadence acts on. Implemented by the audit evidence cadence.
 */
public interface EvidenceFreshness {

  /**
   * One evidence type of a contract as it stands.
   *
   * @param evidenceType stable id of the type (from the catalogue's evidence list)
   * @param description what the vendor must show
   * @param issuedOn issue date of the newest evidence received, or {@code null} when none
   * @param expiresOn its expiry date, or {@code null} when none
   * @param state {@code CURRENT}, {@code EXPIRING} (within its type's lead time), {@code EXPIRED}
   *     or {@code MISSING}
   * @param requestDueOn due date of the open request for it, or {@code null} when none is open
   * @param overdue whether that open request is past its due date
   */
  record EvidenceState(String evidenceType, String description, LocalDate issuedOn, LocalDate expiresOn,
      String state, LocalDate requestDueOn, boolean overdue) {}

  /** The contract's evidence types, in catalogue order; empty for an unknown contract. */
  List<EvidenceState> of(long contractId, LocalDate today);
}
