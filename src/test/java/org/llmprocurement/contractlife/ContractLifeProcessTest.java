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
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract life of a register entry: started by registration, its renewal review started by
 * the clock at {@code non-renewal deadline - lead time}, moved by amendments, at once when the
 * kick-off has passed, and restarted for entries that never had one; a renewal moves the next
 * review, an exit decision ends everything, and a pilot goes to its promotion review.
 */
class ContractLifeProcessTest extends RenewalTest {

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

  /** The renewal review the contract life called, with its jobs run. */
  private ProcessInstance renewalCalledBy(ProcessInstance life) {
    ProcessInstance renewal = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(life.getId())
        .processDefinitionKey(ContractRenewalProcess.KEY).singleResult();
    assertThat(renewal).as("a renewal review called by the contract life").isNotNull();
    executeJobs(renewal.getId());
    return renewal;
  }

  @Test
  void aRenewalMovesTheNextReviewToTheNewTermsDeadline() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(70), 60);
    ProcessInstance life = lifeOf(contractId);
    ProcessInstance renewal = renewalCalledBy(life);
    LocalDate newTermEnd = today.plusDays(70).plusYears(2);

    assessAll(renewal, "RENEW", "Performance and compliance were fine");
    complete("demo-procurement", task(renewal, ContractRenewalProcess.DECIDE), Map.of("decision", "RENEW",
        "newTermEnd", newTermEnd.toString(), "requirementIds", "", "reason", "Renew as is for two more years"));
    executeJobs(renewal.getId());
    executeJobs(life.getId());

    assertThat(renewal).isEnded();
    assertThat(life).hasPassed(ContractLifeProcess.REVIEW_RENEWAL).isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL);
    assertThat(ContractLifeProcess.RENEWAL_OUTCOME.from(engine.getRuntimeService(), life.getId()).get()).isEqualTo("RENEWED");
    assertThat(register.find(contractId).orElseThrow().getTermEnd()).isEqualTo(newTermEnd);
    assertThat(renewalTimer(life).getDuedate()).as("the next review: new deadline minus 30 days")
        .isEqualTo(startOf(newTermEnd.minusDays(60 + 30)));
  }

  @Test
  void anExitDecisionEndsTheContractLifeWithEverythingRunningInIt() {
    LocalDate today = EngineClock.today();
    long contractId = registeredAndStarted(today.plusDays(70), 60);
    ProcessInstance life = lifeOf(contractId);
    ProcessInstance renewal = renewalCalledBy(life);

    assessAll(renewal, "EXIT", "The vendor missed its SLA for months");
    complete("demo-procurement", task(renewal, ContractRenewalProcess.DECIDE), Map.of("decision", "EXIT",
        "newTermEnd", "", "requirementIds", "", "reason", "Leave at term end and move to another vendor"));
    executeJobs(renewal.getId());

    assertThat(life).isEnded().hasPassed(ContractLifeProcess.END_EXIT).hasNotPassed(ContractLifeProcess.END_EVIDENCE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(register.find(contractId).orElseThrow().getBusinessKey())
        .processDefinitionKey(AuditEvidenceProcess.KEY).count()).as("the evidence cadence ended with it").isZero();
    assertThat(backfill.startMissingNow()).as("an ended contract life is not restarted")
        .doesNotContain(register.find(contractId).orElseThrow().getBusinessKey());
  }

  @Test
  void aPilotContractGoesToItsPromotionReviewAndAProductionContractDoesNot() {
    LocalDate today = EngineClock.today();
    long pilotId = registeredPilot("Life Pilot " + System.nanoTime(), Map.of(), today.plusMonths(6));
    rememberForCleanUp(register.find(pilotId).orElseThrow().getBusinessKey());
    ProcessInstance pilotLife = lifeOf(pilotId);
    executeJobs(pilotLife.getId());

    assertThat(pilotLife).isWaitingAt(ContractLifeProcess.REVIEW_PROMOTION, ContractLifeProcess.WAIT_FOR_RENEWAL,
        ContractLifeProcess.KEEP_EVIDENCE).hasNotPassed(ContractLifeProcess.END_PRODUCTION);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pilotLife.getId())
        .processDefinitionKey(PilotPromotionProcess.KEY).count()).isEqualTo(1);
  }
}
