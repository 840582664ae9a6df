package org.llmprocurement.exit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The exit runbook's timer delegates, thin: each reads the exit from the process and hands it to
 * {@link ContractExits}. "Retain record and close contract" is {@link RetainAndCloseDelegate}.
 */
@Configuration
class ExitDelegates {

  @Bean
  JavaDelegate remindOfExportDeadline(ContractExits exits) {
    return execution -> exits.remind(exitId(execution), ExitStep.VERIFY_EXPORT);
  }

  @Bean
  JavaDelegate escalateOverdueExport(ContractExits exits) {
    return execution -> exits.escalate(exitId(execution), ExitStep.VERIFY_EXPORT);
  }

  @Bean
  JavaDelegate remindOfDeletionDeadline(ContractExits exits) {
    return execution -> exits.remind(exitId(execution), ExitStep.VERIFY_CERTIFICATE);
  }

  @Bean
  JavaDelegate escalateOverdueExitDeletion(ContractExits exits) {
    return execution -> exits.escalate(exitId(execution), ExitStep.VERIFY_CERTIFICATE);
  }

  /** The runbook ended: a cancelled exit (its instance deleted) no longer freezes the contract. */
  @Bean
  org.camunda.bpm.engine.delegate.ExecutionListener contractExitEnded(ContractExits exits) {
    return execution -> {
      Long exitId = ContractExitProcess.EXIT_ID.from(execution).getOptional().orElse(null);
      if (exitId != null) {
        exits.ended(exitId);
      }
    };
  }

  private static long exitId(DelegateExecution execution) {
    return ContractExitProcess.EXIT_ID.from(execution).get();
  }
}
