package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code data-deletion-request}: confirmed in time; reminder, escalation at the
 * deadline and a late confirmation (the engine clock moves, timers fire); refused confirmations and
 * refused starts that write nothing.
 */
class DataDeletionProcessTest extends ContractTest {

  @Autowired
  DataDeletionRequests requests;

  private Contract contract;

  @BeforeEach
  void aRegisteredContract() {
    long contractId = registered("Deletion Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    contract = register.find(contractId).orElseThrow();
  }

  static Map<String, Object> request(long contractId, String dataSetName) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contractId", contractId);
    values.put("dataSetName", dataSetName);
    values.put("dataSetDescription", "Support tickets exported for fine-tuning, held in the vendor's EU tenant");
    values.put("dataCategories", List.of("PERSONAL", "CONFIDENTIAL_BUSINESS"));
    return values;
  }

  /** Submits the Tasklist start form as the user; lists as JSON, as form-js sends them. */
  private ProcessInstance startAs(String user, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DataDeletionProcess.KEY).latestVersion().singleResult().getId();
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    as(user, () -> started.set(engine.getFormService().submitStartForm(definitionId, variables)));
    return started.get();
  }

  private Task confirmTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(DataDeletionProcess.CONFIRM_DELETION).singleResult();
  }

  private long uploadConfirmation(String title) {
    Api.Response uploaded = api.upload("/api/procurements/" + contract.getProcurementId() + "/documents", "demo-procurement",
        Map.of("type", "OTHER", "title", title), new Api.FilePart("file", "deletion-certificate.pdf", "application/pdf",
            ("%PDF-1.7\n" + title + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    return uploaded.json().get("id").asLong();
  }

  private static Map<String, Object> confirmation(Object documentId, boolean content, boolean backups, boolean derived) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("confirmationDocumentId", documentId);
    values.put("coversContent", content);
    values.put("coversBackups", backups);
    values.put("coversDerivedArtefacts", derived);
    values.put("confirmationNote", "Certificate of deletion signed by the vendor's DPO");
    return values;
  }

  private void complete(Task task, Map<String, Object> values) {
    as("demo-data-governance", () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  private DataDeletionRequest row(ProcessInstance instance) {
    return requests.ofProcessInstance(instance.getId()).orElseThrow();
  }

  /** Mails received with the subject part; mails leave synchronously after the job's commit. */
  private static List<MimeMessage> mailsAbout(String subjectPart) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRequestGetsTheContractsKeyAndDeadlineAndIsConfirmedInTime() {
    ProcessInstance instance = startAs("demo-data-governance", request(contract.getId(), "Support tickets 2025"));

    assertThat(instance).isWaitingAt(DataDeletionProcess.CONFIRM_DELETION);
    assertThat(instance.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    assertThat(instance).variables().containsEntry("contractId", contract.getId()).doesNotContainKeys("dataSetName",
        "dataSetDescription", "dataCategories");
    DataDeletionRequest request = row(instance);
    assertThat(request.getStatus()).isEqualTo(DeletionStatus.OPEN);
    assertThat(request.getRequestedBy()).isEqualTo("demo-data-governance");
    assertThat(request.getDataSetName()).isEqualTo("Support tickets 2025");
    assertThat(request.getDeadlineSource()).as("the contract has no deletion obligation of its own")
        .isEqualTo(DeletionRules.Source.THRESHOLD);
    assertThat(request.getDeletionDays()).as("HIGH, current thresholds").isEqualTo(30);
    assertThat(request.getDeadline()).isEqualTo(EngineClock.today().plusDays(30));
    Task task = confirmTask(instance);
    assertThat(task.getName()).startsWith(contract.getBusinessKey() + " · ").endsWith(" — Confirm vendor deletion: Support tickets 2025");
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .as("the Tasklist columns: procurement, vendor and product")
        .containsEntry("procurement", contract.getBusinessKey()).containsEntry("product", contract.getProduct())
        .containsKey("vendor");
    assertThat(task.getDueDate()).isEqualTo(DeletionRules.dueAt(request.getDeadline()));
    assertThat(task).hasCandidateGroup("data-governance");

    long document = uploadConfirmation("Deletion certificate support tickets");
    complete(task, confirmation(document, true, true, true));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(DataDeletionProcess.END_CONFIRMED)
        .hasNotPassed(DataDeletionProcess.REMIND_DATA_GOVERNANCE, DataDeletionProcess.ESCALATE_OVERDUE);
    DataDeletionRequest confirmed = row(instance);
    assertThat(confirmed.getStatus()).isEqualTo(DeletionStatus.CONFIRMED);
    assertThat(confirmed.getConfirmationDocumentId()).isEqualTo(document);
    assertThat(confirmed.getConfirmedBy()).isEqualTo("demo-data-governance");
    assertThat(confirmed.getCoversBackups()).isTrue();
    assertThat(confirmed.getConfirmationNote()).isEqualTo("Certificate of deletion signed by the vendor's DPO");
  }

  @Test
  void aSlippingVendorRemindsDataGovernanceThenEscalatesAtTheDeadlineAndALateConfirmationStillCloses() throws Exception {
    ProcessInstance instance = startAs("demo-data-governance", request(contract.getId(), "Chat transcripts Q3"));
    DataDeletionRequest request = row(instance);
    MAIL.purgeEmailFromAllMailboxes();

    EngineClock.set(DeletionRules.reminderAt(request.getReminderDate()).toInstant().minusSeconds(60));
    executeJobs(instance.getId());
    assertThat(instance).hasNotPassed(DataDeletionProcess.REMIND_DATA_GOVERNANCE);

    EngineClock.set(DeletionRules.reminderAt(request.getReminderDate()).toInstant().plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(instance).hasPassed(DataDeletionProcess.REMIND_DATA_GOVERNANCE, DataDeletionProcess.END_REMINDED)
        .hasNotPassed(DataDeletionProcess.ESCALATE_OVERDUE).isWaitingAt(DataDeletionProcess.CONFIRM_DELETION);
    assertThat(row(instance).getRemindedAt()).isNotNull();
    assertThat(row(instance).getStatus()).isEqualTo(DeletionStatus.OPEN);
    List<MimeMessage> reminders = mailsAbout("Reminder: chase the vendor's deletion of 'Chat transcripts Q3'");
    assertThat(reminders).hasSize(1);
    MimeMessage reminder = reminders.get(0);
    assertThat(Arrays.stream(reminder.getAllRecipients()).map(Object::toString)).containsExactly("demo-data-governance@example.org");

    Instant due = DeletionRules.dueAt(request.getDeadline()).toInstant();
    EngineClock.set(due.minusSeconds(60));
    executeJobs(instance.getId());
    assertThat(instance).as("the vendor has the whole deadline day").hasNotPassed(DataDeletionProcess.ESCALATE_OVERDUE);

    EngineClock.set(due.plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(instance).hasPassed(DataDeletionProcess.ESCALATE_OVERDUE, DataDeletionProcess.END_ESCALATED)
        .isWaitingAt(DataDeletionProcess.CONFIRM_DELETION);
    assertThat(row(instance).getStatus()).isEqualTo(DeletionStatus.OVERDUE);
    assertThat(row(instance).getEscalatedAt()).isEqualTo(due.plusSeconds(60));
    List<MimeMessage> escalations = mailsAbout("Overdue: vendor deletion of 'Chat transcripts Q3'");
    assertThat(escalations).hasSize(1);
    MimeMessage escalation = escalations.get(0);
    assertThat(Arrays.stream(escalation.getAllRecipients()).map(Object::toString)).containsExactly("demo-manager@example.org");

    EngineClock.set(due.plus(Duration.ofDays(3)));
    complete(confirmTask(instance), confirmation(uploadConfirmation("Late deletion certificate"), true, true, true));
    executeJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed(DataDeletionProcess.END_CONFIRMED);
    assertThat(row(instance).getStatus()).isEqualTo(DeletionStatus.CONFIRMED);
    Api.Response view = api.get("/api/contracts/" + contract.getId() + "/deletion-requests", "demo-manager");
    assertThat(view.json().get("requests").get(0).get("confirmation").get("late").asBoolean()).isTrue();
    assertThat(view.json().get("requests").get(0).get("escalatedAt").isNull()).isFalse();
  }

  @Test
  void aConfirmationWithoutAFreshDocumentOrFullCoverageIsRefusedNamingEachPointAndWritesNothing() {
    Instant start = EngineClock.now();
    EngineClock.set(start);
    long earlier = uploadConfirmation("Data processing agreement annex");
    EngineClock.set(start.plus(Duration.ofHours(1)));
    ProcessInstance instance = startAs("demo-data-governance", request(contract.getId(), "Embeddings index"));
    Task task = confirmTask(instance);

    assertThatThrownBy(() -> complete(task, confirmation(earlier, true, false, false)))
        .hasMessageContaining("confirmationDocumentId: document " + earlier)
        .hasMessageContaining("before the request")
        .hasMessageContaining("coversBackups: confirm that the vendor's confirmation covers the backups")
        .hasMessageContaining("coversDerivedArtefacts: confirm that the vendor's confirmation covers derived artefacts (embeddings, caches)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("coversContent"));
    assertThatThrownBy(() -> complete(task, confirmation(999_999_999L, true, true, true)))
        .hasMessageContaining("confirmationDocumentId: no document 999999999 of procurement " + contract.getBusinessKey());
    assertThatThrownBy(() -> complete(task, confirmation(null, true, true, true)))
        .hasMessageContaining("confirmationDocumentId: required");

    assertThat(instance).isWaitingAt(DataDeletionProcess.CONFIRM_DELETION);
    DataDeletionRequest unchanged = row(instance);
    assertThat(unchanged.getStatus()).isEqualTo(DeletionStatus.OPEN);
    assertThat(unchanged.getConfirmedAt()).isNull();
    assertThat(unchanged.getConfirmationDocumentId()).isNull();
  }

  @Test
  void aRefusedStartNamesEveryProblemAndWritesNothing() {
    Map<String, Object> bad = request(contract.getId(), "");
    bad.put("dataCategories", List.of());
    bad.put("dataSetDescription", "tiny");
    long processes = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DataDeletionProcess.KEY).count();

    assertThatThrownBy(() -> startAs("demo-data-governance", bad))
        .hasMessageContaining("dataSetName: required")
        .hasMessageContaining("dataSetDescription: at least 10 characters")
        .hasMessageContaining("dataCategories: name at least one of");
    assertThatThrownBy(() -> startAs("demo-data-governance", request(999_999_999L, "Support tickets 2025")))
        .hasMessageContaining("contractId: no contract 999999999 in the register");
    assertThatThrownBy(() -> startAs("demo-legal", request(contract.getId(), "Support tickets 2025")))
        .as("only data governance starts deletion requests").isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> startAs("demo-procurement", request(contract.getId(), "Support tickets 2025")))
        .as("procurement creates instances, but not of this process").isInstanceOf(AuthorizationException.class)
        .hasMessageContaining(DataDeletionProcess.KEY);

    assertThat(requests.ofContract(contract.getId())).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DataDeletionProcess.KEY).count())
        .isEqualTo(processes);
  }

  @Test
  void aSecondRequestForTheSameDataSetWaitsUntilTheFirstIsConfirmed() {
    ProcessInstance first = startAs("demo-data-governance", request(contract.getId(), "Support tickets 2025"));

    assertThatThrownBy(() -> startAs("demo-data-governance", request(contract.getId(), "  support   TICKETS 2025")))
        .hasMessageContaining("dataSetName: a request to delete 'support   TICKETS 2025' under contract " + contract.getId()
            + " is still waiting for the vendor");

    complete(confirmTask(first), confirmation(uploadConfirmation("Deletion certificate"), true, true, true));
    ProcessInstance second = startAs("demo-data-governance", request(contract.getId(), "Support tickets 2025"));
    assertThat(second).isWaitingAt(DataDeletionProcess.CONFIRM_DELETION);
    assertThat(requests.ofContract(contract.getId())).hasSize(2);
  }
}
