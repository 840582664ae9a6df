package org.llmprocurement.exit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * On the start event of {@code contract-exit}: records the exit with its trigger and reason, gives
 * the process the contract's business key, and replaces the submitted fields by the variables that
 * route the process (contract, exit, when the freeze is due).
 */
@Component("contractExitRecorder")
class ContractExitRecorder implements ExecutionListener {

  private final ContractExits exits;
  private final IdentityService identity;

  ContractExitRecorder(ContractExits exits, IdentityService identity) {
    this.exits = exits;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    java.util.Map<String, Object> values = Values.plain(execution.getVariables());
    // a trigger is set only by system work, which the start guard has checked as such
    boolean decided = values.get(ContractExitProcess.TRIGGER.getName()) != null;
    String userId = decided ? (String) values.get(ContractExits.REQUESTED_BY) : EngineIdentity.current(identity).userId();
    Validation<ContractExits.Start> valid = exits.validateStart(values, decided ? null : userId);
    if (!valid.valid()) {
      // the start guard validated this already; reaching here means a guard was bypassed
      throw new IllegalStateException("invalid exit start reached the process: " + valid.problems());
    }
    ContractExit exit = exits.record(valid.value(), userId, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(exit.getBusinessKey());
    execution.removeVariables(ContractExits.START_FIELDS);
    ProcessData.write(ContractExitProcess.CONTRACT_ID, execution, exit.getContractId());
    ProcessData.write(ContractExitProcess.EXIT_ID, execution, exit.getId());
    ProcessData.write(ContractExitProcess.FREEZE_DUE_AT, execution, exits.freezeDueAt(exit));
  }
}
