package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text that grows with user input never becomes a 500: the string variables built from it stay
 * under the engine's 4,000 characters (or are Json), and every text field beyond its maximum is a
 * 400 that names the field and the maximum, with nothing written.
 */
class TextLimitsTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  private static Map<String, Object> longestIntake() {
    Map<String, Object> intake = Intakes.customerSupportBot();
    for (String field : List.of("title", "vendor", "product", "businessOwner", "technicalOwner")) {
      intake.put(field, field.charAt(0) + "x".repeat(199));
    }
    intake.put("useCase", "Use case ".repeat(400).substring(0, 3600));
    return intake;
  }

  private Task confirmTask(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ProcurementLifecycle.CONFIRM_TIER).singleResult();
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  @Test
  void theIntakeSummaryOfTheLongestIntakeIsNoStringVariable() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", longestIntake());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Task task = confirmTask(created.json().get("processInstanceId").asText());
    TypedValue summary = formValue(task, "intakeSummary");
    assertThat(summary.getType().getName()).isEqualTo("json");
    assertThat(org.llmprocurement.guard.Values.plainValue(summary).toString())
        .as("past the 4,000 characters of a string variable").hasSizeGreaterThan(4000);
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "intakeSummary")).as("worked out when read, not stored").isNull();

    // the same intake through Tasklist's start form
    Api tasklist = new Api("http://localhost:" + port).login("demo-procurement");
    Map<String, Object> form = new LinkedHashMap<>();
    longestIntake().forEach((name, value) -> {
      try {
        form.put(name, value instanceof List<?> ? Map.of("type", "Json", "value", Api.JSON.writeValueAsString(value)) : Map.of("value", value));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Api.Response started = tasklist.session("POST",
        "/camunda/api/engine/engine/default/process-definition/key/llm-procurement/submit-form", Map.of("variables", form));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
  }

  @Test
  void tierJustificationAndRefusalCommentStayWithinTheirMaximaSoTheNotesBuiltFromThemDoToo() {
    String instance = api.post("/api/procurements", "demo-procurement", longestIntake()).json().get("processInstanceId").asText();
    Task confirm = confirmTask(instance);
    Api.Response tooLong = api.post("/engine-rest/task/" + confirm.getId() + "/submit-form", "demo-procurement",
        variables(Map.of("confirmedTier", "LOW", "tierJustification", "j".repeat(4001))));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("tierJustification").contains("at most 2000");
    assertThat(confirmTask(instance)).as("nothing moved").isNotNull();

    Api.Response lowered = api.post("/engine-rest/task/" + confirm.getId() + "/submit-form", "demo-procurement",
        variables(Map.of("confirmedTier", "LOW", "tierJustification", "j".repeat(2000))));
    assertThat(lowered.status()).as(lowered.body()).isEqualTo(204);
    executeJobs();
    Task approve = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ProcurementLifecycle.APPROVE_REDUCTION).singleResult();
    Api.Response commentTooLong = api.post("/engine-rest/task/" + approve.getId() + "/submit-form", "demo-manager",
        variables(Map.of("reductionDecision", "REFUSE", "decisionComment", "c".repeat(4001))));
    assertThat(commentTooLong.status()).isEqualTo(400);
    assertThat(commentTooLong.body()).contains("decisionComment").contains("at most 2000");
    Api.Response refused = api.post("/engine-rest/task/" + approve.getId() + "/submit-form", "demo-manager",
        variables(Map.of("reductionDecision", "REFUSE", "decisionComment", "c".repeat(2000))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(204);
    executeJobs();
    Object note = org.llmprocurement.guard.Values.plainValue(formValue(confirmTask(instance), "refusalNote"));
    assertThat(note.toString()).hasSizeGreaterThan(2000).hasSizeLessThan(4000);
  }

  @Test
  void aReviewJustificationBeyondItsColumnIs400OnTheProductApiAndInTasklist() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("decision", "GAP");
    decision.put("justification", "g".repeat(4001));
    Api.Response put = api.put("/api/procurements/" + fixture.procurementId + "/checklist/INC-NOTICE-01", "demo-security", decision);
    assertThat(put.status()).as(put.body()).isEqualTo(400);
    assertThat(put.body()).contains("justification").contains("at most 4000");
    decision.put("justification", "too vague");
    decision.put("section", "§".repeat(201));
    Api.Response section = api.put("/api/procurements/" + fixture.procurementId + "/checklist/INC-NOTICE-01", "demo-security", decision);
    assertThat(section.status()).isEqualTo(400);
    assertThat(section.body()).contains("section").contains("at most 200");

    Task task = fixture.tasks("security").get(0);
    List<Map<String, Object>> rows = fixture.rows(task);
    rows.get(0).put("decision", "GAP");
    rows.get(0).put("justification", "g".repeat(4001));
    rows.get(1).put("decision", "MET");
    rows.get(1).put("clauseText", "c".repeat(10_001));
    Api tasklist = new Api("http://localhost:" + port).login("demo-security");
    Api.Response submitted;
    try {
      submitted = tasklist.session("POST", "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
          Map.of("variables", Map.of("items", Map.of("type", "Json", "value", Api.JSON.writeValueAsString(rows)))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
    assertThat(submitted.body()).contains("justification must be at most 4000").contains("clauseText must be at most 10000");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task stays open").isOne();
  }

  @Test
  void theDocumentListOfAReviewTaskGrowsWithTheDocumentsAndIsNoStringVariable() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot());
    long procurementId = created.json().get("id").asLong();
    String instance = created.json().get("processInstanceId").asText();
    for (int i = 0; i < 24; i++) {
      String title = "Annex " + i + " " + "t".repeat(180);
      Api.Response uploaded = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
          Map.of("type", "MSA", "title", title), new Api.FilePart("file", "annex-" + i + ".pdf", "application/pdf",
              ("%PDF-1.4 annex " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    }
    Task confirm = confirmTask(instance);
    Api.Response confirmed = api.post("/engine-rest/task/" + confirm.getId() + "/submit-form", "demo-procurement",
        variables(Map.of("confirmedTier", "HIGH")));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    executeJobs();
    List<Task> reviews = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(
        api.get("/api/procurements/" + procurementId, "demo-procurement").json().get("businessKey").asText())
        .taskDefinitionKey(org.llmprocurement.review.ClauseReviewProcess.REVIEW_CLAUSES).list();
    assertThat(reviews).as("review tasks created").isNotEmpty();
    TypedValue documents = formValue(reviews.get(0), "documents");
    assertThat(documents.getType().getName()).isEqualTo("json");
    assertThat(org.llmprocurement.guard.Values.plainValue(documents).toString()).hasSizeGreaterThan(4000);
  }

  /** A value of the task's form as Tasklist reads it (GET /task/{id}/form-variables), JSON not deserialized. */
  private TypedValue formValue(Task task, String name) {
    return engine.getFormService().getTaskFormVariables(task.getId(), List.of(name), false).getValueTyped(name);
  }
}
