package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.exit.ContractExitProcess;
import org.llmprocurement.exit.ContractExits;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exit as procurement and IT do it in Tasklist, in headless Chromium: the start form refuses an
 * unknown contract (no exit is created) and starts once corrected; "Freeze contract" is refused
 * while the users are not informed and there is neither successor nor reason, then freezes the
 * entry; "Verify data export" is refused while a requested item is missing, and a failure with its
 * reason sends the export back to the vendor.
 */
@Tag("browser")
class ExitTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  ContractExits exits;

  @Test
  void procurementStartsAndFreezesTheExitAndItVerifiesTheExport() {
    long contractId = registered("Browser Exit Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    Contract contract = register.find(contractId).orElseThrow();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-procurement");

    FormJs start = tasklist.startProcess("Contract exit").withKeysFrom("forms/contract-exit-start.form");
    start.fill("contractId", 999999999).fill("exitReason", "Not renewed: moving the support bot to the in-house model");
    tasklist.clickDialogButton("Start");
    tasklist.waitForDialogError("contractId: no contract 999999999 in the register");
    assertThat(exits.ofContract(contractId)).isEmpty();
    start.fill("contractId", contractId);
    tasklist.clickDialogButton("Start").waitForDialogClosed();
    var exit = exits.running(contractId).orElseThrow();
    assertThat(exit.getRequestedBy()).isEqualTo("demo-procurement");
    executeJobs(exit.getProcessInstanceId());

    Task freeze = engine.getTaskService().createTaskQuery().processInstanceId(exit.getProcessInstanceId())
        .taskDefinitionKey(ContractExitProcess.FREEZE).singleResult();
    tasklist.openFilter("My group's tasks");
    FormJs form = tasklist.openTask(freeze.getId(), freeze.getName()).withKeysFrom("forms/freeze-contract.form");
    assertThat(form.text()).contains(contract.getContractReference(), "moving the support bot", exit.getAssistanceUntil().toString())
        .doesNotContain("{{");
    tasklist.claim();
    form.date("plannedCutOver", EngineClock.today().plusDays(14));
    tasklist.complete();
    tasklist.waitForTaskError("usersInformed");
    assertThat(tasklist.waitForTaskError("noSuccessorReason")).isNotBlank();
    assertThat(register.find(contractId).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);

    tasklist.closeNotifications();
    form.fill("noSuccessorReason", "The support bot moves to the in-house model; no vendor follows")
        .check("usersInformed", true);
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(freeze.getId()).count() == 0);
    assertThat(register.find(contractId).orElseThrow().getStatus()).isEqualTo(ContractStatus.NOTICE_GIVEN);
    assertThat(exits.get(exit.getId()).getPlannedCutOver()).isEqualTo(EngineClock.today().plusDays(14));

    Task request = engine.getTaskService().createTaskQuery().processInstanceId(exit.getProcessInstanceId())
        .taskDefinitionKey(ContractExitProcess.REQUEST_EXPORT).singleResult();
    as("demo-procurement", () -> engine.getFormService().submitTaskForm(request.getId(), Map.of(
        "exportItems", org.llmprocurement.guard.JsonViews.json(java.util.List.of("DATA", "LOGS", "CONFIGURATIONS", "METADATA")),
        "fineTunedArtefactsOurs", false, "exportFormat", "JSON Lines", "requestSentOn", EngineClock.today().toString(),
        "vendorRequestReference", "VEND-77")));

    browser.driver().manage().deleteAllCookies(); // sign out: IT takes over in the same browser
    Tasklist it = new Tasklist(browser, port).login("demo-it");
    Task verify = engine.getTaskService().createTaskQuery().processInstanceId(exit.getProcessInstanceId())
        .taskDefinitionKey(ContractExitProcess.VERIFY_EXPORT).singleResult();
    it.openFilter("My group's tasks");
    FormJs check = it.openTask(verify.getId(), verify.getName()).withKeysFrom("forms/verify-data-export.form");
    assertThat(check.text()).contains("DATA, LOGS, CONFIGURATIONS, METADATA", "JSON Lines");
    it.claim();
    check.radio("outcome", "Verified: received, complete, readable, checksums recorded")
        .checklist("itemsReceived", "Our data (content we put in: prompts, files, knowledge bases)",
            "Logs (requests, responses, audit and access logs)")
        .check("readableInAgreedFormat", true)
        .fill("checksums", "a".repeat(64) + "  content.jsonl");
    it.complete();
    it.waitForTaskError("CONFIGURATIONS was requested and is not received");

    it.closeNotifications();
    check.radio("outcome", "Failed: back to the vendor with the reason")
        .fill("failureReason", "Configurations and metadata are missing from the delivery");
    it.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(verify.getId()).count() == 0);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(exit.getProcessInstanceId())
        .taskDefinitionKey(ContractExitProcess.REQUEST_EXPORT).singleResult().getName()).contains("round 2");
  }
}
