package org.llmprocurement.negotiation;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The negotiation rounds of a procurement in short, for pages that show where it stands. */
@Component
public class NegotiationSummaries {

  private final Negotiations negotiations;

  NegotiationSummaries(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  /**
   * One round.
   *
   * @param status PREPARING, SENT, ANSWERED, SILENT or CLOSED
   * @param result what followed a closed round, null before
   */
  public record Round(int number, String status, Instant openedAt, Instant sentAt, Instant responseDue, String result,
      String resultReason) {}

  /** Every round, first to last; empty before the negotiation stage. */
  public List<Round> rounds(long procurementId) {
    return negotiations.rounds(procurementId).stream().map(r -> new Round(r.getRoundNumber(), r.getStatus().name(),
        r.getOpenedAt(), r.getSentAt(), r.getResponseDue(), r.getResult(), r.getResultReason())).toList();
  }
}
