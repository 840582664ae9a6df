package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract life of a register entry: started by registration, its renewal review started by
 * the clock at {@code non-renewal deadline - lead time}, moved by amendments, at once when the
 * kick-off has passed, and restarted for entries that never had one.
 */
class ContractLifeProcessTest extends ContractTest {

  @Autowired
  ContractLifeBackfill backfill;

  private ProcessInstance lifeOf(long contractId) {
    String businessKey = register.find(contractId).orElseThrow().getBusinessKey();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ContractLifeProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  private Job renewalTimer(ProcessInstance life) {
    return engine.getManagementService().createJobQuery().processInstanceId(life.getId()).timers()
        .activityId(ContractLifeProcess.RENEWAL_DUE).singleResult();
  }

  private static Date startOf(LocalDate date) {
    return BusinessCalendar.startOf(date);
  }

  private long registeredAndStarted(LocalDate termEnd, int noticeDays) {
    long contractId = registered("Life Vendor " + System.nanoTime(), "", termEnd, noticeDays);
    executeJobs(lifeOf(contractId).getId());
    return contractId;
  }

  @Test
  void registrationStartsOneContractLifeWaitingForTheRenewalReviewAtDeadlineMinusThirtyDays() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(400), 60);
    ProcessInstance life = lifeOf(contractId);

    assertThat(life).isActive().isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL, ContractLifeProcess.KEEP_EVIDENCE)
        .hasPassed(ContractLifeProcess.END_PRODUCTION);
    assertThat(ContractLifeProcess.CONTRACT_ID.from(engine.getRuntimeService(), life.getId()).get()).isEqualTo(contractId);
    // HIGH: 30 days before the deadline (term end - 60 days' notice)
    assertThat(renewalTimer(life).getDuedate()).isEqualTo(startOf(today.plusDays(400 - 60 - 30)));
  }

  @Test
  void theClockStartsTheReviewOnItsKickOffDayAndNotADayBefore() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(200), 30);
    ProcessInstance life = lifeOf(contractId);
    LocalDate kickOff = today.plusDays(200 - 30 - 30);

    EngineClock.set(kickOff.minusDays(1).atTime(23, 59).toInstant(ZoneOffset.UTC));
    executeJobs(life.getId());
    assertThat(life).isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL);

    EngineClock.set(kickOff.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(1)));
    executeJobs(life.getId());
    assertThat(life).isWaitingAt(ContractLifeProcess.REVIEW_RENEWAL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(life.getId())
        .processDefinitionKey("contract-renewal-review").count()).isEqualTo(1);
  }

  @Test
  void amendingTheTermOrTheNoticeMovesTheKickOffLaterAndEarlier() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(400), 60);
    ProcessInstance life = lifeOf(contractId);

    register.amend(contractId, Map.of("termEnd", today.plusDays(500).toString()), "Extended by a side letter", "demo-procurement");
    executeJobs(life.getId());
    assertThat(renewalTimer(life).getDuedate()).as("later").isEqualTo(startOf(today.plusDays(500 - 60 - 30)));

    register.amend(contractId, Map.of("nonRenewalNoticeDays", 90), "Notice period corrected to the signed MSA", "demo-procurement");
    executeJobs(life.getId());
    assertThat(renewalTimer(life).getDuedate()).as("earlier").isEqualTo(startOf(today.plusDays(500 - 90 - 30)));
    assertThat(life).isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL);
  }

  @Test
  void aContractRegisteredAfterItsKickOffStartsItsReviewAtOnce() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(70), 60);  // deadline in 10 days, kick-off 20 days ago
    ProcessInstance life = lifeOf(contractId);

    assertThat(life).isWaitingAt(ContractLifeProcess.REVIEW_RENEWAL);
  }

  @Test
  void anEntryInForceWithoutAContractLifeGetsOneAtStartUpButNotASecond() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(400), 60);
    String businessKey = register.find(contractId).orElseThrow().getBusinessKey();
    ProcessInstance life = lifeOf(contractId);
    engine.getRuntimeService().deleteProcessInstance(life.getId(), "lost in a test", true, true);
    engine.getHistoryService().deleteHistoricProcessInstance(life.getId());
    assertThat(lifeOf(contractId)).isNull();

    assertThat(backfill.startMissingNow()).contains(businessKey);
    assertThat(lifeOf(contractId)).isNotNull();
    assertThat(backfill.startMissingNow()).doesNotContain(businessKey);
  }
}
