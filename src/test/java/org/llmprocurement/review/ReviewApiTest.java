package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;

/** The checklist and traceability over REST, with the same authorizations as Tasklist. */
class ReviewApiTest extends ReviewTest {

  private String path(String suffix) {
    return "/api/procurements/" + fixture.procurementId + suffix;
  }

  private Map<String, Object> metDecision(String requirementId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decision", "MET");
    body.put("documentId", fixture.dpa);
    body.put("section", "DPA §7.1");
    body.put("clauseText", catalogue.requirement(requirementId).orElseThrow().bindingExample());
    body.put("evidenceDocumentId", fixture.evidence);
    body.put("evidenceExpiry", LocalDate.now().plusMonths(6).toString());
    return body;
  }

  @Test
  void theProcurementShowsTheOpenReviewTasksOfEveryFunction() {
    JsonNode view = api.get("/api/procurements/" + fixture.procurementId, "demo-procurement").json();
    assertThat(view.get("stage").asText()).isEqualTo("CLAUSE_REVIEW");
    assertThat(StreamSupport.stream(view.get("openTasks").spliterator(), false)
        .map(t -> t.at("/candidateGroups/0").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(ClauseReviewProcess.ROLES);
  }

  @Test
  void theChecklistListsEveryItemWithStatusAndOwner() {
    JsonNode checklist = api.get(path("/checklist"), "demo-procurement").json();
    assertThat(checklist.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(checklist.get("items").size()).isEqualTo(catalogue.forTier("HIGH").size());
    JsonNode first = checklist.at("/items/0");
    assertThat(first.get("status").asText()).isEqualTo("OPEN");
    assertThat(first.get("ownerRole").asText()).isIn(ClauseReviewProcess.ROLES);
  }

  @Test
  void aReviewerSavesOneDecisionAndTheTaskFormStartsFromIt() {
    Api.Response saved = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", metDecision("INC-NOTICE-01"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("status").asText()).isEqualTo("MET");
    assertThat(saved.json().get("decidedBy").asText()).isEqualTo("demo-security");
    assertThat(saved.json().get("analysisExplanation").asText())
        .as("the reviewer sees why the clause meets the bar: the commitment and the figure against the bar")
        .startsWith("MEETS").contains("binds").contains("48");

    var task = fixture.tasks("security").stream()
        .filter(t -> fixture.rows(t).stream().anyMatch(r -> "INC-NOTICE-01".equals(r.get("requirementId")))).findFirst().orElseThrow();
    Map<String, Object> row = fixture.rows(task).stream().filter(r -> "INC-NOTICE-01".equals(r.get("requirementId"))).findFirst().orElseThrow();
    assertThat(row.get("decision")).isEqualTo("MET");
    assertThat((String) row.get("analysis")).startsWith("Clause analysis: MEETS");
    assertThat(row.get("section")).isEqualTo("DPA §7.1");
    assertThat(((Number) row.get("documentId")).longValue()).isEqualTo(fixture.dpa);
  }

  @Test
  void tasklistReadsTheReviewFormWorkedOutFromTheTablesAndOnlyTheTasksGroupMayReadIt() {
    var task = fixture.tasks("security").get(0);
    Api.Response form = api.get("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false", "demo-security");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    JsonNode items = form.json().get("items");
    assertThat(items.get("type").asText()).isEqualTo("Json");
    assertThat(items.get("value").asText()).as("the rows of the package, from review_item").contains("\"requirementId\"");
    assertThat(form.json().get("documentChoices").get("value").asText()).contains("Data processing agreement");
    assertThat(form.json().get("tier").get("value").asText()).isEqualTo("HIGH");
    assertThat(form.json().get("packageTitle").get("value").asText()).isNotBlank();
    assertThat(form.json().has("reviewPackages"))
        .as("the role's package list was transient: no Object variable for Tasklist to parse").isFalse();
    assertThat(form.json().get("reviewPackage").get("type").asText())
        .as("the task's package is a string, kept in its own row without a byte array").isEqualTo("String");
    assertThat(api.get("/engine-rest/task/" + task.getId() + "/form", "demo-security").status())
        .as("the form key, as Tasklist asks it first").isEqualTo(200);

    Api.Response stored = api.get("/engine-rest/task/" + task.getId() + "/localVariables", "demo-security");
    assertThat(stored.json().has("items")).as("the rows are not stored on the task").isFalse();
    assertThat(stored.json().has("documentChoices")).isFalse();

    Api.Response otherGroup = api.get("/engine-rest/task/" + task.getId() + "/form-variables", "demo-legal");
    assertThat(otherGroup.status()).as("legal reads no security form: " + otherGroup.body()).isIn(403, 404);
    assertThat(otherGroup.body()).doesNotContain("requirementId");
  }

  @Test
  void aDecisionOnATaskClaimedByAColleagueIs403AndTheAssigneeMayRecordIt() {
    var task = fixture.tasks("security").stream()
        .filter(t -> fixture.rows(t).stream().anyMatch(r -> "INC-NOTICE-01".equals(r.get("requirementId")))).findFirst().orElseThrow();
    engine.getTaskService().setAssignee(task.getId(), "colleague-in-security");

    Api.Response refused = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", metDecision("INC-NOTICE-01"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("claimed by colleague-in-security");
    assertThat(decisions.item(fixture.procurementId, "INC-NOTICE-01").orElseThrow().getDecidedBy()).as("nothing written").isNull();

    engine.getTaskService().setAssignee(task.getId(), "demo-security");
    Api.Response saved = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", metDecision("INC-NOTICE-01"));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  @Test
  void aVagueClauseSavedAsMetComesBackAsAGapWithTheFinding() {
    Map<String, Object> body = metDecision("INC-NOTICE-01");
    body.put("clauseText", "The Provider will use best efforts to inform the Customer of security incidents.");
    JsonNode saved = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", body).json();
    assertThat(saved.get("status").asText()).isEqualTo("GAP");
    assertThat(saved.get("finding").asText()).contains("best efforts");
  }

  @Test
  void anotherFunctionsItemIs403AndBadDecisionsAre400() {
    Api.Response legalOnSecurity = api.put(path("/checklist/INC-NOTICE-01"), "demo-legal", metDecision("INC-NOTICE-01"));
    assertThat(legalOnSecurity.status()).isEqualTo(403);
    assertThat(legalOnSecurity.body()).contains("security");

    Map<String, Object> incomplete = new LinkedHashMap<>();
    incomplete.put("decision", "MET");
    Api.Response refused = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", incomplete);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("INC-NOTICE-01: MET needs the document").contains("MET needs the evidence document");

    Map<String, Object> unknownField = metDecision("INC-NOTICE-01");
    unknownField.put("status", "MET");
    assertThat(api.put(path("/checklist/INC-NOTICE-01"), "demo-security", unknownField).body())
        .contains("status: is not a field of a decision");
    assertThat(api.put(path("/checklist/NOPE-01"), "demo-security", metDecision("INC-NOTICE-01")).status()).isEqualTo(404);
    assertThat(decisions.item(fixture.procurementId, "INC-NOTICE-01").orElseThrow().getStatus()).isEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void reviewCompletionOverEngineRestIsGuardedLikeTasklist() {
    var task = fixture.tasks("legal").get(0);
    Api.Response undeclared = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-legal",
        Map.of("variables", Map.of("reviewOutcome", Map.of("value", "READY_FOR_SIGN_OFF"))));
    assertThat(undeclared.status()).isEqualTo(400);
    assertThat(undeclared.body()).contains("not fields of this form: [reviewOutcome]");

    String rows = "[{\"requirementId\":\"" + fixture.rows(task).get(0).get("requirementId") + "\",\"decision\":null}]";
    Api.Response incomplete = api.post("/engine-rest/task/" + task.getId() + "/submit-form", "demo-legal",
        Map.of("variables", Map.of("items", Map.of("value", rows, "type", "Json"))));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body()).contains("decision missing").contains("row missing");
    assertThat(api.get("/engine-rest/task?processDefinitionKey=clause-review&candidateGroup=legal", "demo-it").body())
        .as("IT sees no legal tasks").isEqualTo("[]");
  }

  @Test
  void traceabilityListsEveryItemWithItsDocumentAndClauseAsJsonAndCsv() {
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();

    JsonNode json = api.get(path("/traceability"), "demo-procurement").json();
    assertThat(json.size()).isGreaterThanOrEqualTo(catalogue.forTier("HIGH").size());
    JsonNode notice = StreamSupport.stream(json.spliterator(), false)
        .filter(r -> r.get("requirementId").asText().equals("INC-NOTICE-01")).findFirst().orElseThrow();
    assertThat(notice.get("document").asText()).contains("MSA").contains("#" + fixture.msa);
    assertThat(notice.get("section").asText()).isEqualTo("§INC-NOTICE-01");
    assertThat(notice.get("figures").asText()).contains("48");
    assertThat(notice.get("reviewer").asText()).isEqualTo("demo-security");

    Api.Response csv = api.get(path("/traceability"), "demo-manager", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", TraceabilityExport.COLUMNS));
    assertThat(lines).hasSizeGreaterThan(catalogue.forTier("HIGH").size());
    assertThat(lines).anyMatch(l -> l.startsWith("INC-NOTICE-01,incident_notice,security,MET,"));
  }

  @Test
  void aDecisionCannotBeChangedAfterTheFunctionsReviewClosed() {
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();

    Map<String, Object> changed = metDecision("INC-NOTICE-01");
    changed.put("decision", "GAP");
    changed.put("justification", "Second thoughts after the review closed.");
    Api.Response late = api.put(path("/checklist/INC-NOTICE-01"), "demo-security", changed);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.body()).contains("not open");
    assertThat(decisions.item(fixture.procurementId, "INC-NOTICE-01").orElseThrow().getStatus()).isEqualTo(ReviewStatus.MET);
  }

  @Test
  void theConsolidatedGapListIsVisibleToProcurement() {
    fixture.reviewAll((role, row) -> {
      Map<String, Object> met = fixture.met(row);
      if ("LOG-RET-01".equals(row.get("requirementId"))) {
        met.put("decision", "GAP");
        met.put("justification", "Logs are kept for 30 days only.");
      }
      return met;
    });
    executeJobs();

    JsonNode checklist = api.get(path("/checklist"), "demo-procurement").json();
    assertThat(checklist.at("/consolidation/outcome").asText()).isEqualTo("NEGOTIATION_NEEDED");
    assertThat(checklist.at("/consolidation/noGoGapCount").asInt()).isOne();
    assertThat(checklist.at("/consolidation/gaps/0/requirementId").asText()).isEqualTo("LOG-RET-01");
    assertThat(checklist.at("/consolidation/gaps/0/noGo").asBoolean()).isTrue();
    assertThat(api.get("/api/procurements/" + fixture.procurementId, "demo-procurement").json().get("stage").asText())
        .as("the lifecycle has moved on to negotiation").isEqualTo("NEGOTIATION");
  }
}
