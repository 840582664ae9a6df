package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST} and {@code GET /api/contracts/{id}/exit}: who may, what is refused, what the exit shows. */
class ExitApiTest extends ContractTest {

  @Autowired
  ContractExits exits;

  private long contractId;

  @BeforeEach
  void aRegisteredContract() {
    contractId = registered("Exit Api Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
  }

  private String path() {
    return "/api/contracts/" + contractId + "/exit";
  }

  @Test
  void procurementStartsAnExitAndEveryGroupSeesItsSteps() {
    Api.Response started = api.post(path(), "demo-procurement", Map.of("reason", "Terminated for repeated outages"));

    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonNode exit = started.json();
    assertThat(exit.get("trigger").asText()).isEqualTo("MANUAL");
    assertThat(exit.get("status").asText()).isEqualTo("RUNNING");
    assertThat(exit.get("requestedBy").asText()).isEqualTo("demo-procurement");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(exit.get("processInstanceId").asText()).singleResult();
    executeJobs(instance.getId());

    Api.Response shown = api.get(path(), "demo-manager");
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    JsonNode steps = shown.json().get("steps");
    assertThat(steps).hasSize(9);
    assertThat(steps.get(0).get("step").asText()).isEqualTo("FREEZE");
    assertThat(steps.get(0).get("state").asText()).isEqualTo("OPEN");
    assertThat(steps.get(0).get("owner").asText()).isEqualTo("procurement");
    assertThat(steps.get(0).get("dueAt").asText()).isNotBlank();
    assertThat(steps.get(1).get("state").asText()).isEqualTo("NOT_STARTED");
    assertThat(steps.get(8).get("step").asText()).isEqualTo("RETAIN_AND_CLOSE");
    assertThat(shown.json().get("requests").get(0).get("reason").asText()).isEqualTo("Terminated for repeated outages");
    assertThat(shown.json().get("contractStatus").asText()).isEqualTo("ACTIVE");
  }

  @Test
  void aSecondExitIs409AndNothingIsWritten() {
    assertThat(api.post(path(), "demo-manager", Map.of("reason", "Managers decided to leave the vendor")).status()).isEqualTo(201);

    Api.Response second = api.post(path(), "demo-procurement", Map.of("reason", "Another reason to leave the vendor"));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body()).contains("already running");
    assertThat(exits.ofContract(contractId)).hasSize(1);
  }

  @Test
  void refusalsNameEveryProblem() {
    assertThat(api.post(path(), "demo-it", Map.of("reason", "IT wants to leave this vendor")).status()).isEqualTo(403);
    assertThat(api.post("/api/contracts/999999/exit", "demo-procurement", Map.of("reason", "Leaving the vendor now")).status())
        .isEqualTo(404);
    Api.Response bad = api.post(path(), "demo-procurement", Map.of("reason", "short", "exitTrigger", "SLA_TERMINATION"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("reason: say why").contains("exitTrigger: is not a field");
    assertThat(exits.ofContract(contractId)).isEmpty();
    assertThat(api.get(path(), "demo-procurement").status()).as("no exit yet").isEqualTo(404);
    assertThat(api.get("/api/contracts/999999/exit", "demo-procurement").status()).isEqualTo(404);
  }

  @Test
  void theEngineRestStartIsGuardedLikeTheApi() {
    Api.Response viaRest = api.post("/engine-rest/process-definition/key/contract-exit/start", "demo-procurement",
        Map.of("variables", Map.of("contractId", Map.of("value", contractId), "exitReason", Map.of("value", "Leaving via REST"),
            "exitTrigger", Map.of("value", "SLA_TERMINATION"))));
    assertThat(viaRest.status()).isEqualTo(400);
    assertThat(viaRest.body()).contains("exitTrigger: set by the deciding stage only");
    Api.Response notAllowed = api.post("/engine-rest/process-definition/key/contract-exit/start", "demo-legal",
        Map.of("variables", Map.of("contractId", Map.of("value", contractId), "exitReason", Map.of("value", "Legal leaves the vendor"))));
    assertThat(notAllowed.status()).as(notAllowed.body()).isEqualTo(403);
    assertThat(exits.ofContract(contractId)).isEmpty();
  }
}
