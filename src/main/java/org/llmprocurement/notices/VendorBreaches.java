package org.llmprocurement.notices;

import java.time.Instant;
import java.util.List;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breaches recorded against a contract's vendor while handling its notices: late or missing
 * notice, missed deadlines, data outside the contracted regions, repeated SLA violations. Counted
 * per contract and kind for the register, the renewal review and the exit decision.
 */
@Service
public class VendorBreaches {

  private final VendorBreachRepository breaches;
  private final ContractRegister register;

  VendorBreaches(VendorBreachRepository breaches, ContractRegister register) {
    this.breaches = breaches;
    this.register = register;
  }

  /**
   * Records one breach.
   *
   * @param contractId the register entry
   * @param noticeId the notice whose handling found it, or {@code null}
   * @param description what the vendor failed to do, with the contracted figure (at most 4,000 characters; longer is cut)
   * @param occurredAt when it happened (a deadline's moment, the late notice's arrival)
   * @throws IllegalArgumentException when the contract does not exist
   */
  @Transactional
  public VendorBreach record(long contractId, BreachKind kind, Long noticeId, String description, Instant occurredAt) {
    Contract contract = register.find(contractId)
        .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
    String text = description.length() > 4000 ? description.substring(0, 4000) : description;
    return breaches.save(new VendorBreach(contractId, contract.getVendorId(), kind, noticeId, text, occurredAt, EngineClock.now()));
  }

  /** The contract's breaches, latest first. */
  @Transactional(readOnly = true)
  public List<VendorBreach> ofContract(long contractId) {
    return breaches.findByContractIdOrderByOccurredAtDescIdDesc(contractId);
  }

  /** How many breaches of the kind occurred at or after {@code since}. */
  @Transactional(readOnly = true)
  public long count(long contractId, BreachKind kind, Instant since) {
    return breaches.countByContractIdAndKindAndOccurredAtGreaterThanEqual(contractId, kind, since);
  }
}
