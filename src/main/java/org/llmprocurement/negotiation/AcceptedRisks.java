package org.llmprocurement.negotiation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gaps accepted as risk per procurement. Callers validate first (no-go gaps can never be
 * accepted; see the negotiation escalation guard); this store only refuses a second acceptance of
 * the same requirement.
 */
@Service
public class AcceptedRisks {

  private final AcceptedRiskRepository repository;

  AcceptedRisks(AcceptedRiskRepository repository) {
    this.repository = repository;
  }

  /**
   * Stores the acceptances in one transaction.
   *
   * @throws IllegalStateException when a requirement of the procurement is already accepted
   */
  @Transactional
  public void accept(long procurementId, List<AcceptedRisk> risks) {
    for (AcceptedRisk risk : risks) {
      if (repository.existsByProcurementIdAndRequirementId(procurementId, risk.requirementId())) {
        throw new IllegalStateException("Requirement " + risk.requirementId() + " is already accepted as risk");
      }
      repository.save(new AcceptedRiskEntity(procurementId, risk));
    }
  }

  /** Every acceptance of the procurement, expired or not, by requirement id. */
  @Transactional(readOnly = true)
  public List<AcceptedRisk> of(long procurementId) {
    return repository.findByProcurementIdOrderByRequirementId(procurementId).stream()
        .map(AcceptedRiskEntity::toRecord)
        .toList();
  }
}
