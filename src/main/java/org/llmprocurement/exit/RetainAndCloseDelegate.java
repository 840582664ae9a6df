package org.llmprocurement.exit;

import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * "Retain record and close contract" (async, as system work): the retention period of the
 * contract's tier ({@link RecordRetention}) becomes the removal time of every related process
 * instance's history, the register entry becomes CLOSED with the exit, and the contract life ends
 * (message {@code ContractClosed}).
 */
@Component("retainAndCloseContract")
class RetainAndCloseDelegate implements JavaDelegate {

  /** TEMP until contract-life 1.2.0 merges: ContractLifeProcess.MESSAGE_CLOSED. */
  private static final String CONTRACT_CLOSED = "ContractClosed";

  private final ContractExits exits;
  private final RecordRetention retention;
  private final RuntimeService runtime;
  private final IdentityService identity;

  RetainAndCloseDelegate(ContractExits exits, RecordRetention retention, RuntimeService runtime, IdentityService identity) {
    this.exits = exits;
    this.retention = retention;
    this.runtime = runtime;
    this.identity = identity;
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
    SystemAccess.withoutAuthorization(identity, () -> runtime.createMessageCorrelation(CONTRACT_CLOSED)
        .processInstanceBusinessKey(contract.getBusinessKey()).correlateAllWithResult());
  }
}
