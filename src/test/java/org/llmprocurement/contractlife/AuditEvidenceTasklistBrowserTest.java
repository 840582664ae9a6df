package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.browser.BrowserSupport;
import org.llmprocurement.browser.FormJs;
import org.llmprocurement.browser.Tasklist;
import org.llmprocurement.engine.EngineClock;

/**
 * "Provide audit evidence" as security does it in Tasklist, in headless Chromium: the request
 * shows what is asked for and by when; naming the MSA instead of an evidence document is refused
 * (nothing recorded), the uploaded evidence document is accepted and closes the request.
 */
@Tag("browser")
class AuditEvidenceTasklistBrowserTest extends AuditEvidenceFixture {

  private static final String SUBPROCESSORS = "Current subprocessor list";

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  /**
   * A date as form-js shows it in the browser's en-US locale (M/d/yyyy: it drops leading zeros,
   * which {@code FormJs.date} expects to keep).
   */
  private static String typed(LocalDate date) {
    return date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear();
  }

  @Test
  void securityNamesTheWrongDocumentIsRefusedThenProvidesTheEvidence() {
    long contractId = signedContract();
    LocalDate lastValid = reviewEvidenceIssued().plusMonths(3);
    EngineClock.set(lastValid.minusDays(21).atTime(0, 1).toInstant(ZoneOffset.UTC));
    settle(contractId);
    EvidenceRequest request = evidence.requests(contractId).stream()
        .filter(r -> r.getEvidenceType().equals(SUBPROCESSORS)).findFirst().orElseThrow();
    Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .processVariableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), request.getId()).singleResult();
    long document = uploadEvidence(review.procurementId, "Subprocessor list " + System.nanoTime());

    Tasklist tasklist = new Tasklist(browser, port).login("demo-security");
    tasklist.openFilter("My group's tasks");
    FormJs form = tasklist.openTask(task.getId(), task.getName()).withKeysFrom("forms/provide-audit-evidence.form");
    assertThat(form.text()).contains(SUBPROCESSORS, "#" + contractId + " (" + businessKeyOf(contractId) + ")",
        "expires soon", "Due on " + lastValid).doesNotContain("{{");
    tasklist.claim();
    LocalDate today = EngineClock.today();
    form.fill("documentId", review.msa)
        .fill("issuedOn", typed(today))
        .fill("expiresOn", typed(today.plusMonths(6)));
    tasklist.complete();
    tasklist.waitForTaskError("is a MSA document, not EVIDENCE");
    assertThat(evidence.records(contractId)).as("nothing recorded on refusal").isEmpty();

    tasklist.closeNotifications();
    form.fill("documentId", document);
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    EvidenceRequest closed = evidence.request(request.getId());
    assertThat(closed.getStatus()).isEqualTo(EvidenceRequest.PROVIDED);
    assertThat(evidence.records(contractId)).singleElement().satisfies(r -> {
      assertThat(r.getDocumentId()).isEqualTo(document);
      assertThat(r.getIssuedOn()).isEqualTo(today);
      assertThat(r.getExpiresOn()).isEqualTo(today.plusMonths(6));
      assertThat(r.getRecordedBy()).isEqualTo("demo-security");
    });
  }
}
