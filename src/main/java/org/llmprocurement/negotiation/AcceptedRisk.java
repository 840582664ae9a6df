package org.llmprocurement.negotiation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A gap a manager accepted as risk instead of negotiating it further.
 *
 * @param requirementId the catalogue requirement whose gap is accepted (never a no-go one)
 * @param justification why the business accepts the gap
 * @param owner who carries the risk, e.g. the business owner
 * @param expiresOn last day the acceptance holds; after it the gap counts again
 * @param acceptedBy the manager's user id
 * @param acceptedAt when, engine clock
 */
public record AcceptedRisk(String requirementId, String justification, String owner, LocalDate expiresOn,
    String acceptedBy, Instant acceptedAt) {

  /** Whether the acceptance still holds on that day (it holds through {@code expiresOn}). */
  public boolean heldOn(LocalDate day) {
    return !day.isAfter(expiresOn);
  }
}
