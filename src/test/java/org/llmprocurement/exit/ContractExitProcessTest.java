package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.llmprocurement.exit.ContractExitProcess.*;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.AccessInventory;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exit runbook's paths: freeze, a failed export verification looping back to the vendor, a
 * postponed cut-over, revocation with an entry unconfirmed, an incomplete deletion certificate
 * looping back, slipping vendor deadlines (the engine clock moves), refusals that name every
 * problem, and a second exit refused.
 */
class ContractExitProcessTest extends ContractTest {

  @Autowired
  ContractExits exits;
  @Autowired
  AccessInventory inventory;
  @Autowired
  org.llmprocurement.intake.IntakeService intake;
  @Autowired
  java.util.List<org.llmprocurement.engine.RecordHold> holds;

  private Contract contract;

  @BeforeEach
  void aRegisteredContractWithTwoAccessEntries() {
    long id = registered("Exit Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    contract = register.find(id).orElseThrow();
    inventory.add(id, Map.of("kind", "API_KEY", "name", "support-bot-prod", "ownerGroup", "it", "owner", "Platform team",
        "environment", "PRODUCTION", "reason", "Key of the production support bot"), "demo-it");
    inventory.add(id, Map.of("kind", "SSO_APPLICATION", "name", "Vendor console SSO", "ownerGroup", "security",
        "environment", "ALL", "reason", "Single sign-on to the vendor console"), "demo-it");
  }

  private void complete(String user, Task task, Map<String, Object> values) {
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  private Task task(ProcessInstance instance, String activityId) {
    return ExitFixture.task(engine, instance, activityId);
  }

  private ProcessInstance started() {
    ProcessInstance instance = ExitFixture.startAs(engine, "demo-procurement", contract.getId(),
        "The vendor raised prices by 40 % and we move to the in-house model");
    executeJobs(instance.getId());
    return instance;
  }

  private ContractExit exit() {
    return exits.running(contract.getId()).or(() -> exits.ofContract(contract.getId()).stream().findFirst()).orElseThrow();
  }

  private List<ContractExitStep> rows(ExitStep step) {
    return exits.steps(exit().getId()).stream().filter(r -> r.getStep() == step).toList();
  }

  private static List<MimeMessage> mailsAbout(String subjectPart) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void aManualExitFreezesTheContractAndRunsExportAndCutOverInParallel() {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .processDefinitionKey("contract-registration").finished().list())
        .as("the registration ended (model time-to-live two years); its history is held with the open contract's record")
        .singleElement().satisfies(p -> assertThat(p.getRemovalTime()).isNull());
    assertThat(holds).extracting(h -> h.of(contract.getBusinessKey())).contains(org.llmprocurement.engine.RecordHold.Verdict.HELD);
    ProcessInstance instance = started();

    assertThat(instance.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    assertThat(instance).isWaitingAt(FREEZE);
    Task freeze = task(instance, FREEZE);
    assertThat(freeze).hasCandidateGroup("procurement");
    assertThat(freeze.getDueDate()).as("freeze due when the tier's freeze days (HIGH: 5) are over")
        .isEqualTo(org.llmprocurement.calendar.BusinessCalendar.startOf(EngineClock.today().plusDays(6)));
    ContractExit exit = exit();
    assertThat(exit.getTrigger().name()).isEqualTo("MANUAL");
    assertThat(exit.getRequestedBy()).isEqualTo("demo-procurement");
    assertThat(exit.getAssistanceUntil()).as("HIGH: 90 days of transition assistance").isEqualTo(EngineClock.today().plusDays(90));

    complete("demo-procurement", freeze, ExitFixture.freeze(null, "The use case is retired together with the vendor"));

    Contract frozen = register.find(contract.getId()).orElseThrow();
    assertThat(frozen.getStatus()).isEqualTo(ContractStatus.NOTICE_GIVEN);
    assertThat(frozen.getFrozenByExit()).isEqualTo(exit.getId());
    assertThat(instance).isWaitingAt(REQUEST_EXPORT, DECIDE_CUT_OVER);
    assertThat(task(instance, DECIDE_CUT_OVER).getDueDate()).as("the day after the planned cut-over")
        .isEqualTo(org.llmprocurement.calendar.BusinessCalendar.startOf(EngineClock.today().plusDays(21)));
  }

  @Test
  void aFailedExportVerificationGoesBackToTheVendorWithItsReason() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());

    Task verify = task(instance, VERIFY_EXPORT);
    assertThat(verify).hasCandidateGroup("it");
    assertThat(exit().getExportDeadline()).as("HIGH thresholds' export window from the request date")
        .isEqualTo(EngineClock.today().plusDays(exit().getExportWindowDays()));
    assertThat(verify.getDueDate()).isEqualTo(org.llmprocurement.calendar.BusinessCalendar.startOf(exit().getExportDeadline().plusDays(1)));
    complete("demo-it", verify, ExitFixture.failed("The logs archive is truncated after March and configurations are missing"));

    assertThat(instance).isWaitingAt(REQUEST_EXPORT, DECIDE_CUT_OVER);
    Task again = task(instance, REQUEST_EXPORT);
    assertThat(again.getName()).contains("Request data export again (round 2)");
    assertThat(engine.getTaskService().getVariableLocal(again.getId(), "previousFailure").toString()).contains("truncated after March");
    assertThat(rows(ExitStep.VERIFY_EXPORT)).extracting(ContractExitStep::getState).containsExactly(ContractExitStep.State.FAILED);
    assertThat(mailsAbout("Export failed verification")).isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(VERIFY_EXPORT).count()).as("Cockpit shows the loop: the verification ran once already").isEqualTo(1);

    complete("demo-procurement", again, ExitFixture.exportRequest());
    complete("demo-it", task(instance, VERIFY_EXPORT), ExitFixture.verified());
    executeJobs(instance.getId());

    assertThat(instance).isWaitingAt(DECIDE_CUT_OVER).isWaitingAt(JOIN).isNotWaitingAt(REQUEST_DELETION);
    ContractExitStep done = rows(ExitStep.VERIFY_EXPORT).get(1);
    assertThat(done.getState()).isEqualTo(ContractExitStep.State.DONE);
    assertThat(exits.evidence(done).get("checksums").toString()).contains("content/tickets.jsonl", "3a7bd3e2");
    assertThat(exit().getExportVerifiedAt()).isNotNull();
  }

  @Test
  void verificationsAreRefusedNamingEveryGapAndWriteNothing() {
    ProcessInstance instance = started();
    Task freeze = task(instance, FREEZE);
    Map<String, Object> bad = ExitFixture.freeze(null, null);
    bad.put("usersInformed", false);
    bad.put("plannedCutOver", EngineClock.today().minusDays(1).toString());
    assertThatThrownBy(() -> complete("demo-procurement", freeze, bad)).hasMessageContaining("noSuccessorReason")
        .hasMessageContaining("usersInformed").hasMessageContaining("plannedCutOver");
    Map<String, Object> self = ExitFixture.freeze(contract.getId(), null);
    assertThatThrownBy(() -> complete("demo-procurement", freeze, self)).hasMessageContaining("successorContractId: the successor must be another");
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).as("nothing written").isEqualTo(ContractStatus.ACTIVE);

    complete("demo-procurement", freeze, ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    Map<String, Object> partial = ExitFixture.exportRequest();
    partial.put("exportItems", org.llmprocurement.guard.JsonViews.json(List.of("DATA")));
    partial.put("fineTunedArtefactsOurs", true);
    assertThatThrownBy(() -> complete("demo-procurement", task(instance, REQUEST_EXPORT), partial))
        .hasMessageContaining("exportItems: ask for LOGS").hasMessageContaining("ask for CONFIGURATIONS")
        .hasMessageContaining("ask for METADATA").hasMessageContaining("ask for FINE_TUNED_ARTEFACTS");
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());

    Map<String, Object> claimed = ExitFixture.verified();
    claimed.put("itemsReceived", org.llmprocurement.guard.JsonViews.json(List.of("DATA", "LOGS")));
    claimed.put("readableInAgreedFormat", false);
    claimed.put("checksums", "not-a-checksum  file.txt");
    assertThatThrownBy(() -> complete("demo-it", task(instance, VERIFY_EXPORT), claimed))
        .hasMessageContaining("itemsReceived: CONFIGURATIONS was requested").hasMessageContaining("METADATA was requested")
        .hasMessageContaining("readableInAgreedFormat").hasMessageContaining("checksums: line 1");
    assertThat(rows(ExitStep.VERIFY_EXPORT)).extracting(ContractExitStep::getState).containsExactly(ContractExitStep.State.OPEN);
  }

  @Test
  void aPostponedCutOverComesBackOnTheNewDateAndRevocationWaitsForEveryEntry() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, DECIDE_CUT_OVER), ExitFixture.noGo(30, "The successor's data import is not finished"));

    Task again = task(instance, DECIDE_CUT_OVER);
    assertThat(again.getDueDate()).isEqualTo(org.llmprocurement.calendar.BusinessCalendar.startOf(EngineClock.today().plusDays(31)));
    assertThat(exit().getPlannedCutOver()).isEqualTo(EngineClock.today().plusDays(30));
    Map<String, Object> tooLate = ExitFixture.noGo(120, "The successor's data import is not finished");
    assertThatThrownBy(() -> complete("demo-procurement", again, tooLate))
        .hasMessageContaining("assistanceExtended").hasMessageContaining("after the vendor's transition assistance ends");

    complete("demo-procurement", again, ExitFixture.go());
    complete("demo-it", task(instance, CONFIRM_INVENTORY), ExitFixture.inventoryComplete(null));

    List<Task> revocations = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(REVOKE_ACCESS).orderByTaskName().asc().list();
    assertThat(revocations).hasSize(2);
    Task key = revocations.stream().filter(t -> t.getName().contains("support-bot-prod")).findFirst().orElseThrow();
    Task sso = revocations.stream().filter(t -> t.getName().contains("Vendor console SSO")).findFirst().orElseThrow();
    assertThat(key).hasCandidateGroup("it");
    assertThat(sso).hasCandidateGroup("security");
    Map<String, Object> notYet = ExitFixture.revoked();
    notYet.put("revoked", false);
    assertThatThrownBy(() -> complete("demo-security", sso, notYet)).hasMessageContaining("revoked: confirm the access is revoked");

    complete("demo-it", key, ExitFixture.revoked());
    executeJobs(instance.getId());
    assertThat(instance).as("one entry unconfirmed: the revocation step is not complete").isWaitingAt(REVOKE_ACCESS);
    assertThat(rows(ExitStep.REVOKE_ACCESS)).extracting(ContractExitStep::getState)
        .containsExactlyInAnyOrder(ContractExitStep.State.DONE, ContractExitStep.State.OPEN);

    complete("demo-security", sso, ExitFixture.revoked());
    executeJobs(instance.getId());
    assertThat(instance).as("export not verified yet: the join waits").isWaitingAt(REQUEST_EXPORT).isNotWaitingAt(REQUEST_DELETION);
  }

  @Test
  void anIncompleteDeletionCertificateGoesBackAndTheExitClosesTheContract() throws Exception {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());
    complete("demo-it", task(instance, VERIFY_EXPORT), ExitFixture.verified());
    complete("demo-procurement", task(instance, DECIDE_CUT_OVER), ExitFixture.go());
    complete("demo-it", task(instance, CONFIRM_INVENTORY), ExitFixture.inventoryComplete(null));
    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVOKE_ACCESS).list()
        .forEach(t -> complete(t.getName().contains("SSO") ? "demo-security" : "demo-it", t, ExitFixture.revoked()));
    executeJobs(instance.getId());

    assertThat(instance).isWaitingAt(REQUEST_DELETION);
    complete("demo-data-governance", task(instance, REQUEST_DELETION), ExitFixture.deletionRequest());
    Task verify = task(instance, VERIFY_CERTIFICATE);
    assertThat(exit().getDeletionDeadline()).isEqualTo(EngineClock.today().plusDays(exit().getDeletionDays()));
    long document = ExitFixture.uploadCertificate(api, contract.getProcurementId(), "Deletion certificate, first");

    Map<String, Object> claimedComplete = ExitFixture.certificate(document, List.of("CONTENT", "LOGS", "CACHES", "SUBPROCESSORS"));
    claimedComplete.put("outcome", "COMPLETE");
    claimedComplete.remove("backupsExpireOn");
    assertThatThrownBy(() -> complete("demo-data-governance", verify, claimedComplete))
        .hasMessageContaining("does not state BACKUPS").hasMessageContaining("does not state EMBEDDINGS")
        .hasMessageContaining("backupsExpireOn");

    complete("demo-data-governance", verify, ExitFixture.certificate(document, List.of("CONTENT", "LOGS", "BACKUPS", "CACHES",
        "SUBPROCESSORS")));
    Task again = task(instance, REQUEST_DELETION);
    assertThat(again.getName()).contains("round 2");
    assertThat(engine.getTaskService().getVariableLocal(again.getId(), "previousGaps").toString()).contains("EMBEDDINGS");
    assertThat(mailsAbout("Deletion certificate incomplete")).isNotEmpty();

    complete("demo-data-governance", again, ExitFixture.deletionRequest());
    long second = ExitFixture.uploadCertificate(api, contract.getProcurementId(), "Deletion certificate, complete");
    complete("demo-data-governance", task(instance, VERIFY_CERTIFICATE), ExitFixture.certificate(second, ExitFixture.ALL_SCOPES));
    executeJobs(instance.getId());

    assertThat(instance).isEnded();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(END_CLOSED).count()).isEqualTo(1);
    Contract closed = register.find(contract.getId()).orElseThrow();
    assertThat(closed.getStatus()).isEqualTo(ContractStatus.CLOSED);
    ContractExit exit = exit();
    assertThat(exit.getStatus()).isEqualTo(ContractExit.Status.CLOSED);
    assertThat(exit.getCertificateDocumentId()).isEqualTo(second);
    assertThat(exit.getRetainUntil()).isAfter(EngineClock.now().plus(Duration.ofDays(365)));
    assertThat(exits.running(contract.getId())).isEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .processDefinitionKey("contract-life").count()).as("the contract life ended").isZero();
    assertThat(holds).extracting(h -> h.of(contract.getBusinessKey()))
        .as("an instance of the closed contract that ends later gets the same retention end")
        .contains(org.llmprocurement.engine.RecordHold.Verdict.retainedUntil(exit.getRetainUntil()));
    executeJobs(); // the removal-time batch, as the job executor would run it after the close
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .list()).as("every process of the contract, the runbook included, is kept exactly as long as the record")
        .isNotEmpty().allSatisfy(p -> assertThat(p.getRemovalTime()).isEqualTo(java.util.Date.from(exit.getRetainUntil())));

    org.llmprocurement.support.Api.Download record = api.download("/api/contracts/" + contract.getId() + "/export", "demo-manager");
    assertThat(record.status()).isEqualTo(200);
    Map<String, byte[]> files = ContractExportApiTest.unzip(record.body());
    com.fasterxml.jackson.databind.JsonNode exits = org.llmprocurement.support.Api.JSON.readTree(files.get("exit/exits.json"));
    assertThat(exits).hasSize(1);
    assertThat(exits.get(0).get("status").asText()).isEqualTo("CLOSED");
    assertThat(exits.get(0).get("certificate_document_id").asLong()).isEqualTo(second);
    assertThat(new String(files.get("exit/exit-steps.json"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("VERIFY_CERTIFICATE").contains("REVOKE_ACCESS").contains("support-bot-prod");
  }

  @Test
  void slippingVendorDeadlinesRemindAndThenEscalate() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());
    ContractExit exit = exit();
    int before = mailsAbout("Overdue: vendor export").size();

    EngineClock.set(org.llmprocurement.calendar.BusinessCalendar.startOf(exit.getExportDeadline().minusDays(14)).toInstant()
        .plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(rows(ExitStep.VERIFY_EXPORT).get(0).getRemindedAt()).as("HIGH: reminded 14 days before").isNotNull();
    assertThat(rows(ExitStep.VERIFY_EXPORT).get(0).getEscalatedAt()).isNull();
    assertThat(mailsAbout("Reminder: vendor export due " + exit.getExportDeadline())).isNotEmpty();

    EngineClock.set(org.llmprocurement.calendar.BusinessCalendar.startOf(exit.getExportDeadline().plusDays(1)).toInstant()
        .plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(rows(ExitStep.VERIFY_EXPORT).get(0).getEscalatedAt()).isNotNull();
    assertThat(mailsAbout("Overdue: vendor export")).hasSizeGreaterThan(before);
    assertThat(instance).as("the verification stays open for the late delivery").isWaitingAt(VERIFY_EXPORT);
  }

  @Test
  void theSuccessorMustBeAnotherEntryInForceThatIsNotBeingExited() {
    long successorId = registered("Successor Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(3), 60);
    ProcessInstance successorExit = ExitFixture.startAs(engine, "demo-manager", successorId, "The successor candidate is also being left");
    ProcessInstance instance = started();
    Task freeze = task(instance, FREEZE);

    assertThatThrownBy(() -> complete("demo-procurement", freeze, ExitFixture.freeze(successorId, null)))
        .hasMessageContaining("successorContractId: contract " + successorId + " is itself being exited");
    assertThatThrownBy(() -> complete("demo-procurement", freeze, ExitFixture.freeze(999999999L, null)))
        .hasMessageContaining("successorContractId: no contract 999999999 in the register");

    engine.getRuntimeService().deleteProcessInstance(successorExit.getId(), "test: successor kept");
    long other = registered("Other Successor " + System.nanoTime(), "", EngineClock.today().plusYears(3), 60);
    complete("demo-procurement", freeze, ExitFixture.freeze(other, null));
    assertThat(exit().getSuccessorContractId()).isEqualTo(other);
    assertThat(exit().getNoSuccessorReason()).isNull();
    assertThat(engine.getTaskService().getVariableLocal(task(instance, DECIDE_CUT_OVER).getId(), "successor"))
        .isEqualTo("contract " + other);
  }

  @Test
  void aSlippingDeletionCertificateIsRemindedThenEscalated() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());
    complete("demo-it", task(instance, VERIFY_EXPORT), ExitFixture.verified());
    complete("demo-procurement", task(instance, DECIDE_CUT_OVER), ExitFixture.go());
    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .filter(t -> t.getTaskDefinitionKey().equals(CONFIRM_INVENTORY)).forEach(t -> complete("demo-it", t, ExitFixture.inventoryComplete(null)));
    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVOKE_ACCESS).list()
        .forEach(t -> complete(t.getName().contains("SSO") ? "demo-security" : "demo-it", t, ExitFixture.revoked()));
    executeJobs(instance.getId());
    complete("demo-data-governance", task(instance, REQUEST_DELETION), ExitFixture.deletionRequest());
    ContractExit exit = exit();

    EngineClock.set(org.llmprocurement.calendar.BusinessCalendar.startOf(ExitRules.reminder(EngineClock.today(),
        exit.getDeletionDeadline(), 14)).toInstant().plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(rows(ExitStep.VERIFY_CERTIFICATE).get(0).getRemindedAt()).isNotNull();
    assertThat(mailsAbout("Reminder: vendor deletion certificate due " + exit.getDeletionDeadline())).isNotEmpty();

    EngineClock.set(org.llmprocurement.calendar.BusinessCalendar.startOf(exit.getDeletionDeadline().plusDays(1)).toInstant()
        .plusSeconds(60));
    executeJobs(instance.getId());
    assertThat(rows(ExitStep.VERIFY_CERTIFICATE).get(0).getEscalatedAt()).isNotNull();
    assertThat(mailsAbout("Overdue: vendor deletion certificate for " + contract.getBusinessKey())).isNotEmpty();
    assertThat(instance).as("the exit cannot close without the certificate").isWaitingAt(VERIFY_CERTIFICATE);
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).isNotEqualTo(ContractStatus.CLOSED);
  }

  @Test
  void accessAddedAfterTheInventoryWasConfirmedBlocksTheDeletionUntilRevoked() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    complete("demo-procurement", task(instance, REQUEST_EXPORT), ExitFixture.exportRequest());
    complete("demo-it", task(instance, VERIFY_EXPORT), ExitFixture.verified());
    Task decide = task(instance, DECIDE_CUT_OVER);
    String requester = intake.get(contract.getProcurementId()).getRequester();
    assertThat(decide).as("the business owner decides; procurement stands in").hasCandidateUser(requester).hasCandidateGroup("procurement");
    complete("demo-procurement", decide, ExitFixture.go());
    complete("demo-it", task(instance, CONFIRM_INVENTORY), ExitFixture.inventoryComplete(null));
    var late = inventory.add(contract.getId(), Map.of("kind", "SERVICE_ACCOUNT", "name", "late-batch-user", "ownerGroup", "it",
        "environment", "PRODUCTION", "reason", "Found during the cut-over"), "demo-it");
    engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REVOKE_ACCESS).list()
        .forEach(t -> complete(t.getName().contains("SSO") ? "demo-security" : "demo-it", t, ExitFixture.revoked()));
    executeJobs(instance.getId());

    Task request = task(instance, REQUEST_DELETION);
    assertThatThrownBy(() -> complete("demo-data-governance", request, ExitFixture.deletionRequest()))
        .hasMessageContaining("access: SERVICE_ACCOUNT 'late-batch-user' (it) is in the inventory and was never revoked");
    assertThat(rows(ExitStep.REQUEST_DELETION)).extracting(ContractExitStep::getState).containsExactly(ContractExitStep.State.OPEN);

    inventory.retire(contract.getId(), late.getId(), Map.of("reason", "Revoked during the exit: account deleted, ticket IT-4712"),
        "demo-it");
    complete("demo-data-governance", request, ExitFixture.deletionRequest());
    assertThat(instance).isWaitingAt(VERIFY_CERTIFICATE);
  }

  @Test
  void aCancelledExitLiftsTheFreezeAndAnotherMayStart() {
    ProcessInstance instance = started();
    complete("demo-procurement", task(instance, FREEZE), ExitFixture.freeze(null, "The use case is retired together with the vendor"));
    long first = exit().getId();
    assertThat(register.find(contract.getId()).orElseThrow().getFrozenByExit()).isEqualTo(first);

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "The vendor withdrew its price increase", false, false);

    assertThat(exits.get(first).getStatus()).isEqualTo(ContractExit.Status.CANCELLED);
    assertThat(register.find(contract.getId()).orElseThrow().getFrozenByExit()).as("no longer frozen").isNull();
    assertThat(mailsAbout("Exit cancelled: " + contract.getBusinessKey())).isNotEmpty();
    ProcessInstance second = ExitFixture.startAs(engine, "demo-procurement", contract.getId(), "The vendor raised prices again after all");
    assertThat(exits.running(contract.getId()).orElseThrow().getProcessInstanceId()).isEqualTo(second.getId());
  }

  @Test
  void aSecondExitIsRefusedWhileOneRuns() {
    started();
    assertThatThrownBy(() -> ExitFixture.startAs(engine, "demo-procurement", contract.getId(), "A second reason to leave the vendor"))
        .hasMessageContaining("is already running");
    assertThat(exits.ofContract(contract.getId())).hasSize(1);
  }

  @Test
  void aDecisionToExitStartsTheRunbookAndASecondIsRecordedOnIt(@Autowired org.springframework.context.ApplicationEventPublisher events) {
    org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
        transactionManager);
    tx.executeWithoutResult(s -> events.publishEvent(new org.llmprocurement.contracts.ContractEvent.ExitRequested(contract.getId(),
        contract.getBusinessKey(), org.llmprocurement.contracts.ExitTrigger.RENEWAL_DECISION, "Not renewed: cheaper in-house model",
        "demo-procurement")));
    ContractExit exit = exits.running(contract.getId()).orElseThrow();
    assertThat(exit.getTrigger()).isEqualTo(org.llmprocurement.contracts.ExitTrigger.RENEWAL_DECISION);
    assertThat(exit.getRequestedBy()).isEqualTo("demo-procurement");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId())
        .singleResult();
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt(FREEZE);

    tx.executeWithoutResult(s -> events.publishEvent(new org.llmprocurement.contracts.ContractEvent.ExitRequested(contract.getId(),
        contract.getBusinessKey(), org.llmprocurement.contracts.ExitTrigger.SERVICE_CHANGE, "short", null)));
    assertThat(exits.ofContract(contract.getId())).hasSize(1);
    assertThat(rows(ExitStep.REQUESTED)).extracting(r -> exits.evidence(r).get("trigger"))
        .containsExactly("RENEWAL_DECISION", "SERVICE_CHANGE");
    assertThat(exits.evidence(rows(ExitStep.REQUESTED).get(1)).get("reason")).isEqualTo("Exit decided (SERVICE_CHANGE): short");
  }

  @Autowired
  org.springframework.transaction.PlatformTransactionManager transactionManager;
}
