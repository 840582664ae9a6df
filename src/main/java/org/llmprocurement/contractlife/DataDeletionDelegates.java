package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code data-deletion-request}: read the request id, call the service. */
@Configuration
class DataDeletionDelegates {

  /** Reminder date reached: data governance is e-mailed to chase the vendor; the reminder is recorded. */
  @Bean
  JavaDelegate remindDataGovernanceOfDeletion(DataDeletionRequests requests) {
    return execution -> requests.remind(DataDeletionProcess.REQUEST_ID.from(execution).get());
  }

  /** Deadline passed: the request is marked overdue and the managers are e-mailed. */
  @Bean
  JavaDelegate escalateOverdueDeletion(DataDeletionRequests requests) {
    return execution -> requests.escalate(DataDeletionProcess.REQUEST_ID.from(execution).get());
  }
}
