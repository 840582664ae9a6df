package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.web.ApiException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code vendor-harmful-output}: reported from Tasklist by our own teams (the vendor
 * API refuses it), decided by the business owner or IT: suspended (IT and managers e-mailed) or
 * continued; a decision without reason, remediation or a future deadline is refused; the vendor's
 * remediation confirmed in time, or escalated as a missed deadline (engine clock moved) and confirmed late.
 */
class HarmfulOutputProcessTest extends SlaNoticeTest {

  @Autowired
  HarmfulOutputReports reports;

  @Autowired
  org.llmprocurement.notices.VendorBreaches breaches;

  private Map<String, Object> report(Contract contract) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("contract", contract.getBusinessKey());
    form.put("receivedFromEmail", "support-lead@ourcompany.example");
    form.put("vendorNoticeId", "");
    form.put("kind", "HARMFUL_OUTPUT");
    form.put("surface", "CHAT_UI");
    form.put("observedOn", EngineClock.today().toString());
    form.put("description", "The support bot told a customer to stop taking prescribed medication.");
    form.put("examples", "Ticket SUP-4411");
    return form;
  }

  private ProcessInstance reported(Contract contract) throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    record("demo-it", SlaNoticeProcesses.HARMFUL_RECORDING_KEY, report(contract));
    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    return handling(SlaNoticeProcesses.HARMFUL_KEY, notice.getId());
  }

  private static Map<String, Object> decision(String suspension, String deadline) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("suspension", suspension);
    values.put("suspensionReason", "A risk to customers' health is suspected");
    values.put("remediationRequest", "Block medical advice and show us the evaluation results");
    values.put("remediationDeadline", deadline);
    return values;
  }

  @Test
  void theBusinessOwnerSuspendsTheUseCaseAndItAndTheManagersAreTold() throws Exception {
    Contract contract = contract();
    ProcessInstance handling = reported(contract);

    assertThat(handling).isWaitingAt(SlaNoticeProcesses.DECIDE_SUSPENSION);
    Task task = task(handling, SlaNoticeProcesses.DECIDE_SUSPENSION);
    assertThat(task).hasCandidateGroup("it").hasCandidateUser("demo-procurement");
    assertThat(task.getName()).startsWith(contract.getBusinessKey() + " · ")
        .endsWith(" — Decide use case suspension: HARMFUL_OUTPUT on CHAT_UI");
    Map<String, Object> form = engine.getFormService().getTaskFormVariables(task.getId());
    assertThat(form).as("the form shows the report, worked out when read")
        .containsEntry("reportTitle", "Harmful output on CHAT_UI, " + contract.getProduct() + " (" + contract.getBusinessKey() + ")")
        .containsEntry("businessOwner", "demo-procurement").containsEntry("businessOwnerAgreed", false);
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).as("nothing of it stored on the task (ADR 0008)")
        .doesNotContainKeys("reportTitle", "reportDescription", "businessOwner", "suspension");
    HarmfulOutputReport report = reports.ofContract(contract.getId()).get(0);
    assertThat(report.getBusinessOwner()).as("the procurement's requester").isEqualTo("demo-procurement");
    VendorNotice notice = notices.find(report.getNoticeId()).orElseThrow();
    assertThat(notice.getRecordedBy()).isEqualTo("demo-it");
    assertThat(notice.getSource()).isEqualTo(VendorNotice.Source.MANUAL);

    assertThat(mailsAbout("Your decision is needed: HARMFUL_OUTPUT")).singleElement()
        .satisfies(m -> assertThat(recipients(m)).containsExactly("demo-procurement@example.org"));
    MAIL.purgeEmailFromAllMailboxes();
    String deadline = EngineClock.today().plusDays(14).toString();
    complete("demo-procurement", task, decision("SUSPEND", deadline));

    assertThat(handling).hasPassed(SlaNoticeProcesses.NOTIFY_SUSPENSION).isWaitingAt(SlaNoticeProcesses.CONFIRM_REMEDIATION);
    Task confirm = task(handling, SlaNoticeProcesses.CONFIRM_REMEDIATION);
    assertThat(confirm).hasCandidateGroup("it").hasCandidateUser("demo-procurement");
    assertThat(engine.getFormService().getTaskFormVariables(confirm.getId()))
        .as("the confirmation's form, worked out when read: what was asked, by when, and the use case's state")
        .containsEntry("remediationAsked", "Block medical advice and show us the evaluation results")
        .containsEntry("remediationDeadlineText", deadline)
        .hasEntrySatisfying("useCaseState", state -> assertThat((String) state).startsWith("suspended since "));
    assertThat(engine.getTaskService().getVariablesLocal(confirm.getId())).as("not stored on the task")
        .doesNotContainKeys("remediationAsked", "useCaseState", "reportTitle");
    assertThat(confirm.getDueDate()).isEqualTo(HarmfulOutputRules.remediationDueAt(java.time.LocalDate.parse(deadline)));
    HarmfulOutputReport decided = reports.get(report.getId());
    assertThat(decided.getSuspension()).isEqualTo(HarmfulOutputRules.Suspension.SUSPEND);
    assertThat(decided.getDecidedBy()).isEqualTo("demo-procurement");
    assertThat(decided.getRemediationDeadline()).hasToString(deadline);
    assertThat(decided.getBusinessOwnerAgreed()).as("the business owner decided").isTrue();
    assertThat(notices.find(report.getNoticeId()).orElseThrow().getOutcome())
        .startsWith("Use case suspended (demo-procurement): A risk to customers' health is suspected")
        .contains("Remediation asked of the vendor by " + deadline);
    // GreenMail lists a message once per recipient's mailbox; other tests may have added members to IT
    assertThat(mailsAbout("Use case suspended")).extracting(SlaNoticeTest::recipients)
        .anySatisfy(r -> assertThat(r).as("every member of IT").contains("demo-it@example.org")
            .doesNotContain("demo-manager@example.org"))
        .anySatisfy(r -> assertThat(r).as("and the managers").containsExactly("demo-manager@example.org"))
        .allSatisfy(r -> assertThat(r).doesNotContain("demo-legal@example.org", "demo-procurement@example.org"));

    complete("demo-it", confirm, Map.of("remediationNote", "Medical advice blocked; our 200-prompt evaluation passes"));
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.END_REMEDIATION_CONFIRMED)
        .hasNotPassed(SlaNoticeProcesses.RECORD_MISSED_REMEDIATION);
    HarmfulOutputReport remedied = reports.get(report.getId());
    assertThat(remedied.getRemediationConfirmedBy()).isEqualTo("demo-it");
    assertThat(remedied.getRemediationNote()).startsWith("Medical advice blocked");
    assertThat(remedied.getRemediationEscalatedAt()).isNull();
  }

  @Test
  void itLetsTheUseCaseContinueAfterARefusedIncompleteDecision() throws Exception {
    Contract contract = contract();
    ProcessInstance handling = reported(contract);
    Task task = task(handling, SlaNoticeProcesses.DECIDE_SUSPENSION);

    Map<String, Object> bad = decision("PAUSE", EngineClock.today().toString());
    bad.put("remediationRequest", "");
    assertThatThrownBy(() -> complete("demo-it", task, bad))
        .hasMessageContaining("suspension: 'PAUSE' is not one of SUSPEND, CONTINUE")
        .hasMessageContaining("businessOwnerAgreed: confirm that the business owner (demo-procurement) agrees")
        .hasMessageContaining("remediationRequest: say what the vendor must remedy")
        .hasMessageContaining("remediationDeadline: " + EngineClock.today() + " is not after today");
    assertThat(reports.ofContract(contract.getId()).get(0).getSuspension()).isNull();

    java.time.LocalDate deadline = EngineClock.today().plusDays(30);
    Map<String, Object> agreed = decision("CONTINUE", deadline.toString());
    agreed.put("businessOwnerAgreed", true);
    complete("demo-it", task, agreed);
    assertThat(handling).hasNotPassed(SlaNoticeProcesses.NOTIFY_SUSPENSION).isWaitingAt(SlaNoticeProcesses.CONFIRM_REMEDIATION);

    // the vendor lets the deadline pass: the whole deadline day is its own, then the managers hear of it
    MAIL.purgeEmailFromAllMailboxes();
    java.time.Instant due = HarmfulOutputRules.remediationDueAt(deadline).toInstant();
    EngineClock.set(due.minusSeconds(60));
    executeJobs();
    assertThat(handling).hasNotPassed(SlaNoticeProcesses.RECORD_MISSED_REMEDIATION);
    EngineClock.set(due.plusSeconds(60));
    executeJobs();
    assertThat(handling).hasPassed(SlaNoticeProcesses.RECORD_MISSED_REMEDIATION, SlaNoticeProcesses.END_REMEDIATION_ESCALATED)
        .isWaitingAt(SlaNoticeProcesses.CONFIRM_REMEDIATION);
    assertThat(breaches.ofContract(contract.getId())).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(org.llmprocurement.notices.BreachKind.MISSED_DEADLINE);
      assertThat(b.getDescription()).contains("not confirmed by its deadline " + deadline);
    });
    // GreenMail lists a message once per recipient's mailbox; other tests may have added members to IT
    assertThat(mailsAbout("Remediation overdue")).extracting(SlaNoticeTest::recipients)
        .anySatisfy(r -> assertThat(r).as("every member of IT").contains("demo-it@example.org")
            .doesNotContain("demo-manager@example.org"))
        .anySatisfy(r -> assertThat(r).as("and the managers").containsExactly("demo-manager@example.org"))
        .allSatisfy(r -> assertThat(r).doesNotContain("demo-legal@example.org", "demo-procurement@example.org"));
    assertThat(reports.ofContract(contract.getId()).get(0).getRemediationEscalatedAt()).isEqualTo(due.plusSeconds(60));

    Task confirm = task(handling, SlaNoticeProcesses.CONFIRM_REMEDIATION);
    assertThatThrownBy(() -> complete("demo-it", confirm, Map.of("remediationNote", "done")))
        .hasMessageContaining("remediationNote: say what the vendor did to remedy it and how you checked (at least 10 characters)");
    complete("demo-it", confirm, Map.of("remediationNote", "Regression fixed in model build 2027-01; spot checks pass"));
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.END_REMEDIATION_CONFIRMED);
    assertThat(reports.ofContract(contract.getId()).get(0).getSuspension()).isEqualTo(HarmfulOutputRules.Suspension.CONTINUE);
    assertThat(notices.ofContract(contract.getId()).get(0).getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    var view = api.get("/api/contracts/" + contract.getId() + "/harmful-output-reports", "demo-manager").json().get("reports").get(0);
    assertThat(view.get("suspension").asText()).isEqualTo("CONTINUE");
    assertThat(view.get("decidedBy").asText()).isEqualTo("demo-it");
  }

  @Test
  void theVendorApiRefusesAHarmfulOutputReport() {
    Contract contract = contract();
    assertThatThrownBy(() -> deliver(contract, NoticeType.HARMFUL_OUTPUT, "{'kind':'HARMFUL_OUTPUT','surface':'API',"
        + "'observedOn':'2026-11-30','description':'We noticed our model produced something bad.'}"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems())
            .containsExactly("type: HARMFUL_OUTPUT is reported by our own teams from Tasklist, not by the vendor"));
    Map<String, Object> bad = report(contract);
    bad.put("surface", "BATCH");
    bad.put("description", "bad");
    assertThatThrownBy(() -> record("demo-it", SlaNoticeProcesses.HARMFUL_RECORDING_KEY, bad))
        .hasMessageContaining("payload.surface: BATCH is not a surface of the contract")
        .hasMessageContaining("payload.description: at least 20 characters");
    assertThat(notices.ofContract(contract.getId())).isEmpty();
  }
}
