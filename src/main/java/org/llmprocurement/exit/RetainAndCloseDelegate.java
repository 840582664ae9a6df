package org.llmprocurement.exit;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Retain record and close contract" (asynchronous, as system work): the retention period of the
 * contract's tier ({@link RecordRetention}) becomes the removal time of every related process
 * instance's history, and the register entry becomes CLOSED with the exit; the contract life ends
 * on that status change (contract-life's "Close contract life").
 */
@Component("retainAndCloseContract")
class RetainAndCloseDelegate implements JavaDelegate {

  private final ContractExits exits;
  private final RecordRetention retention;

  RetainAndCloseDelegate(ContractExits exits, RecordRetention retention) {
    this.exits = exits;
    this.retention = retention;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long exitId = ContractExitProcess.EXIT_ID.from(execution).get();
    ContractExit exit = exits.get(exitId);
    Contract contract = exits.contract(exit);
    Instant now = EngineClock.now();
    RecordRetention.Retained retained = retention.retain(contract.getBusinessKey(), contract.getRiskTier(), now);
    exits.close(exitId, retained.retentionYears(), retained.retainUntil(), ExitRules.evidence(
        "retentionYears", retained.retentionYears(), "retainUntil", retained.retainUntil().toString(),
        "processInstances", retained.processInstanceIds().size(), "removalTimeBatch", retained.batchId()));
  }
}
