package org.llmprocurement.contracts;

import org.llmprocurement.intake.ExistingContracts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's answer to intake's {@link ExistingContracts}: a new use case may run under an
 * entry that is neither frozen by an exit (issue 10: "no new use cases on this contract") nor
 * terminated, expired or closed. Reads the repository directly, since {@link ContractRegister}
 * itself depends on intake.
 */
@Component
class RegisterExistingContracts implements ExistingContracts {

  private final ContractRepository contracts;

  RegisterExistingContracts(ContractRepository contracts) {
    this.contracts = contracts;
  }

  @Override
  @Transactional(readOnly = true)
  public Lookup resolve(String contractReference) {
    String reference = contractReference == null ? "" : contractReference.strip();
    return contracts.findByContractReference(reference).map(RegisterExistingContracts::lookup)
        .orElseGet(() -> NONE.resolve(reference));
  }

  static Lookup lookup(Contract c) {
    String named = "contract '" + c.getContractReference() + "' (" + c.getBusinessKey() + ")";
    if (c.getFrozenByExit() != null) {
      return Lookup.refused(named + " is frozen by exit " + c.getFrozenByExit() + " since " + c.getFrozenAt()
          + ": no new use cases run under a contract we are leaving");
    }
    if (c.getStatus().isEnded()) {
      return Lookup.refused(named + " is " + c.getStatus() + ": no new use cases run under an ended contract");
    }
    return Lookup.open(c.getId());
  }
}
