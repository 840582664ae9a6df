package org.llmprocurement.contractlife;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/** "Schedule renewal review": sets the renewal timer from the register entry as it stands now. */
@Component("scheduleRenewalReview")
class ScheduleRenewalReviewDelegate implements JavaDelegate {

  private final ContractRegister register;
  private final RenewalSchedule schedule;

  ScheduleRenewalReviewDelegate(ContractRegister register, RenewalSchedule schedule) {
    this.register = register;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long contractId = ContractLifeProcess.CONTRACT_ID.from(execution).get();
    var contract = register.find(contractId).orElseThrow(() -> new IllegalStateException("contract " + contractId + " does not exist"));
    ProcessData.write(ContractLifeProcess.RENEWAL_KICK_OFF, execution,
        BusinessCalendar.startOf(schedule.kickOff(contract, EngineClock.today())));
  }
}
