package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the audit evidence processes: read typed variables, call one service, write variables. */
@Configuration
class AuditEvidenceDelegates {

  /** Requests the evidence that is due and sets the next check (or that the contract has ended). */
  @Bean
  JavaDelegate scheduleEvidenceRequests(AuditEvidence evidence) {
    return execution -> {
      AuditEvidence.Schedule schedule = evidence.schedule(AuditEvidenceProcess.CONTRACT_ID.from(execution).get());
      ProcessData.write(AuditEvidenceProcess.CONTRACT_IN_FORCE, execution, schedule.inForce());
      if (schedule.inForce()) {
        ProcessData.write(AuditEvidenceProcess.NEXT_CHECK, execution, BusinessCalendar.startOf(schedule.nextCheck()));
      }
    };
  }

  /** The request is overdue: marked so, managers notified. */
  @Bean
  JavaDelegate escalateOverdueEvidence(AuditEvidence evidence) {
    return execution -> ProcessData.write(EvidenceRequestProcess.NEEDED, execution,
        evidence.escalate(EvidenceRequestProcess.REQUEST_ID.from(execution).get()).isOpen());
  }
}
