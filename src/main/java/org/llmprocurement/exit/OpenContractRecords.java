package org.llmprocurement.exit;

import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.RecordHold;
import org.springframework.stereotype.Component;

/**
 * A register entry holds the Camunda history of its business key (procurement, contract life,
 * notices, exit) until its exit closes it; the exit's "Retain and close" then gives that history
 * the tier's retention ({@link RecordRetention}). Asked as a root process instance ends.
 */
@Component
class OpenContractRecords implements RecordHold {

  private final ContractRegister register;

  OpenContractRecords(ContractRegister register) {
    this.register = register;
  }

  @Override
  public boolean holds(String businessKey) {
    return register.ofBusinessKey(businessKey).map(c -> c.getStatus() != ContractStatus.CLOSED).orElse(false);
  }
}
