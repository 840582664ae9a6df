package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.beans.factory.annotation.Autowired;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.support.ContractEvents;

/**
 * The pre-renewal review's paths: renew as is, exit, a renegotiation refused for items the contract
 * does not have, the escalation to managers before the non-renewal deadline (moved engine clock) and
 * at once when the escalation day has come already.
 */
class ContractRenewalProcessTest extends RenewalTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.llmprocurement.exit.ContractExits exitRunbooks;

  @Autowired
  BusinessCalendar calendar;

  @Test
  void theFunctionsAssessAndProcurementRenewsAsIsForTheSameLengthAgain() {
    LocalDate today = EngineClock.today();
    long contractId = registered("Renew Vendor " + System.nanoTime(), "", today.plusDays(400), 60);
    Contract before = register.find(contractId).orElseThrow();
    ProcessInstance instance = startReview(contractId);

    assertThat(instance).isWaitingAt(ContractRenewalProcess.ASSESS);
    String first = tasks(instance, ContractRenewalProcess.ASSESS).get(0).getName();
    String procurement = first.substring(0, first.indexOf(" — ") + 3);
    assertThat(procurement).as("each task names its procurement, vendor and product")
        .startsWith(before.getBusinessKey() + " · ").endsWith(" · " + before.getProduct() + " — ");
    assertThat(tasks(instance, ContractRenewalProcess.ASSESS)).extracting(Task::getName).containsExactlyInAnyOrder(
        procurement + "Assess renewal (IT)", procurement + "Assess renewal (Security)",
        procurement + "Assess renewal (Legal)", procurement + "Assess renewal (Data governance)");
    assessAll(instance, "RENEW", "");
    assertThat(reviews.assessmentsOf(reviewOf(instance).getId())).extracting(RenewalAssessment::getRole)
        .containsExactlyInAnyOrder("it", "security", "legal", "data-governance");

    Task decide = task(instance, ContractRenewalProcess.DECIDE);
    LocalDate proposed = RenewalRules.defaultNewTermEnd(before.getEffectiveDate(), before.getTermEnd());
    Map<String, Object> form = engine.getFormService().getTaskFormVariables(decide.getId());
    assertThat(form).as("the form proposes the new term end and shows the four functions' advice")
        .containsEntry("newTermEnd", proposed.toString())
        .hasEntrySatisfying("assessments", advice -> assertThat((String) advice).contains("it: RENEW", "security: RENEW", "legal: RENEW",
            "data-governance: RENEW"));
    assertThat(engine.getTaskService().getVariablesLocal(decide.getId())).as("worked out when read, not stored on the task (ADR 0008)")
        .doesNotContainKeys("newTermEnd", "renewalSummary", "assessments", "changedRequirements");
    assertThat(decide.getDueDate()).as("due on the escalation day")
        .isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(before.getNonRenewalDeadline(), 5)));
    complete("demo-procurement", decide, Map.of("decision", "RENEW", "reason", "Performed well, nothing changed"));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(ContractRenewalProcess.RENEW, ContractRenewalProcess.END_RENEWED)
        .hasNotPassed(ContractRenewalProcess.ESCALATE);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("renewalOutcome").singleResult().getValue()).isEqualTo("RENEWED");
    Contract after = register.find(contractId).orElseThrow();
    assertThat(after.getTermEnd()).isEqualTo(proposed);
    assertThat(after.getVersion()).isEqualTo(2);
    assertThat(register.amendments(contractId).get(0).getAmendedBy()).isEqualTo("demo-procurement");
    RenewalReview review = reviewOf(instance);
    assertThat(review.getDecision()).isEqualTo("RENEW");
    assertThat(review.getDecidedBy()).isEqualTo("demo-procurement");
    assertThat(review.getReason()).isEqualTo("Performed well, nothing changed");
    assertThat(review.getNewTermEnd()).isEqualTo(proposed);
    assertThat(review.getOutcome()).isEqualTo("RENEWED");
    assertThat(review.getEscalatedAt()).isNull();
  }

  @Test
  void exitIsRecordedAndRefusedSubmissionsWriteNothing() {
    long contractId = registered("Exit Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    ProcessInstance instance = startReview(contractId);
    Task it = tasks(instance, ContractRenewalProcess.ASSESS).stream()
        .filter(t -> t.getName().endsWith("Assess renewal (IT)")).findFirst().orElseThrow();

    assertThatThrownBy(() -> complete("demo-it", it, Map.of("advice", "EXIT", "comment", "")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("comment: say why you advise EXIT");
    assertThatThrownBy(() -> complete("demo-it", it, Map.of("advice", "MAYBE", "comment", "x")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("advice: 'MAYBE' is not one of RENEW, RENEGOTIATE, EXIT");
    assertThat(reviews.assessmentsOf(reviewOf(instance).getId())).isEmpty();

    assessAll(instance, "EXIT", "The vendor missed two security notices");
    Task decide = task(instance, ContractRenewalProcess.DECIDE);
    assertThatThrownBy(() -> complete("demo-procurement", decide, Map.of("decision", "RENEW", "newTermEnd", "2000-01-01",
        "reason", "short"))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("reason: say why").hasMessageContaining("newTermEnd: must be after the current term end");
    assertThatThrownBy(() -> complete("demo-procurement", decide, Map.of("decision", "RENEGOTIATE",
        "requirementIds", "SLA-AVAIL-01, NOPE-99", "reason", "The SLA must improve before we renew")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("requirementIds: SLA-AVAIL-01 is not a requirement of this contract")
        .hasMessageContaining("NOPE-99");
    assertThat(reviewOf(instance).getDecision()).as("nothing written on refusal").isNull();

    complete("demo-procurement", decide, Map.of("decision", "EXIT", "reason", "Every function advises to leave this vendor"));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(ContractRenewalProcess.RECORD_EXIT, ContractRenewalProcess.END_EXIT);
    RenewalReview review = reviewOf(instance);
    assertThat(review.getDecision()).isEqualTo("EXIT");
    assertThat(review.getOutcome()).isEqualTo("EXIT");
    assertThat(review.getNewTermEnd()).isNull();
    assertThat(register.find(contractId).orElseThrow().getVersion()).as("the register is not touched").isOne();
    assertThat(ContractEvents.exitsOf(contractId)).as("the exit runbook is asked for once").singleElement()
        .satisfies(exit -> {
          assertThat(exit.trigger()).isEqualTo(ExitTrigger.RENEWAL_DECISION);
          assertThat(exit.reason()).isEqualTo("Every function advises to leave this vendor");
          assertThat(exit.requestedBy()).isEqualTo("demo-procurement");
          assertThat(exit.businessKey()).isEqualTo(register.find(contractId).orElseThrow().getBusinessKey());
        });
    assertThat(exitRunbooks.running(contractId)).as("the runbook runs, started by the decision").hasValueSatisfying(exit -> {
      assertThat(exit.getTrigger()).isEqualTo(ExitTrigger.RENEWAL_DECISION);
      assertThat(exit.getRequestedBy()).isEqualTo("demo-procurement");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId()).count()).isOne();
    });
  }

  @Test
  void managersAreEscalatedToBeforeTheNonRenewalDeadlineAndTheReviewGoesOn() throws Exception {
    long contractId = registered("Late Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    Contract contract = register.find(contractId).orElseThrow();
    ProcessInstance instance = startReview(contractId);
    LocalDate escalationDay = calendar.minusBusinessDays(contract.getNonRenewalDeadline(), 5);
    assertThat(escalationDay).isBefore(contract.getNonRenewalDeadline());
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(BusinessCalendar.startOf(escalationDay));

    EngineClock.set(BusinessCalendar.startOf(escalationDay).toInstant().minus(Duration.ofMinutes(1)));
    executeJobs(instance.getId());
    assertThat(instance).hasNotPassed(ContractRenewalProcess.ESCALATE);

    MAIL.purgeEmailFromAllMailboxes();
    EngineClock.set(BusinessCalendar.startOf(escalationDay).toInstant().plus(Duration.ofMinutes(1)));
    executeJobs(instance.getId());

    assertThat(instance).hasPassed(ContractRenewalProcess.ESCALATE, ContractRenewalProcess.END_ESCALATED)
        .isWaitingAt(ContractRenewalProcess.ASSESS);
    assertThat(reviewOf(instance).getEscalatedAt()).isNotNull();
    assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(ContractRenewalProcessTest::subject))
        .contains("Renewal decision overdue: " + contract.getBusinessKey());

    assessAll(instance, "RENEW", "");
    complete("demo-procurement", task(instance, ContractRenewalProcess.DECIDE),
        Map.of("decision", "RENEW", "reason", "Decided late but before the deadline"));
    executeJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed(ContractRenewalProcess.END_RENEWED);
  }

  @Test
  void anAmendmentDuringTheReviewMovesTheEscalationEarlierAndLater() {
    long contractId = registered("Amended Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    ProcessInstance instance = startReview(contractId);
    LocalDate deadline = register.find(contractId).orElseThrow().getNonRenewalDeadline();
    assertThat(escalationTimer(instance)).isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(deadline, 5)));

    register.amend(contractId, Map.of("nonRenewalNoticeDays", 90), "Vendor asked for a longer notice period", "demo-procurement");
    executeJobs(instance.getId());
    LocalDate earlier = deadline.minusDays(30);
    assertThat(instance).hasPassed(ContractRenewalProcess.CONTRACT_AMENDED, ContractRenewalProcess.RESCHEDULE_ESCALATION)
        .isWaitingAt(ContractRenewalProcess.ASSESS);
    assertThat(escalationTimer(instance)).as("earlier").isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(earlier, 5)));
    assertThat(reviewOf(instance).getNonRenewalDeadline()).isEqualTo(earlier);

    register.amend(contractId, Map.of("termEnd", EngineClock.today().plusDays(500).toString()), "Term extended by side letter",
        "demo-procurement");
    executeJobs(instance.getId());
    LocalDate later = EngineClock.today().plusDays(500 - 90);
    assertThat(escalationTimer(instance)).as("later").isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(later, 5)));
    assertThat(reviewOf(instance).getEscalationDueOn()).isEqualTo(calendar.minusBusinessDays(later, 5));
    assertThat(instance).hasNotPassed(ContractRenewalProcess.ESCALATE);

    assessAll(instance, "RENEW", "");
    assertThat(task(instance, ContractRenewalProcess.DECIDE).getDueDate()).as("the decision is due on the escalation day")
        .isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(later, 5)));
    register.amend(contractId, Map.of("termEnd", EngineClock.today().plusDays(470).toString()), "Side letter withdrawn in part",
        "demo-procurement");
    executeJobs(instance.getId());
    LocalDate earliest = EngineClock.today().plusDays(470 - 90);
    assertThat(task(instance, ContractRenewalProcess.DECIDE).getDueDate())
        .as("an open decision task moves with the escalation day, so Tasklist shows the real due date")
        .isEqualTo(BusinessCalendar.startOf(calendar.minusBusinessDays(earliest, 5)))
        .isEqualTo(escalationTimer(instance));
  }

  private Date escalationTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate();
  }

  @Test
  void anEscalationDayAlreadyPastEscalatesAtOnce() {
    LocalDate today = EngineClock.today();
    long contractId = registered("Short Vendor " + System.nanoTime(), "", today.plusDays(63), 60);   // deadline in 3 days
    ProcessInstance instance = startReview(contractId);

    RenewalReview review = reviewOf(instance);
    assertThat(review.getEscalationDueOn()).isEqualTo(today);
    assertThat(instance).hasPassed(ContractRenewalProcess.ESCALATE).isWaitingAt(ContractRenewalProcess.ASSESS);
    assertThat(review.getEscalatedAt()).isNotNull();
    Date due = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().get(0).getDueDate();
    assertThat(due).as("assessment tasks carry no due date").isNull();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
