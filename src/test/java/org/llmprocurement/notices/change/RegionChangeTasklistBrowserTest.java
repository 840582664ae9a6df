package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.browser.BrowserSupport;
import org.llmprocurement.browser.FormJs;
import org.llmprocurement.browser.Tasklist;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.VendorBreach;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A region change as data governance handles it in Tasklist, in headless Chromium: the start form
 * is refused without the announcement date (nothing is stored), accepted once it is given; the
 * residency check refuses "within" naming the region outside the contract, and "outside" records
 * the breach and opens the decision.
 */
@Tag("browser")
class RegionChangeTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  VendorNotices notices;

  @Autowired
  VendorBreaches breaches;

  @Test
  void aRegionChangeIsRecordedByHandAndItsResidencyCheckedOutside() {
    long contractId = registered("Browser Region Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    Contract contract = register.find(contractId).orElseThrow();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-data-governance");

    FormJs start = tasklist.startProcess("Record region change notice").withKeysFrom("forms/record-region-change.form");
    start.fill("contract", contract.getBusinessKey())
        .fill("receivedFromEmail", "privacy@vendor.example")
        .checklist("dataTypes", "Logs")
        .checklist("processingRegions", "EU", "US")
        .date("effectiveDate", EngineClock.today().plusDays(90));
    tasklist.clickDialogButton("Start");
    tasklist.waitForDialogError("payload.announcedAt: required");
    assertThat(notices.ofContract(contractId)).isEmpty();

    start.date("announcedAt", EngineClock.today());
    tasklist.clickDialogButton("Start").waitForDialogClosed();

    List<VendorNotice> stored = notices.ofContract(contractId);
    assertThat(stored).singleElement().satisfies(n -> {
      assertThat(n.getSource()).isEqualTo(VendorNotice.Source.MANUAL);
      assertThat(n.getRecordedBy()).isEqualTo("demo-data-governance");
      assertThat(n.payload().get("processingRegions")).hasToString("[\"EU\",\"US\"]");
    });
    executeJobs();
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .taskDefinitionKey(ChangeProcesses.CHECK_RESIDENCY).singleResult();

    tasklist.openFilter("My group's tasks");
    FormJs check = tasklist.openTask(task.getId(), task.getName()).withKeysFrom("forms/check-data-residency.form");
    assertThat(check.text()).contains("LOGS: processed in EU, US", "LOGS: processed in US (contract: stored in EU");
    tasklist.claim();
    check.radio("residency", "Within the contract's regions");
    tasklist.complete();
    tasklist.waitForTaskError("residency: the change is outside the contract's regions: LOGS: processed in US");
    assertThat(breaches.ofContract(contractId)).isEmpty();

    tasklist.closeNotifications();
    check.radio("residency", "Outside the contract's regions");
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    executeJobs(task.getProcessInstanceId());

    assertThat(breaches.ofContract(contractId)).extracting(VendorBreach::getKind).containsExactly(BreachKind.OUT_OF_REGION);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .taskDefinitionKey(ChangeProcesses.DECIDE_REGION).count()).isEqualTo(1);
  }
}
