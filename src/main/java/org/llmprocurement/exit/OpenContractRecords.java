package org.llmprocurement.exit;

import java.util.Comparator;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.RecordHold;
import org.springframework.stereotype.Component;

/**
 * A register entry holds the Camunda history of its business key (procurement, contract life,
 * notices, exit) until its exit closes it; the exit's "Retain and close" then gives that history
 * the tier's retention ({@link RecordRetention}), and an instance of the contract that ends after
 * the close (a deletion request still open, say) gets the same retention end. Asked as a root
 * process instance ends.
 */
@Component
class OpenContractRecords implements RecordHold {

  private final ContractRegister register;
  private final ContractExitRepository exits;

  OpenContractRecords(ContractRegister register, ContractExitRepository exits) {
    this.register = register;
    this.exits = exits;
  }

  @Override
  public Verdict of(String businessKey) {
    return register.ofBusinessKey(businessKey).map(contract -> {
      if (contract.getStatus() != ContractStatus.CLOSED) {
        return Verdict.HELD;
      }
      return exits.findByContractIdOrderByIdDesc(contract.getId()).stream()
          .filter(e -> e.getRetainUntil() != null).max(Comparator.comparing(ContractExit::getRetainUntil))
          .map(e -> Verdict.retainedUntil(e.getRetainUntil())).orElse(Verdict.NONE);
    }).orElse(Verdict.NONE);
  }
}
