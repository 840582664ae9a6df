package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;

/**
 * {@code /api/evidence} and {@code /api/contracts/{id}/evidence}: who reads the portfolio and a
 * contract's evidence, bad windows, recording by security (directly, and answering an open
 * request), and every refusal writing nothing.
 */
class EvidenceApiTest extends AuditEvidenceFixture {

  private static final String SUBPROCESSORS = "Current subprocessor list";

  @BeforeEach
  void outsider() {
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
  }

  @AfterEach
  void removeOutsider() {
    engine.getIdentityService().deleteUser("outsider");
  }

  private static List<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  @Test
  void thePortfolioListsEvidenceExpiringWithinTheWindowForAuditorsOnly() {
    long contractId = signedContract();
    String businessKey = businessKeyOf(contractId);
    LocalDate lastValid = reviewEvidenceIssued().plusMonths(3);
    int window = (int) ChronoUnit.DAYS.between(EngineClock.today(), lastValid);

    Api.Response within = api.get("/api/evidence?expiringWithinDays=" + window, "demo-manager");
    assertThat(within.status()).as(within.body()).isEqualTo(200);
    List<JsonNode> ours = items(within.json().get("items")).stream()
        .filter(i -> i.get("businessKey").asText().equals(businessKey)).toList();
    assertThat(ours).extracting(i -> i.get("evidenceType").asText()).contains(SUBPROCESSORS);
    assertThat(ours).allSatisfy(i -> {
      assertThat(LocalDate.parse(i.get("validUntil").asText())).isBeforeOrEqualTo(EngineClock.today().plusDays(window));
      assertThat(i.get("contractId").asLong()).isEqualTo(contractId);
    });
    Api.Response shorter = api.get("/api/evidence?expiringWithinDays=" + (window - 1), "demo-security");
    assertThat(shorter.status()).isEqualTo(200);
    assertThat(items(shorter.json().get("items"))).noneMatch(i -> i.get("businessKey").asText().equals(businessKey)
        && i.get("evidenceType").asText().equals(SUBPROCESSORS));

    Api.Response bad = api.get("/api/evidence?expiringWithinDays=soon", "demo-manager");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("expiringWithinDays");
    assertThat(api.get("/api/evidence?expiringWithinDays=-1", "demo-manager").status()).isEqualTo(400);
    assertThat(api.get("/api/evidence?expiringWithinDays=3651", "demo-manager").status()).isEqualTo(400);
    assertThat(api.get("/api/evidence", "demo-it").status()).isEqualTo(403);
    assertThat(api.get("/api/evidence", "outsider").status()).isEqualTo(403);
    assertThat(api.get("/api/evidence", null).status()).isEqualTo(401);

    Api.Response one = api.get("/api/contracts/" + contractId + "/evidence", "demo-legal");
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(one.json().get("businessKey").asText()).isEqualTo(businessKey);
    assertThat(items(one.json().get("evidence"))).hasSizeGreaterThan(50).allSatisfy(e -> {
      assertThat(e.get("state").asText()).isEqualTo("CURRENT");
      assertThat(e.get("requirementIds").size()).isPositive();
      assertThat(e.get("documentId").asLong()).isEqualTo(review.evidence);
    });
    assertThat(one.json().get("requests").size()).isZero();
    assertThat(api.get("/api/contracts/" + contractId + "/evidence", "outsider").status()).isEqualTo(403);
    assertThat(api.get("/api/contracts/" + contractId + "/evidence", null).status()).isEqualTo(401);
    assertThat(api.get("/api/contracts/999999999/evidence", "demo-manager").status()).isEqualTo(404);
  }

  @Test
  void securityRecordsEvidenceDirectlyOrForAnOpenRequestAndEveryRefusalWritesNothing() {
    long contractId = signedContract();
    String path = "/api/contracts/" + contractId + "/evidence";
    LocalDate today = EngineClock.today();
    long dpa = uploadEvidence(review.procurementId, "Signed DPA " + System.nanoTime());
    Map<String, Object> valid = new LinkedHashMap<>(Map.of("evidenceType", "Signed DPA", "documentId", dpa,
        "issuedOn", today.minusDays(10).toString(), "expiresOn", today.plusYears(2).toString()));

    assertThat(api.post(path, "demo-it", valid).status()).isEqualTo(403);
    assertThat(api.post(path, "demo-manager", valid).status()).isEqualTo(403);
    assertThat(api.post(path, "outsider", valid).status()).isEqualTo(403);
    assertThat(api.post(path, null, valid).status()).isEqualTo(401);
    assertThat(api.post("/api/contracts/999999999/evidence", "demo-security", valid).status()).isEqualTo(404);
    Map<String, Object> unknownField = new LinkedHashMap<>(valid);
    unknownField.put("colour", "red");
    Api.Response unknown = api.post(path, "demo-security", unknownField);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("colour: is not a field of this request");
    Api.Response invalid = api.post(path, "demo-security", Map.of("evidenceType", "Horoscope", "documentId", review.msa,
        "issuedOn", "tomorrow", "expiresOn", "2020-01-01"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("evidenceType: 'Horoscope' is not evidence this contract keeps")
        .contains("is a MSA document, not EVIDENCE").contains("issuedOn: 'tomorrow' is not a date")
        .contains("expiresOn: 2020-01-01 has passed");
    long ended = registered("Ended Vendor " + System.nanoTime(), "", today.plusYears(2), 60);
    register.changeStatus(ended, ContractStatus.TERMINATED);
    assertThat(api.post("/api/contracts/" + ended + "/evidence", "demo-security", valid).status()).isEqualTo(409);
    assertThat(evidence.records(contractId)).as("nothing written on refusal").isEmpty();
    assertThat(evidence.records(ended)).isEmpty();

    Api.Response recorded = api.post(path, "demo-security", valid);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(items(recorded.json().get("evidence"))).anySatisfy(e -> {
      assertThat(e.get("evidenceType").asText()).isEqualTo("Signed DPA");
      assertThat(e.get("documentId").asLong()).isEqualTo(dpa);
      assertThat(e.get("validUntil").asText()).isEqualTo(today.plusYears(2).toString());
    });
    assertThat(evidence.records(contractId)).singleElement().satisfies(r -> {
      assertThat(r.getRecordedBy()).isEqualTo("demo-security");
      assertThat(r.getRequestId()).isNull();
    });
    settle(contractId);
    assertThat(cadenceOf(contractId)).hasPassed(AuditEvidenceProcess.RECORDED).isWaitingAt(AuditEvidenceProcess.AWAIT);

    // an open request is answered through its task
    LocalDate leadDay = reviewEvidenceIssued().plusMonths(3).minusDays(21);
    EngineClock.set(leadDay.atTime(0, 1).toInstant(ZoneOffset.UTC));
    settle(contractId);
    EvidenceRequest open = evidence.requests(contractId).stream()
        .filter(r -> r.getEvidenceType().equals(SUBPROCESSORS)).findFirst().orElseThrow();
    long list = uploadEvidence(review.procurementId, "Subprocessor list " + System.nanoTime());
    Api.Response answered = api.post(path, "demo-security", Map.of("evidenceType", SUBPROCESSORS, "documentId", list,
        "issuedOn", leadDay.toString(), "expiresOn", leadDay.plusMonths(3).toString()));
    assertThat(answered.status()).as(answered.body()).isEqualTo(201);
    EvidenceRequest closed = evidence.request(open.getId());
    assertThat(closed.getStatus()).isEqualTo(EvidenceRequest.PROVIDED);
    assertThat(closed.getClosedBy()).isEqualTo("demo-security");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .processVariableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), open.getId()).count()).isZero();
    assertThat(items(answered.json().get("requests"))).anySatisfy(r -> {
      assertThat(r.get("id").asLong()).isEqualTo(open.getId());
      assertThat(r.get("status").asText()).isEqualTo("PROVIDED");
    });
  }

  @Autowired
  EvidenceController controller;

  @Test
  void aRequestWhoseTaskEndsWhileItIsAnsweredIsAConflictAndRecordsNothing() {
    long contractId = signedContract();
    LocalDate leadDay = reviewEvidenceIssued().plusMonths(3).minusDays(21);
    EngineClock.set(leadDay.atTime(0, 1).toInstant(ZoneOffset.UTC));
    settle(contractId);
    EvidenceRequest open = evidence.requests(contractId).stream()
        .filter(r -> r.getEvidenceType().equals(SUBPROCESSORS)).findFirst().orElseThrow();
    long list = uploadEvidence(review.procurementId, "Subprocessor list " + System.nanoTime());

    EvidenceController target = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(controller);
    org.camunda.bpm.engine.FormService real = engine.getFormService();
    org.camunda.bpm.engine.FormService racing = org.mockito.Mockito.spy(real);
    java.util.concurrent.atomic.AtomicBoolean raced = new java.util.concurrent.atomic.AtomicBoolean();
    org.mockito.Mockito.doAnswer(call -> {
      raced.set(true);
      // the request's process ends after the API found its task, before the answer reaches it
      // (by another client: another thread, outside this request's sign-in)
      java.util.concurrent.CompletableFuture.runAsync(() -> engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(EvidenceRequestProcess.KEY)
          .variableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), open.getId()).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "ended while answered"))).join();
      return call.callRealMethod();
    }).when(racing).submitTaskForm(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyMap());
    org.springframework.test.util.ReflectionTestUtils.setField(target, "forms", racing);
    Api.Response answered;
    try {
      answered = api.post("/api/contracts/" + contractId + "/evidence", "demo-security", Map.of("evidenceType", SUBPROCESSORS,
          "documentId", list, "issuedOn", leadDay.toString(), "expiresOn", leadDay.plusMonths(3).toString()));
    } finally {
      org.springframework.test.util.ReflectionTestUtils.setField(target, "forms", real);
    }
    assertThat(raced).as("the answer went to the request's task").isTrue();
    assertThat(answered.status()).as(answered.body()).isEqualTo(409);
    assertThat(answered.body()).contains("answered or withdrawn meanwhile");
    assertThat(evidence.records(contractId)).as("nothing recorded").isEmpty();
  }
}
