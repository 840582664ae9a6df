package org.llmprocurement.contractlife;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries the register's changes into the engine, inside the register's own transaction: a new
 * entry starts its contract life (message {@code ContractRegistered}); a changed entry is told to
 * every execution of its business key waiting for {@code ContractAmended}, so waiting timers
 * reschedule; a closed entry ends its contract life ({@code ContractClosed}). System work: no user
 * may correlate these messages themselves.
 */
@Component
class ContractLifeEvents {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ContractRegister register;

  ContractLifeEvents(RuntimeService runtime, IdentityService identity, ContractRegister register) {
    this.runtime = runtime;
    this.identity = identity;
    this.register = register;
  }

  @EventListener
  void registered(ContractEvent.Registered event) {
    start(register.find(event.contractId()).orElseThrow());
  }

  @EventListener
  void amended(ContractEvent.Amended event) {
    SystemAccess.withoutAuthorization(identity, () -> runtime.createMessageCorrelation(ContractLifeProcess.MESSAGE_AMENDED)
        .processInstanceBusinessKey(event.businessKey())
        .correlateAllWithResult());
  }

  /**
   * The entry became CLOSED (end of its exit): its running contract life, if any (a renewal exit
   * ended it already), ends through the event subprocess "Close contract life".
   */
  @EventListener
  void statusChanged(ContractEvent.StatusChanged event) {
    if (event.status() == ContractStatus.CLOSED) {
      SystemAccess.withoutAuthorization(identity, () -> runtime.createMessageCorrelation(ContractLifeProcess.MESSAGE_CLOSED)
          .processInstanceBusinessKey(event.businessKey())
          .correlateAllWithResult());
    }
  }

  /** Whether the entry runs as a pilot until a pilot end date (then it gets a promotion review). */
  static boolean isPilot(Contract contract) {
    return contract.getPilotEndDate() != null;
  }

  /** Starts the entry's contract life unless one is running already; returns its instance id. */
  String start(Contract contract) {
    return SystemAccess.withoutAuthorization(identity, () -> {
      var running = runtime.createProcessInstanceQuery().processDefinitionKey(ContractLifeProcess.KEY)
          .processInstanceBusinessKey(contract.getBusinessKey()).list();
      if (!running.isEmpty()) {
        return running.get(0).getId();
      }
      return runtime.createMessageCorrelation(ContractLifeProcess.MESSAGE_REGISTERED)
          .processInstanceBusinessKey(contract.getBusinessKey())
          .setVariables(CamundaBpmData.builder().set(ContractLifeProcess.CONTRACT_ID, contract.getId())
              .set(ContractLifeProcess.PILOT, isPilot(contract)).build())
          .correlateStartMessage().getId();
    });
  }
}
