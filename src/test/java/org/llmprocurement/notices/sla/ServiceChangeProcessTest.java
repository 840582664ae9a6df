package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.springframework.beans.factory.annotation.Autowired;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.support.ContractEvents;

/**
 * Every path of {@code vendor-service-change}: a termination with too little notice is a breach and
 * puts the entry at NOTICE_GIVEN, then exit is decided; a material change reaching its effective day
 * undecided escalates to managers, then we continue; an exit after a suspension is recorded while
 * the entry stays ACTIVE until notice is given.
 */
class ServiceChangeProcessTest extends SlaNoticeTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.llmprocurement.exit.ContractExits exitRunbooks;

  @Autowired
  ServiceChanges changes;

  @Autowired
  VendorBreaches breaches;

  private static String change(String kind, LocalDate effective) {
    return "{'change':'" + kind + "','effectiveOn':'" + effective + "','surfaces':['API'],"
        + "'description':'The vendor withdraws the API product for our region.'}";
  }

  @Test
  void aTerminationWithTooLittleNoticeIsABreachAndExitIsDecided() throws Exception {
    Contract contract = contract();
    LocalDate effective = EngineClock.today().plusDays(30);
    VendorNotice notice = deliver(contract, NoticeType.SERVICE_CHANGE, change("TERMINATION", effective));

    ProcessInstance handling = handling(SlaNoticeProcesses.CHANGE_KEY, notice.getId());
    assertThat(handling).isWaitingAt(SlaNoticeProcesses.DECIDE_EXIT);
    ServiceChange c = changes.ofContract(contract.getId()).get(0);
    assertThat(c.getNoticeDays()).isEqualTo(30);
    assertThat(c.getContractedNoticeDays()).isEqualTo(180);
    assertThat(c.isLateNotice()).isTrue();
    assertThat(breaches.ofContract(contract.getId())).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.LATE_NOTICE);
      assertThat(b.getDescription()).contains("30 days of notice where the contract requires 180");
    });
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).as("the vendor has given notice")
        .isEqualTo(ContractStatus.NOTICE_GIVEN);
    Task task = task(handling, SlaNoticeProcesses.DECIDE_EXIT);
    assertThat(task).hasCandidateGroup("procurement").hasCandidateGroup("legal");
    assertThat(task.getName()).endsWith(" — Decide exit: TERMINATION effective " + effective);
    assertThat(engine.getFormService().getTaskFormVariables(task.getId()))
        .as("the form shows the change and the late notice, worked out when read")
        .containsEntry("effectiveOn", effective.toString())
        .containsEntry("noticeSummary", "Notice given: 30 days; the contract requires 180 (late: recorded as a vendor breach).");
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).as("not stored on the task (ADR 0008)")
        .doesNotContainKeys("changeTitle", "noticeSummary", "exitDecision");
    assertThat(task.getDueDate()).isEqualTo(Date.from(effective.atStartOfDay(ZoneOffset.UTC).toInstant()));

    assertThatThrownBy(() -> complete("demo-legal", task, Map.of("exitDecision", "LEAVE", "exitReason", "")))
        .hasMessageContaining("exitDecision: 'LEAVE' is not one of EXIT, CONTINUE")
        .hasMessageContaining("exitReason: say why we exit or continue");
    MAIL.purgeEmailFromAllMailboxes();
    complete("demo-legal", task, Map.of("exitDecision", "EXIT", "exitReason", "No equivalent service left in the EU"));

    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.RECORD_EXIT, SlaNoticeProcesses.END_EXIT);
    assertThat(changes.get(c.getId()).getExitDecision()).isEqualTo(ServiceChangeRules.ExitDecision.EXIT);
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).as("the vendor's notice stands")
        .isEqualTo(ContractStatus.NOTICE_GIVEN);
    assertThat(notices.find(notice.getId()).orElseThrow().getOutcome()).startsWith("Exit decided (demo-legal)")
        .endsWith("The exit runbook started.").doesNotContain("not automated");
    assertThat(mailsAbout("Exit decided")).singleElement()
        .satisfies(m -> assertThat(recipients(m)).containsExactly("demo-manager@example.org"))
        .satisfies(m -> assertThat(m.getContent().toString()).contains("The exit runbook started")
            .doesNotContain("not automated"));
    assertThat(ContractEvents.exitsOf(contract.getId())).as("the exit runbook is asked for once").singleElement()
        .satisfies(exit -> {
          assertThat(exit.trigger()).isEqualTo(ExitTrigger.SERVICE_CHANGE);
          assertThat(exit.reason()).isEqualTo("No equivalent service left in the EU");
          assertThat(exit.requestedBy()).isEqualTo("demo-legal");
        });
    assertThat(exitRunbooks.running(contract.getId())).as("the runbook runs, started by the decision").hasValueSatisfying(exit -> {
      assertThat(exit.getTrigger()).isEqualTo(ExitTrigger.SERVICE_CHANGE);
      assertThat(exit.getRequestedBy()).isEqualTo("demo-legal");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId()).count()).isOne();
    });
    var view = api.get("/api/contracts/" + contract.getId() + "/service-changes", "demo-manager").json().get("changes").get(0);
    assertThat(view.get("lateNotice").asBoolean()).isTrue();
    assertThat(view.get("exitDecision").asText()).isEqualTo("EXIT");
    assertThat(view.get("decidedBy").asText()).isEqualTo("demo-legal");
  }

  @Test
  void anUndecidedChangeEscalatesOnItsEffectiveDayAndWeContinue() throws Exception {
    Contract contract = contract();
    LocalDate effective = EngineClock.today().plusDays(20);
    VendorNotice notice = deliver(contract, NoticeType.SERVICE_CHANGE, change("MATERIAL_CHANGE", effective));
    ProcessInstance handling = handling(SlaNoticeProcesses.CHANGE_KEY, notice.getId());
    assertThat(changes.ofContract(contract.getId()).get(0).isLateNotice()).as("no contracted notice for a change").isFalse();
    assertThat(breaches.ofContract(contract.getId())).isEmpty();
    MAIL.purgeEmailFromAllMailboxes();

    EngineClock.set(effective.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(60));
    executeJobs();
    assertThat(handling).hasNotPassed(SlaNoticeProcesses.ESCALATE_UNDECIDED);
    EngineClock.set(effective.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60));
    executeJobs();
    assertThat(handling).hasPassed(SlaNoticeProcesses.ESCALATE_UNDECIDED, SlaNoticeProcesses.END_ESCALATED)
        .isWaitingAt(SlaNoticeProcesses.DECIDE_EXIT);
    assertThat(changes.ofContract(contract.getId()).get(0).getEscalatedAt()).isNotNull();
    assertThat(mailsAbout("Exit decision overdue")).singleElement()
        .satisfies(m -> assertThat(recipients(m)).containsExactly("demo-manager@example.org"));

    complete("demo-procurement", task(handling, SlaNoticeProcesses.DECIDE_EXIT),
        Map.of("exitDecision", "CONTINUE", "exitReason", "The changed model passed our evaluation"));
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.END_SERVICE_CONTINUED).hasNotPassed(SlaNoticeProcesses.RECORD_EXIT);
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(notices.find(notice.getId()).orElseThrow().getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(ContractEvents.exitsOf(contract.getId())).as("we continue: no exit").isEmpty();
  }

  @Test
  void anExitAfterASuspensionRecordedByHandIsDecidedBeforeAnyNoticeIsGiven() {
    Contract contract = contract();
    record("demo-procurement", SlaNoticeProcesses.CHANGE_RECORDING_KEY, Map.of("contract", contract.getBusinessKey(),
        "receivedFromEmail", "account-manager@vendor.example", "change", "SUSPENSION",
        "effectiveOn", EngineClock.today().minusDays(2).toString(), "surfaces", java.util.List.of(),
        "description", "The vendor suspended the service for unpaid invoices (disputed)."));
    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    ProcessInstance handling = handling(SlaNoticeProcesses.CHANGE_KEY, notice.getId());
    Task task = task(handling, SlaNoticeProcesses.DECIDE_EXIT);
    assertThat(task.getDueDate()).as("already in effect: due tomorrow")
        .isEqualTo(Date.from(EngineClock.today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);

    complete("demo-legal", task, Map.of("exitDecision", "EXIT", "exitReason", "A vendor that suspends us cannot be relied on"));
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.END_EXIT);
    assertThat(register.find(contract.getId()).orElseThrow().getStatus())
        .as("the exit is decided; notice is given by the exit runbook").isEqualTo(ContractStatus.ACTIVE);
    assertThat(changes.ofContract(contract.getId()).get(0).getExitDecision()).isEqualTo(ServiceChangeRules.ExitDecision.EXIT);
    assertThat(ContractEvents.exitsOf(contract.getId())).extracting(e -> e.trigger()).containsExactly(ExitTrigger.SERVICE_CHANGE);
  }
}
