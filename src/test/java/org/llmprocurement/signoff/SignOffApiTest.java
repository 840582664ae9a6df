package org.llmprocurement.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;

/** The sign-off over REST: the read-only view, and refusals on the guarded task paths writing nothing. */
class SignOffApiTest extends SignOffTest {

  private String path() {
    return "/api/procurements/" + review.procurementId + "/sign-off";
  }

  @Test
  void theViewShowsAnswersDecisionsAndWhoIsAwaited() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();
    reject(instance, "legal", "NEGOTIATION", "The liability cap still excludes data breaches.", "LIA-CAP-01");
    approve(instance, "it");

    Api.Response response = api.get(path(), "demo-manager");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode round = response.json().at("/rounds/0");
    assertThat(round.get("status").asText()).isEqualTo("OPEN");
    assertThat(round.get("answers")).hasSize(5);
    assertThat(round.at("/answers/0/question").asText()).isEqualTo("Q1");
    assertThat(round.at("/answers/0/owner").asText()).isEqualTo("it");
    assertThat(round.at("/answers/0/confirmedBy").asText()).isEqualTo("demo-it");
    assertThat(round.at("/answers/0/answer/rows/0/latencyP99Ms").asInt()).isPositive();
    assertThat(round.at("/answers/3/answer/confirmedHours").asInt()).isEqualTo(48);
    assertThat(round.at("/answers/3/confirmedBy").isNull()).isTrue();
    assertThat(round.get("decisions")).extracting(d -> d.get("function").asText()).containsExactly("legal", "it");
    assertThat(round.at("/decisions/0/items/0").asText()).isEqualTo("LIA-CAP-01");
    assertThat(round.get("awaiting")).extracting(JsonNode::asText).containsExactly("security", "data-governance", "procurement");
  }

  @Test
  void theViewIs403OutsideTheProductGroupsAnd404ForAnUnknownProcurement() {
    assertThat(api.get(path(), "biz-requester").status()).isEqualTo(403);
    assertThat(api.get("/api/procurements/987654321/sign-off", "demo-legal").status()).isEqualTo(404);
    Api.Response none = api.get(path(), "demo-legal");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().get("rounds")).as("no sign-off yet").isEmpty();
  }

  @Test
  void aRefusedCompletionOverEngineRestIs400NamingEveryProblemAndWritesNothing() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();
    var task = task(instance, "security");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", Map.of("value", "APPROVE"));
    variables.put("noticeConfirmedHours", Map.of("value", ""));
    variables.put("updateIntervalHours", Map.of("value", 96));

    Api.Response refused = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-security", Map.of("variables", variables));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Q4: notice of a confirmed incident (hours)")
        .contains("Q4: incident update interval is 96 hours, the HIGH bar is at most");
    Api.Response stranger = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-legal",
        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))));
    assertThat(stranger.status()).as("legal cannot complete security's task").isIn(403, 404);
    Api.Response unknownField = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-security",
        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "signOffOutcome", Map.of("value", "SIGNED"))));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body()).contains("signOffOutcome");

    assertThat(signOffs.decisions(round().getId())).as("nothing written").isEmpty();
    assertThat(signOffs.answerRecords(round().getId())).allSatisfy(a -> assertThat(a.confirmedBy()).isNull());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();

    Api.Response approved = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-security",
        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"))));
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    assertThat(api.get(path(), "demo-procurement").json().at("/rounds/0/answers/3/confirmedBy").asText()).isEqualTo("demo-security");
  }

  @Test
  void theViewHasNoWayToWrite() {
    reviewAll(Map.of());
    startSignOff();
    assertThat(api.request("PUT", path(), "demo-procurement", Map.of("status", "SIGNED")).status()).isIn(404, 405);
    assertThat(api.post(path(), "demo-procurement", Map.of("status", "SIGNED")).status()).isIn(404, 405);
    assertThat(round().getStatus()).isEqualTo(SignOff.Status.OPEN);
    assertThat(signOffs.decisions(round().getId())).isEmpty();
  }
}
