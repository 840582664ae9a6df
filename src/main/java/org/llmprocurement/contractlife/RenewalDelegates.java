package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.negotiation.NegotiationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the pre-renewal review: read typed variables, call {@link RenewalReviews}, write variables. */
@Configuration
class RenewalDelegates {

  private static long reviewId(DelegateExecution execution) {
    return ContractRenewalProcess.REVIEW_ID.from(execution).get();
  }

  /** Starts the review record; sets its escalation timer and the functions asked for their view. */
  @Bean
  JavaDelegate gatherRenewalView(RenewalReviews reviews) {
    return execution -> {
      RenewalReview review = reviews.start(ContractLifeProcess.CONTRACT_ID.from(execution).get(),
          execution.getProcessInstanceId());
      ProcessData.write(ContractRenewalProcess.REVIEW_ID, execution, review.getId());
      ProcessData.write(ContractRenewalProcess.ESCALATION_DATE, execution, reviews.escalationTimer(review));
      ProcessData.write(ContractRenewalProcess.ASSESSING_ROLES, execution, RenewalReviews.ASSESSING_ROLES);
    };
  }

  /**
   * The entry was amended while the review waits: the escalation day again from the amended
   * deadline, and an open "Decide renewal" task is due on the new day too (Tasklist sorts by it).
   */
  @Bean
  JavaDelegate rescheduleRenewalEscalation(RenewalReviews reviews, org.camunda.bpm.engine.TaskService tasks,
      org.camunda.bpm.engine.IdentityService identity) {
    return execution -> {
      java.util.Date escalation = reviews.escalationTimer(reviews.reschedule(reviewId(execution)));
      ProcessData.write(ContractRenewalProcess.ESCALATION_DATE, execution, escalation);
      org.llmprocurement.engine.SystemAccess.withoutAuthorization(identity, () -> {
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKey(ContractRenewalProcess.DECIDE).list().forEach(task -> {
              task.setDueDate(escalation);
              tasks.saveTask(task);
            });
        return null;
      });
    };
  }

  /** No decision by the escalation day: record it and tell the managers. */
  @Bean
  JavaDelegate escalateRenewalDecision(RenewalReviews reviews) {
    return execution -> reviews.escalate(reviewId(execution));
  }

  /** RENEW: the register's term end moves; outcome RENEWED. */
  @Bean
  JavaDelegate renewContract(RenewalReviews reviews) {
    return execution -> {
      reviews.renew(reviewId(execution));
      ProcessData.write(ContractLifeProcess.RENEWAL_OUTCOME, execution, ContractRenewalProcess.RENEWED);
    };
  }

  /** RENEGOTIATE: hands the procurement, its tier, the listed items and the reason to the negotiation. */
  @Bean
  JavaDelegate prepareRenegotiation(RenewalReviews reviews) {
    return execution -> {
      RenewalReview review = reviews.review(reviewId(execution));
      Contract contract = reviews.contract(review.getContractId());
      ProcessData.write(ProcurementLifecycle.PROCUREMENT_ID, execution, review.getProcurementId());
      ProcessData.write(NegotiationProcess.RISK_TIER, execution, contract.getRiskTier().name());
      ProcessData.write(NegotiationProcess.RETURN_ITEMS, execution,
          String.join(",", reviews.prepareRenegotiation(review.getId())));
      ProcessData.write(NegotiationProcess.RETURN_REASON, execution, "Renewal review: " + review.getReason());
    };
  }

  /** After the negotiation: AGREED renews the term as decided (RENEWED), ABANDONED ends in an exit (EXIT). */
  @Bean
  JavaDelegate applyNegotiationOutcome(RenewalReviews reviews) {
    return execution -> ProcessData.write(ContractLifeProcess.RENEWAL_OUTCOME, execution,
        reviews.afterNegotiation(reviewId(execution),
        NegotiationProcess.OUTCOME.from(execution).get()));
  }

  /** EXIT decided (or negotiation abandoned): the review closes; outcome EXIT. */
  @Bean
  JavaDelegate recordExitDecision(RenewalReviews reviews) {
    return execution -> {
      reviews.exit(reviewId(execution));
      ProcessData.write(ContractLifeProcess.RENEWAL_OUTCOME, execution, ContractRenewalProcess.EXIT);
    };
  }
}
