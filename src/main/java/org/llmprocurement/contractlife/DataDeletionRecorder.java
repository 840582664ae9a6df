package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * On the start event of {@code data-deletion-request}: stores the request with its deadline and
 * reminder date, gives the process the contract's business key, and replaces the submitted fields
 * by the variables that route the process (contract, request, timer dates).
 */
@Component("dataDeletionRecorder")
class DataDeletionRecorder implements ExecutionListener {

  private final DataDeletionRequests requests;
  private final IdentityService identity;

  DataDeletionRecorder(DataDeletionRequests requests, IdentityService identity) {
    this.requests = requests;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Validation<DataDeletionRequests.Request> valid = requests.validate(Values.plain(execution.getVariables()));
    if (!valid.valid()) {
      // the start guard validated this already; reaching here means a guard was bypassed
      throw new IllegalStateException("invalid deletion request reached the process: " + valid.problems());
    }
    DataDeletionRequest request = requests.record(valid.value(), EngineIdentity.current(identity).userId(),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(request.getBusinessKey());
    execution.removeVariables(DeletionRules.REQUEST_FIELDS);
    ProcessData.write(DataDeletionProcess.CONTRACT_ID, execution, request.getContractId());
    ProcessData.write(DataDeletionProcess.REQUEST_ID, execution, request.getId());
    ProcessData.write(DataDeletionProcess.REMINDER_AT, execution, DeletionRules.reminderAt(request.getReminderDate()));
    ProcessData.write(DataDeletionProcess.DUE_AT, execution, DeletionRules.dueAt(request.getDeadline()));
  }
}
