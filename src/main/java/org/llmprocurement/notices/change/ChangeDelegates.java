package org.llmprocurement.notices.change;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.NoticeProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the change notices' processes: read the ids, call {@link ChangeNotices}, set routing variables. */
@Configuration
class ChangeDelegates {

  /** Opens the model change, records a notice breach if any, opens the validation window. */
  @Bean
  JavaDelegate compareModelChange(ChangeNotices changes) {
    return execution -> {
      VendorChange row = changes.openModelChange(NoticeProcess.NOTICE_ID.from(execution).get(), execution.getProcessInstanceId());
      ProcessData.write(ChangeProcesses.CHANGE_ID, execution, row.getId());
      ProcessData.write(ChangeProcesses.VALIDATION_WINDOW_DUE_AT, execution, ChangeWindows.dueAt(row.getWindowEnds()));
      ProcessData.write(ChangeProcesses.ASSESSING_GROUPS, execution, ChangeNotices.MODEL_ASSESSING_GROUPS);
    };
  }

  @Bean
  JavaDelegate escalateUndecidedModelChange(ChangeNotices changes) {
    return execution -> changes.escalateUndecided(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate pinNewModelVersion(ChangeNotices changes) {
    return execution -> changes.pinNewVersion(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  /** Records the rollback request and its deadline; the confirmation task is due the day after. */
  @Bean
  JavaDelegate requestModelRollback(ChangeNotices changes) {
    return execution -> {
      LocalDate deadline = changes.requestRollback(ChangeProcesses.CHANGE_ID.from(execution).get());
      ProcessData.write(ChangeProcesses.ROLLBACK_DUE_AT, execution, ChangeWindows.dueAt(deadline));
    };
  }

  @Bean
  JavaDelegate escalateMissedRollback(ChangeNotices changes) {
    return execution -> changes.escalateMissedRollback(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  /** Opens the subprocessor change, records a notice breach if any, opens the objection window. */
  @Bean
  JavaDelegate compareSubprocessorChange(ChangeNotices changes) {
    return execution -> {
      VendorChange row = changes.openSubprocessorChange(NoticeProcess.NOTICE_ID.from(execution).get(),
          execution.getProcessInstanceId());
      ProcessData.write(ChangeProcesses.CHANGE_ID, execution, row.getId());
      ProcessData.write(ChangeProcesses.OBJECTION_WINDOW_DUE_AT, execution, ChangeWindows.dueAt(row.getWindowEnds()));
    };
  }

  @Bean
  JavaDelegate escalateUndecidedObjection(ChangeNotices changes) {
    return execution -> changes.escalateUndecided(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate updateRegisterSubprocessors(ChangeNotices changes) {
    return execution -> changes.updateSubprocessors(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate sendSubprocessorObjection(ChangeNotices changes) {
    return execution -> changes.sendObjection(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  /** Opens the region change and records a notice breach if any. */
  @Bean
  JavaDelegate compareRegionChange(ChangeNotices changes) {
    return execution -> {
      VendorChange row = changes.openRegionChange(NoticeProcess.NOTICE_ID.from(execution).get(), execution.getProcessInstanceId());
      ProcessData.write(ChangeProcesses.CHANGE_ID, execution, row.getId());
    };
  }

  @Bean
  JavaDelegate recordOutOfRegionBreach(ChangeNotices changes) {
    return execution -> changes.recordOutOfRegionBreach(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate suspendOutOfRegionDataFlow(ChangeNotices changes) {
    return execution -> changes.suspendDataFlow(ChangeProcesses.CHANGE_ID.from(execution).get());
  }

  @Bean
  JavaDelegate notifyRegionExitDecision(ChangeNotices changes) {
    return execution -> changes.notifyExit(ChangeProcesses.CHANGE_ID.from(execution).get());
  }
}
