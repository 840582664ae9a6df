package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/contracts/{id}/deletion-requests}: data governance requests, every product group
 * reads; 400, 401, 403, 404 and 409 refusals write nothing (no row, no process instance).
 */
class DataDeletionApiTest extends ContractTest {

  @Autowired
  DataDeletionRequests requests;

  private long contractId;

  @BeforeEach
  void aRegisteredContract() {
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
    contractId = registered("Deletion Api Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
  }

  @AfterEach
  void removeOutsider() {
    engine.getIdentityService().deleteUser("outsider");
  }

  private String path(long id) {
    return "/api/contracts/" + id + "/deletion-requests";
  }

  private static Map<String, Object> body(String dataSetName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dataSetName", dataSetName);
    body.put("dataSetDescription", "Prompts and completions logged by the vendor for abuse monitoring");
    body.put("dataCategories", List.of("PERSONAL"));
    return body;
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DataDeletionProcess.KEY).count();
  }

  private void nothingWritten(long instancesBefore, int rowsBefore) {
    assertThat(requests.ofContract(contractId)).hasSize(rowsBefore);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void dataGovernanceRequestsAndEveryProductGroupReads() {
    Api.Response created = api.post(path(contractId), "demo-data-governance", body("Abuse monitoring logs"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode request = created.json();
    assertThat(request.get("contractId").asLong()).isEqualTo(contractId);
    assertThat(request.get("status").asText()).isEqualTo("OPEN");
    assertThat(request.get("requestedBy").asText()).isEqualTo("demo-data-governance");
    assertThat(request.get("deadline").asText()).isEqualTo(EngineClock.today().plusDays(30).toString());
    assertThat(request.get("deadlineSource").asText()).isEqualTo("THRESHOLD");
    assertThat(request.get("dataCategories").toString()).isEqualTo("[\"PERSONAL\"]");
    assertThat(request.get("confirmation").isNull()).isTrue();
    String businessKey = request.get("businessKey").asText();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(request.get("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(businessKey);

    // legal has no work on this procurement (issue 13); the group whose task the request is reads it
    assertThat(api.get(path(contractId), "demo-legal").status()).isEqualTo(403);
    for (String reader : List.of("demo-data-governance", "demo-manager", "demo-procurement")) {
      Api.Response list = api.get(path(contractId), reader);
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().get("requests")).hasSize(1);
      assertThat(list.json().get("requests").get(0).get("dataSetName").asText()).isEqualTo("Abuse monitoring logs");
    }
  }

  @Test
  void invalidBodiesAre400NamingEveryProblem() {
    long before = instances();
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("dataSetName", "x".repeat(201));
    bad.put("dataCategories", List.of("GOSSIP"));
    bad.put("contractId", 1);
    bad.put("deadline", "tomorrow");

    Api.Response refused = api.post(path(contractId), "demo-data-governance", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("problems").toString()).contains("contractId: given by the path",
        "deadline: is not a field of a deletion request", "dataSetName: at most 200 characters",
        "dataSetDescription: required", "dataCategories: 'GOSSIP' is not one of");
    nothingWritten(before, 0);
  }

  @Test
  void anonymousOtherGroupsAndUnknownContractsAreRefused() {
    long before = instances();
    assertThat(api.post(path(contractId), null, body("Logs")).status()).isEqualTo(401);
    assertThat(api.get(path(contractId), null).status()).isEqualTo(401);
    assertThat(api.post(path(contractId), "demo-procurement", body("Logs")).status()).isEqualTo(403);
    assertThat(api.post(path(contractId), "demo-manager", body("Logs")).status()).isEqualTo(403);
    assertThat(api.get(path(contractId), "outsider").status()).isEqualTo(403);
    assertThat(api.post(path(999_999_999L), "demo-data-governance", body("Logs")).status()).isEqualTo(404);
    assertThat(api.get(path(999_999_999L), "demo-legal").status()).isEqualTo(404);
    nothingWritten(before, 0);
  }

  @Test
  void aWaitingRequestForTheSameDataSetAndAnEndedContractAre409() {
    assertThat(api.post(path(contractId), "demo-data-governance", body("Abuse monitoring logs")).status()).isEqualTo(201);
    long before = instances();

    Api.Response duplicate = api.post(path(contractId), "demo-data-governance", body("ABUSE monitoring  logs"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.json().get("problems").toString()).contains("is still waiting for the vendor");
    nothingWritten(before, 1);

    register.changeStatus(contractId, ContractStatus.TERMINATED);
    Api.Response ended = api.post(path(contractId), "demo-data-governance", body("Another data set"));
    assertThat(ended.status()).isEqualTo(409);
    assertThat(ended.json().get("problems").toString()).contains("is TERMINATED");
    nothingWritten(before, 1);
  }
}
