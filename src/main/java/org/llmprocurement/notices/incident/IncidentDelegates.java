package org.llmprocurement.notices.incident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.NoticeProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code vendor-security-incident}: read ids, call {@link SecurityIncidents}, set routing variables. */
@Configuration
class IncidentDelegates {

  /** Whether the notice updates an open incident. */
  @Bean
  JavaDelegate readIncidentNotice(SecurityIncidents incidents) {
    return execution -> ProcessData.write(IncidentProcess.INCIDENT_UPDATE, execution,
        incidents.read(NoticeProcess.NOTICE_ID.from(execution).get()).isUpdate());
  }

  /** Adds the update to its incident and settles the update notice. */
  @Bean
  JavaDelegate addVendorIncidentUpdate(SecurityIncidents incidents) {
    return execution -> ProcessData.write(IncidentProcess.INCIDENT_ID, execution,
        incidents.addUpdate(NoticeProcess.NOTICE_ID.from(execution).get()).getId());
  }

  /** Opens the incident; sets its id, whether contents are complete, the deadlines and the update cycle. */
  @Bean
  JavaDelegate openSecurityIncident(SecurityIncidents incidents) {
    return execution -> {
      SecurityIncident incident = incidents.open(NoticeProcess.NOTICE_ID.from(execution).get(), execution.getProcessInstanceId());
      ProcessData.write(IncidentProcess.INCIDENT_ID, execution, incident.getId());
      ProcessData.write(IncidentProcess.CONTENTS_COMPLETE, execution, incident.getMissingContents().isEmpty());
      ProcessData.write(IncidentProcess.ROOT_CAUSE_DUE_AT, execution,
          IncidentRules.passedAt(incident.getRootCauseDue()));
      ProcessData.write(IncidentProcess.PLAN_DUE_AT, execution, IncidentRules.passedAt(incident.getPlanDue()));
      ProcessData.write(IncidentProcess.UPDATE_CHECK_CYCLE, execution,
          IncidentRules.updateCycle(incident.getNotifiedAt(), incident.getUpdateHours()));
    };
  }

  @Bean
  JavaDelegate escalateMissedRootCause(SecurityIncidents incidents) {
    return execution -> incidents.escalateRootCause(IncidentProcess.INCIDENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate escalateMissedCorrectiveActionPlan(SecurityIncidents incidents) {
    return execution -> incidents.escalatePlan(IncidentProcess.INCIDENT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate checkVendorIncidentUpdate(SecurityIncidents incidents) {
    return execution -> incidents.checkUpdate(IncidentProcess.INCIDENT_ID.from(execution).get());
  }

  /** The regime's next report: its id, owning group, due time and whether another follows, local to the regime's instance. */
  @Bean
  JavaDelegate scheduleRegulatoryReport(SecurityIncidents incidents) {
    return execution -> {
      SecurityIncidents.Scheduled scheduled = incidents.scheduleNext(IncidentProcess.INCIDENT_ID.from(execution).get(),
          RegulatoryRules.Regime.valueOf(IncidentProcess.REGIME.from(execution).get()));
      IncidentProcess.REPORT_ID.on(execution).setLocal(scheduled.report().getId());
      IncidentProcess.REPORT_GROUP.on(execution).setLocal(scheduled.report().getOwnerGroup());
      IncidentProcess.REPORT_DUE_AT.on(execution).setLocal(Date.from(scheduled.report().getDueAt()));
      IncidentProcess.FURTHER_REPORT_DUE.on(execution).setLocal(scheduled.furtherReportDue());
    };
  }

  @Bean
  JavaDelegate escalateOverdueRegulatoryReport(SecurityIncidents incidents) {
    return execution -> incidents.escalateReport(IncidentProcess.REPORT_ID.from(execution).get());
  }

  @Bean
  JavaDelegate closeSecurityIncident(SecurityIncidents incidents) {
    return execution -> incidents.closeIncident(IncidentProcess.INCIDENT_ID.from(execution).get());
  }
}
