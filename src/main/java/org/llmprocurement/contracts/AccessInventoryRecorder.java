package org.llmprocurement.contracts;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * On the start event of {@code maintain-access-inventory}: writes the change to the access inventory
 * with who made it and this process instance, gives the process the contract's business key, and
 * replaces the submitted fields by what the change did (contract, entry, action).
 */
@Component("accessInventoryRecorder")
class AccessInventoryRecorder implements ExecutionListener {

  private final AccessInventory inventory;
  private final IdentityService identity;

  AccessInventoryRecorder(AccessInventory inventory, IdentityService identity) {
    this.inventory = inventory;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Validation<AccessInventory.Change> valid = inventory.validateStart(Values.plain(execution.getVariables()));
    if (!valid.valid()) {
      // the start guard validated this already; reaching here means a guard was bypassed
      throw new IllegalStateException("invalid access inventory change reached the process: " + valid.problems());
    }
    AccessInventory.Change change = valid.value();
    ContractAccessEntry entry = inventory.record(change, EngineIdentity.current(identity).userId(),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(change.contract().getBusinessKey());
    execution.removeVariables(AccessInventory.START_FIELDS);
    ProcessData.write(AccessInventoryProcess.CONTRACT_ID, execution, change.contract().getId());
    ProcessData.write(AccessInventoryProcess.ENTRY_ID, execution, entry.getId());
    ProcessData.write(AccessInventoryProcess.ACTION, execution, change.action().name());
  }
}
