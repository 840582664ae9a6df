package org.llmprocurement.review;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.identity.SystemAccess;
import org.llmprocurement.intake.IntakeProcess;
import org.llmprocurement.notification.MailGateway;
import org.llmprocurement.notification.Notification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the review: read variables, call {@link ReviewService}, write variables. */
@Configuration
class ReviewDelegates {

  private static long procurementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(IntakeProcess.VAR_PROCUREMENT_ID)).longValue();
  }

  /** Lifecycle: creates the review items for the confirmed tier and sets the review due date. */
  @Bean
  JavaDelegate prepareClauseReview(ReviewService review) {
    return execution -> {
      long procurementId = procurementId(execution);
      review.prepare(procurementId);
      Thresholds bars = review.thresholdsOf(procurementId);
      execution.setVariable(ReviewProcess.VAR_DUE,
          Date.from(ReviewService.now().plus(bars.getInt("reviewDueDays"), ChronoUnit.DAYS)));
    };
  }

  /** Role review: cuts the role's items into task-sized packages. */
  @Bean
  JavaDelegate prepareReviewPackages(ReviewService review) {
    return execution -> execution.setVariable(ReviewProcess.VAR_PACKAGES,
        review.packages(procurementId(execution), (String) execution.getVariable(ReviewProcess.VAR_ROLE)));
  }

  /** Role review: are there waivers or disputed findings to approve, and who approves waivers? */
  @Bean
  JavaDelegate collectPendingApprovals(ReviewService review) {
    return execution -> {
      long procurementId = procurementId(execution);
      String role = (String) execution.getVariable(ReviewProcess.VAR_ROLE);
      execution.setVariable(ReviewProcess.VAR_WAIVERS_PENDING, !review.pending(procurementId, role, ReviewStatus.WAIVER_PENDING).isEmpty());
      execution.setVariable(ReviewProcess.VAR_DISPUTES_PENDING, !review.pending(procurementId, role, ReviewStatus.DISPUTE_PENDING).isEmpty());
      execution.setVariable(ReviewProcess.VAR_WAIVER_APPROVER, review.thresholdsOf(procurementId).waiverApproverRole());
    };
  }

  /** Lifecycle: all roles done; stores the outcome and routes to the right end. */
  @Bean
  JavaDelegate consolidateReview(ReviewService review) {
    return execution -> {
      ReviewOutcome outcome = review.consolidate(procurementId(execution));
      execution.setVariable(ReviewProcess.VAR_OUTCOME, outcome.getOutcome().name());
      execution.setVariable("noGoGaps", outcome.getNoGoGapCount());
    };
  }

  /** Role review overdue: e-mails the managers; the reviewers' tasks and their work stay as they are. */
  @Bean
  JavaDelegate notifyManagersOfOverdueReview(IdentityService identity, MailGateway mail) {
    return execution -> {
      List<String> managers = SystemAccess.withoutAuthorization(identity, () ->
          identity.createUserQuery().memberOfGroup(Groups.MANAGERS).list().stream()
              .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList());
      String role = (String) execution.getVariable(ReviewProcess.VAR_ROLE);
      String businessKey = execution.getProcessBusinessKey();
      Notification notification = new Notification(managers,
          "Overdue: " + ReviewService.roleName(role) + " clause review of " + businessKey,
          "The " + ReviewService.roleName(role) + " review of procurement " + businessKey + " was due on "
              + execution.getVariable(ReviewProcess.VAR_DUE) + " and is not finished.\n"
              + "The reviewers' tasks stay open with their work; please follow up with the " + role + " group.");
      Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> mail.send(notification));
    };
  }
}
