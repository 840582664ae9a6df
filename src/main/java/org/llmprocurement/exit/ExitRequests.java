package org.llmprocurement.exit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the exit runbook when a stage decides to exit ({@link ContractEvent.ExitRequested}), inside
 * the deciding transaction and as system work: a new {@code contract-exit} instance with the
 * decision's trigger and reason, or, when an exit already runs for the entry, the decision recorded
 * on it. A closed entry is left alone (logged).
 */
@Component
class ExitRequests {

  private static final Logger LOG = LoggerFactory.getLogger(ExitRequests.class);

  private final ContractExits exits;
  private final ContractRegister register;
  private final RuntimeService runtime;
  private final IdentityService identity;

  ExitRequests(ContractExits exits, ContractRegister register, RuntimeService runtime, IdentityService identity) {
    this.exits = exits;
    this.register = register;
    this.runtime = runtime;
    this.identity = identity;
  }

  @EventListener
  public void on(ContractEvent.ExitRequested request) {
    Optional<Contract> contract = register.find(request.contractId());
    if (contract.isEmpty() || contract.get().getStatus() == ContractStatus.CLOSED) {
      LOG.warn("exit requested ({}) for contract {} which is {}; nothing started", request.trigger(), request.contractId(),
          contract.map(c -> c.getStatus().name()).orElse("not in the register"));
      return;
    }
    String reason = reason(request);
    Optional<ContractExit> running = exits.running(request.contractId());
    if (running.isPresent()) {
      exits.addRequest(running.get(), request.trigger(), reason, request.requestedBy());
      return;
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ContractExitProcess.CONTRACT_ID.getName(), request.contractId());
    variables.put(ContractExitProcess.REASON.getName(), reason);
    variables.put(ContractExitProcess.TRIGGER.getName(), request.trigger().name());
    if (request.requestedBy() != null) {
      variables.put(ContractExits.REQUESTED_BY, request.requestedBy());
    }
    SystemAccess.withoutAuthorization(identity,
        () -> runtime.createProcessInstanceByKey(ContractExitProcess.KEY).setVariables(variables).execute());
  }

  /** The decision's reason, completed to the 10 characters an exit needs and cut to 2,000. */
  static String reason(ContractEvent.ExitRequested request) {
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.length() < ExitRules.MIN_REASON) {
      reason = "Exit decided (" + request.trigger() + ")" + (reason.isEmpty() ? "" : ": " + reason);
    }
    return reason.length() > ContractExits.MAX_REASON ? reason.substring(0, ContractExits.MAX_REASON) : reason;
  }
}
