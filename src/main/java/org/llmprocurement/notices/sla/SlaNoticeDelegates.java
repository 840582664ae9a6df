package org.llmprocurement.notices.sla;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.NoticeProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the SLA violation, harmful output and service change processes: read ids, call the service, set routing. */
@Configuration
class SlaNoticeDelegates {

  /** Records the violation; sets its id and whether the termination threshold is reached (never for a repeated notice). */
  @Bean
  JavaDelegate recordSlaViolation(SlaViolations violations) {
    return execution -> {
      SlaViolations.Recorded recorded = violations.record(NoticeProcess.NOTICE_ID.from(execution).get());
      ProcessData.write(SlaNoticeProcesses.SLA_VIOLATION_ID, execution, recorded.violation().getId());
      ProcessData.write(SlaNoticeProcesses.THRESHOLD_REACHED_FLAG, execution,
          !recorded.duplicate() && recorded.violation().isThresholdReached());
    };
  }

  @Bean
  JavaDelegate settleSlaViolationNotice(SlaViolations violations) {
    return execution -> violations.settle(NoticeProcess.NOTICE_ID.from(execution).get(),
        SlaNoticeProcesses.SLA_VIOLATION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate recordRepeatedSlaViolations(SlaViolations violations) {
    return execution -> violations.recordRepeated(SlaNoticeProcesses.SLA_VIOLATION_ID.from(execution).get());
  }

  @Bean
  JavaDelegate notifySlaRemedy(SlaViolations violations) {
    return execution -> violations.notifyRemedy(SlaNoticeProcesses.SLA_VIOLATION_ID.from(execution).get());
  }

  /** Stores the report; sets its id and the business owner (the procurement's requester) for the decision task. */
  @Bean
  JavaDelegate recordHarmfulOutput(HarmfulOutputReports reports) {
    return execution -> {
      HarmfulOutputReport report = reports.record(NoticeProcess.NOTICE_ID.from(execution).get());
      ProcessData.write(SlaNoticeProcesses.HARMFUL_OUTPUT_ID, execution, report.getId());
      ProcessData.write(SlaNoticeProcesses.BUSINESS_OWNER, execution, report.getBusinessOwner());
    };
  }

  @Bean
  JavaDelegate recordMissedRemediation(HarmfulOutputReports reports) {
    return execution -> reports.missedRemediation(SlaNoticeProcesses.HARMFUL_OUTPUT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate notifyUseCaseSuspension(HarmfulOutputReports reports) {
    return execution -> reports.notifySuspension(SlaNoticeProcesses.HARMFUL_OUTPUT_ID.from(execution).get());
  }

  /** Stores the change (late-notice breach, register status); sets its id and the decision's due date. */
  @Bean
  JavaDelegate recordServiceChange(ServiceChanges changes) {
    return execution -> {
      ServiceChange change = changes.record(NoticeProcess.NOTICE_ID.from(execution).get());
      ProcessData.write(SlaNoticeProcesses.SERVICE_CHANGE_ID, execution, change.getId());
      ProcessData.write(SlaNoticeProcesses.EXIT_DECISION_DUE_AT, execution, changes.decisionDueAt(change));
    };
  }

  @Bean
  JavaDelegate recordServiceChangeExit(ServiceChanges changes) {
    return execution -> changes.recordExit(SlaNoticeProcesses.SERVICE_CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate escalateUndecidedServiceExit(ServiceChanges changes) {
    return execution -> changes.escalate(SlaNoticeProcesses.SERVICE_CHANGE_ID.from(execution).get());
  }
}
