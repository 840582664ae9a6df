package org.llmprocurement.review;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the review: read typed variables, call one collaborator, write variables. */
@Configuration
class ReviewDelegates {

  private static long procurementId(DelegateExecution execution) {
    return ProcurementLifecycle.PROCUREMENT_ID.from(execution).get();
  }

  /** Lifecycle: creates the review items for the confirmed tier and sets the review due date. */
  @Bean
  JavaDelegate prepareClauseReview(ReviewDecisions decisions, PinnedVersions pinned) {
    return execution -> {
      long procurementId = procurementId(execution);
      decisions.prepare(procurementId);
      Thresholds bars = pinned.thresholdsOf(procurementId);
      ProcessData.write(ProcurementLifecycle.REVIEW_DUE, execution,
          Date.from(EngineClock.now().plus(bars.getInt("reviewDueDays"), ChronoUnit.DAYS)));
    };
  }

  /** Role review: cuts the role's items into task-sized packages. */
  @Bean
  JavaDelegate prepareReviewPackages(ReviewPackaging packaging) {
    // transient: the multi-instance reads the collection once, in this transaction, to create the
    // review tasks; each task keeps its own package (issue 14: five rows and byte arrays fewer)
    return execution -> ProcessData.handOver(ClauseReviewProcess.PACKAGES, execution,
        packaging.packages(procurementId(execution), ClauseReviewProcess.ROLE.from(execution).get()).stream()
            .map(ReviewPackage::key).toList());
  }

  /** Role review: are there waivers or disputed findings to approve, and who approves waivers? */
  @Bean
  JavaDelegate collectPendingApprovals(ReviewApprovals approvals, PinnedVersions pinned) {
    return execution -> {
      long procurementId = procurementId(execution);
      String role = ClauseReviewProcess.ROLE.from(execution).get();
      ProcessData.write(ClauseReviewProcess.WAIVERS_PENDING, execution,
          !approvals.pending(procurementId, role, ReviewStatus.WAIVER_PENDING).isEmpty());
      ProcessData.write(ClauseReviewProcess.DISPUTES_PENDING, execution,
          !approvals.pending(procurementId, role, ReviewStatus.DISPUTE_PENDING).isEmpty());
      ProcessData.write(ClauseReviewProcess.WAIVER_APPROVER, execution,
          pinned.thresholdsOf(procurementId).waiverApproverRole());
    };
  }

  /** Lifecycle: all roles done; stores the outcome and routes to the right end. */
  @Bean
  JavaDelegate consolidateReview(ReviewConsolidation consolidation) {
    return execution -> {
      ReviewOutcome outcome = consolidation.consolidate(procurementId(execution));
      ProcessData.write(ProcurementLifecycle.REVIEW_OUTCOME, execution, outcome.getOutcome().name());
      ProcessData.write(ProcurementLifecycle.NO_GO_GAPS, execution, outcome.getNoGoGapCount());
    };
  }

  /** Role review overdue: e-mails the managers; the reviewers' tasks and their work stay as they are. */
  @Bean
  JavaDelegate notifyManagersOfOverdueReview(GroupMail groupMail) {
    return execution -> {
      String role = ClauseReviewProcess.ROLE.from(execution).get();
      String businessKey = execution.getProcessBusinessKey();
      groupMail.notifyGroup(Groups.MANAGERS,
          "Overdue: " + ReviewForms.roleName(role) + " clause review of " + businessKey,
          "The " + ReviewForms.roleName(role) + " review of procurement " + businessKey + " was due on "
              + ProcurementLifecycle.REVIEW_DUE.from(execution).getOrNull() + " and is not finished.\n"
              + "The reviewers' tasks stay open with their work; please follow up with the " + role + " group.");
    };
  }
}
