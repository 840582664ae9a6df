package org.llmprocurement.contractlife;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the people deciding a renewal see, in the assessment and decision tasks and at
 * {@code GET /api/contracts/{id}/renewal}: the term, the vendor's performance during it, vendor change
 * notices, evidence freshness, waived items and accepted risks with their expiry, obligations the
 * vendor missed, the catalogue's changes since signature, and the reviews and decisions so far.
 * Performance, change notices and missed obligations are recorded by the vendor-notice stage (issue
 * 9); until it exists these lists are empty but keep their shape.
 *
 * @param defaultNewTermEnd the term end a plain renewal proposes (the same length again)
 */
public record RenewalView(long contractId, String businessKey, String vendor, String riskTier, LocalDate effectiveDate,
    LocalDate termEnd, boolean autoRenewal, int nonRenewalNoticeDays, LocalDate nonRenewalDeadline,
    LocalDate defaultNewTermEnd, List<SlaViolation> slaViolations, List<Incident> incidents,
    List<ChangeNotice> vendorChangeNotices, List<EvidenceFreshness.EvidenceState> evidence, List<WaivedItem> waivedItems,
    List<RiskState> acceptedRisks, List<MissedObligation> missedObligations, List<CatalogueChanges.Change> catalogueChanges,
    List<Review> reviews) {

  /** An SLA the vendor missed in a measuring period (e.g. availability 99.2 against 99.9). */
  public record SlaViolation(String obligationCode, String period, String agreed, String measured) {}

  /** An incident during the term and whether the vendor met its notice and root-cause-analysis deadlines. */
  public record Incident(String reference, Instant occurredAt, String severity, String summary, boolean noticeDeadlineMet,
      boolean rcaDeadlineMet) {}

  /** A change the vendor announced (model, subprocessor, location) and how it was handled. */
  public record ChangeNotice(String reference, LocalDate receivedOn, String change, String handling, String outcome) {}

  /** A review item settled as waived: which requirement, why, who approved. */
  public record WaivedItem(String requirementId, String justification, String approvedBy, Instant approvedAt) {}

  /**
   * A risk accepted in negotiation and how its acceptance stands.
   *
   * @param state {@code HELD}, {@code EXPIRES_IN_TERM} (before the current term end) or {@code EXPIRED}
   */
  public record RiskState(String requirementId, String justification, String owner, LocalDate expiresOn, String state) {}

  /** An obligation (by its code) the vendor did not meet, when it was due and what happened. */
  public record MissedObligation(String code, String description, LocalDate dueOn, String note) {}

  /** One owning function's advice. */
  public record Assessment(String role, String advice, String comment, String assessedBy, Instant assessedAt) {}

  /** A review run with its decision record. */
  public record Review(long id, Instant startedAt, LocalDate nonRenewalDeadline, LocalDate escalationDueOn,
      Instant escalatedAt, List<Assessment> assessments, String decision, String decidedBy, Instant decidedAt,
      String reason, LocalDate newTermEnd, List<String> listedItems, String negotiationOutcome, String outcome,
      Instant closedAt) {}
}
