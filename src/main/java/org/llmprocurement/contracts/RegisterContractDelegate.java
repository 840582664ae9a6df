package org.llmprocurement.contracts;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Register contract": enters the procurement's contract into the register (once). */
@Component("registerContract")
class RegisterContractDelegate implements JavaDelegate {

  private final ContractRegister register;

  RegisterContractDelegate(ContractRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.register(ContractRegistrationProcess.PROCUREMENT_ID.from(execution).get());
  }
}
