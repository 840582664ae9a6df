package org.llmprocurement.negotiation;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What negotiation leaves the procurement obliged to do later, e.g. a manager narrowed the scope to
 * a pilot: the contract must be renegotiated before production. The contract register lists them.
 */
@Service
public class NegotiationObligations {

  /** Kind of the obligation a pilot-only narrowing leaves. */
  public static final String RENEGOTIATE_BEFORE_PRODUCTION = "RENEGOTIATE_BEFORE_PRODUCTION";

  /**
   * One obligation.
   *
   * @param kind e.g. {@link #RENEGOTIATE_BEFORE_PRODUCTION}
   * @param description what must happen and why, in words
   * @param createdBy the manager whose decision created it
   * @param createdAt when, engine clock
   */
  public record Obligation(String kind, String description, String createdBy, Instant createdAt) {}

  private final NegotiationObligationRepository repository;

  NegotiationObligations(NegotiationObligationRepository repository) {
    this.repository = repository;
  }

  /** Every obligation of the procurement, oldest first; empty when there is none. */
  @Transactional(readOnly = true)
  public List<Obligation> of(long procurementId) {
    return repository.findByProcurementIdOrderByIdAsc(procurementId).stream().map(NegotiationObligation::toRecord).toList();
  }

  @Transactional
  void add(long procurementId, String kind, String description, String createdBy, Instant at) {
    repository.save(new NegotiationObligation(procurementId, kind, description, createdBy, at));
  }
}
