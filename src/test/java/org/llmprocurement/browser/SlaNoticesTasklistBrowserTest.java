package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.notices.sla.ServiceChangeRules;
import org.llmprocurement.notices.sla.ServiceChanges;
import org.llmprocurement.notices.sla.SlaNoticeProcesses;
import org.llmprocurement.notices.sla.SlaViolations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SLA and service-change notices as people record and decide them in Tasklist, in headless
 * Chromium: the SLA violation start form is refused while the measured figure meets the commitment
 * and records the violation once corrected; a service termination recorded from an e-mail reaches
 * procurement and legal, and legal's exit decision is recorded.
 */
@Tag("browser")
class SlaNoticesTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  VendorNotices notices;

  @Autowired
  SlaViolations violations;

  @Autowired
  ServiceChanges changes;

  private Contract contract() {
    long id = registered("Browser SLA Vendor " + System.nanoTime(), "", LocalDate.of(2036, 12, 31), 60);
    return register.find(id).orElseThrow();
  }

  @Test
  void anSlaViolationIsRecordedFromTheStartFormOnceItIsAViolation() {
    Contract contract = contract();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-it");
    LocalDate monthStart = EngineClock.today().withDayOfMonth(1).minusMonths(1);

    FormJs start = tasklist.startProcess("Record SLA violation notice").withKeysFrom("forms/record-sla-violation.form");
    start.fill("contract", contract.getBusinessKey())
        .fill("receivedFromEmail", "sla-reports@vendor.example")
        .select("metric", "Availability (% of the month)")
        .select("surface", "API")
        .select("region", "EU")
        .date("periodStart", monthStart)
        .date("periodEnd", monthStart.plusMonths(1).minusDays(1))
        .fill("measured", 99.8)
        .fill("committed", 99.5);
    tasklist.clickDialogButton("Start");
    tasklist.waitForDialogError("payload.measured: 99.8 PERCENT meets the committed 99.5");
    assertThat(notices.ofContract(contract.getId())).isEmpty();

    start.fill("measured", 98.7);
    tasklist.clickDialogButton("Start").waitForDialogClosed();
    executeJobs();

    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    assertThat(notice.getRecordedBy()).isEqualTo("demo-it");
    assertThat(notice.getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(violations.ofContract(contract.getId())).singleElement().satisfies(v -> {
      assertThat(v.getMeasured()).isEqualByComparingTo("98.7");
      assertThat(v.getPeriodStart()).isEqualTo(monthStart);
    });
  }

  @Test
  void aTerminationRecordedFromAnEMailReachesLegalWhoDecidesTheExit() {
    Contract contract = contract();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-legal");

    FormJs start = tasklist.startProcess("Record service change notice").withKeysFrom("forms/record-service-change.form");
    start.fill("contract", contract.getBusinessKey())
        .fill("receivedFromEmail", "account-manager@vendor.example")
        .radio("change", "Termination")
        .date("effectiveOn", EngineClock.today().plusDays(45))
        .checklist("surfaces", "API")
        .fill("description", "The vendor ends the API product for all customers in the EU.");
    tasklist.clickDialogButton("Start").waitForDialogClosed();
    executeJobs();

    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    var change = changes.ofContract(contract.getId()).get(0);
    assertThat(change.isLateNotice()).as("45 days where the contract requires 180").isTrue();
    Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(SlaNoticeProcesses.CHANGE_KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    tasklist.openFilter("My group's tasks");
    FormJs decide = tasklist.openTask(task.getId(), task.getName()).withKeysFrom("forms/decide-exit.form");
    assertThat(decide.text()).contains("The vendor terminates", "The vendor ends the API product",
        "Notice given: 45 days; the contract requires 180");
    tasklist.claim();
    decide.radio("exitDecision", "Exit")
        .fill("exitReason", "No equivalent service from this vendor in the EU");
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    executeJobs();
    assertThat(changes.get(change.getId()).getExitDecision()).isEqualTo(ServiceChangeRules.ExitDecision.EXIT);
    assertThat(notices.find(notice.getId()).orElseThrow().getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
  }
}
