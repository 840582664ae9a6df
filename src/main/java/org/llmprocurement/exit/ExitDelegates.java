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

  private static long exitId(DelegateExecution execution) {
    return ContractExitProcess.EXIT_ID.from(execution).get();
  }
}
