package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.contractlife.DataDeletionProcess;
import org.llmprocurement.contractlife.DataDeletionRequest;
import org.llmprocurement.contractlife.DataDeletionRequests;
import org.llmprocurement.contractlife.DeletionStatus;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deletion on request as data governance does it in Tasklist, in headless Chromium: the start form
 * is refused for an unknown contract (nothing is created), accepted once corrected; the closing task
 * is refused while a coverage box is unticked and completes with all three.
 */
@Tag("browser")
class DataDeletionTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  DataDeletionRequests requests;

  @Test
  void anUnknownContractIsRefusedThenTheRequestStartsAndTheVendorsDeletionIsConfirmed() {
    long contractId = registered("Browser Deletion Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    Contract contract = register.find(contractId).orElseThrow();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-data-governance");

    FormJs start = tasklist.startProcess("Data deletion on request").withKeysFrom("forms/data-deletion-request-start.form");
    start.fill("contractId", 999999999)
        .fill("dataSetName", "Support tickets 2025")
        .fill("dataSetDescription", "Tickets exported for fine-tuning, held in the vendor's EU tenant")
        .checklist("What it contains", "Personal data", "Confidential business data");
    tasklist.clickDialogButton("Start");
    tasklist.waitForDialogError("contractId: no contract 999999999 in the register");
    assertThat(requests.ofContract(contractId)).isEmpty();

    start.fill("contractId", contractId);
    tasklist.clickDialogButton("Start").waitForDialogClosed();

    DataDeletionRequest request = requests.ofContract(contractId).get(0);
    assertThat(request.getRequestedBy()).isEqualTo("demo-data-governance");
    assertThat(request.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    assertThat(request.getDataCategories()).hasToString("[PERSONAL, CONFIDENTIAL_BUSINESS]");

    Api.Response uploaded = api.upload("/api/procurements/" + contract.getProcurementId() + "/documents", "demo-procurement",
        Map.of("type", "OTHER", "title", "Deletion certificate"), new Api.FilePart("file", "certificate.pdf",
            "application/pdf", ("%PDF-1.7\ncertificate " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    long document = uploaded.json().get("id").asLong();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(request.getProcessInstanceId())
        .taskDefinitionKey(DataDeletionProcess.CONFIRM_DELETION).singleResult();
    tasklist.openFilter("My group's tasks");
    FormJs confirm = tasklist.openTask(task.getId(), task.getName()).withKeysFrom("forms/confirm-vendor-deletion.form");
    assertThat(confirm.text()).contains("Support tickets 2025", "Contains: PERSONAL, CONFIDENTIAL_BUSINESS",
        "delete it by " + request.getDeadline(), "/api/procurements/" + contract.getProcurementId() + "/documents");
    tasklist.claim();
    // uploaded after the task was created, the confirmation is offered by name
    confirm.select("confirmationDocumentId", "OTHER \u201cDeletion certificate\u201d v1 \u00b7 certificate.pdf")
        .check("coversContent", true)
        .check("coversBackups", true);
    tasklist.complete();
    tasklist.waitForTaskError("coversDerivedArtefacts: confirm that the vendor's confirmation covers derived artefacts");
    assertThat(requests.ofContract(contractId).get(0).getStatus()).isEqualTo(DeletionStatus.OPEN);

    tasklist.closeNotifications();
    confirm.check("coversDerivedArtefacts", true);
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    DataDeletionRequest confirmed = requests.ofContract(contractId).get(0);
    assertThat(confirmed.getStatus()).isEqualTo(DeletionStatus.CONFIRMED);
    assertThat(confirmed.getConfirmationDocumentId()).isEqualTo(document);
  }
}
