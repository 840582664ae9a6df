package org.llmprocurement.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The procurement page over real HTTP in the workspace session: what it shows, uploads with the
 * API's answers (201, 400, 403, 409, 413) and the CSRF token, downloads, traceability, the clause
 * check, and who may open it (401 / sign-in, 403, 404).
 */
class ProcurementPageTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  ReviewFixture fixture;
  String key;

  @BeforeEach
  void procurementInReview() {
    fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    key = fixture.businessKey();
  }

  private String path(String suffix) {
    return "/app/procurements/" + key + suffix;
  }

  @Test
  void thePageShowsIntakeTierHistoryDocumentsReviewTasksAndLinks() {
    api.login("demo-security");
    Api.Response page = api.page(path(""));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains(key).contains("Tier history").contains("CONFIRMED").contains("HIGH");
    JsonNode msa = api.get("/api/procurements/" + fixture.procurementId + "/documents/" + fixture.msa, "demo-security").json();
    assertThat(html).as("every document with its SHA-256 and a download link").contains(msa.get("sha256").asText())
        .contains(path("/documents/" + fixture.msa));
    Task security = fixture.tasks("security").get(0);
    assertThat(html).as("open tasks link to Tasklist").contains("/camunda/app/tasklist/default/#/?task=" + security.getId());
    assertThat(html).as("the instance links to Cockpit").contains("/camunda/app/cockpit/default/#/process-instance/" + fixture.processInstanceId);
    assertThat(html).as("review progress per function").contains("data-role=\"security\"").contains("data-open=\"")
        .contains("INC-NOTICE-01");
    assertThat(html).as("only the procurement group uploads").doesNotContain("id=\"upload-form\"");
    assertThat(api.page("/app/procurements/" + fixture.procurementId).status()).as("the numeric id works too").isEqualTo(200);
  }

  @Test
  void procurementUploadsOnThePageWithTheApisRulesAndTheReviewOffersTheNewVersion() {
    api.login("demo-procurement");
    Api.Response page = api.page(path(""));
    assertThat(page.body()).contains("id=\"upload-form\"");
    String token = Api.workspaceCsrf(page);
    byte[] content = ("%PDF-1.4 DPA v2 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);

    Api.Response stored = api.workspaceUpload(path("/documents"), token,
        Map.of("type", "DPA", "title", "Data processing agreement"), new Api.FilePart("file", "dpa-acme.pdf", "application/pdf", content));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().get("version").asInt()).isEqualTo(2);
    assertThat(stored.json().get("sha256").asText()).hasSize(64);
    long id = stored.json().get("id").asLong();
    assertThat(api.page(path("")).body()).contains("dpa-acme.pdf").contains(stored.json().get("sha256").asText());

    Api.Download file = api.download(path("/documents/" + id), null);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(content);
    assertThat(file.header("Content-Disposition")).contains("dpa-acme.pdf");

    Task review = fixture.tasks("legal").get(0);
    assertThat(org.llmprocurement.guard.Values.plainValue(engine.getFormService().getTaskFormVariables(review.getId(), java.util.List.of("documentChoices"), false)
        .getValueTyped("documentChoices")).toString())
        .as("an open review row offers the new version by name").contains("DPA \u201cData processing agreement\u201d v2 \u00b7 dpa-acme.pdf");

    Api.Response duplicate = api.workspaceUpload(path("/documents"), token,
        Map.of("type", "DPA", "title", "Data processing agreement"), new Api.FilePart("file", "dpa-acme.pdf", "application/pdf", content));
    assertThat(duplicate.status()).as("the same bytes again").isEqualTo(409);

    Api.Response invalid = api.workspaceUpload(path("/documents"), token, Map.of("type", "CONTRACT", "colour", "red"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("problems").toString()).contains("file: is required").contains("type: unknown value 'CONTRACT'")
        .contains("colour: is not a field");

    Api.Response tooLarge = api.workspaceUpload(path("/documents"), token, Map.of("type", "MSA"),
        new Api.FilePart("file", "huge.pdf", "application/pdf", new byte[25 * 1024 * 1024 + 1]));
    assertThat(tooLarge.status()).isEqualTo(413);

    Api.Response noToken = api.workspaceUpload(path("/documents"), null, Map.of("type", "MSA"),
        new Api.FilePart("file", "x.pdf", "application/pdf", "x".getBytes(StandardCharsets.UTF_8)));
    assertThat(noToken.status()).as("no CSRF token").isEqualTo(403);
    assertThat(api.get("/api/procurements/" + fixture.procurementId + "/documents", "demo-procurement").json().size())
        .as("refusals stored nothing").isEqualTo(4);
  }

  @Test
  void aReviewerMayNotUploadButDownloadsTheTraceability() {
    api.login("demo-security");
    String token = Api.workspaceCsrf(api.page(path("")));
    Api.Response refused = api.workspaceUpload(path("/documents"), token, Map.of("type", "MSA"),
        new Api.FilePart("file", "x.pdf", "application/pdf", "x".getBytes(StandardCharsets.UTF_8)));
    assertThat(refused.status()).isEqualTo(403);

    Api.Response csv = api.sessionGet(path("/traceability.csv"), "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("requirementId,").contains("INC-NOTICE-01");
    Api.Response json = api.sessionGet(path("/traceability.json"), "application/json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().get(0).get("requirementId").asText()).isNotBlank();
  }

  @Test
  void aReviewerChecksAClauseAtTheProcurementsTierBeforeDeciding() {
    api.login("demo-security");
    String token = Api.workspaceCsrf(api.page(path("")));
    String binding = catalogue.requirement("INC-NOTICE-01").orElseThrow().bindingExample();
    Api.Response meets = api.workspaceJson(path("/clause-check"), token, Map.of("requirementId", "INC-NOTICE-01", "text", binding));
    assertThat(meets.status()).as(meets.body()).isEqualTo(200);
    assertThat(meets.json().get("tier").asText()).isEqualTo("HIGH");
    assertThat(meets.json().at("/analysis/verdict").asText()).isEqualTo("MEETS");
    assertThat(meets.json().at("/analysis/checks/0/bar").asDouble()).as("the figure is measured against the tier's bar").isPositive();

    Api.Response vague = api.workspaceJson(path("/clause-check"), token,
        Map.of("requirementId", "INC-NOTICE-01", "text", "Provider will use commercially reasonable efforts to notify Customer of breaches promptly."));
    assertThat(vague.json().at("/analysis/verdict").asText()).isNotEqualTo("MEETS");
    assertThat(vague.json().at("/analysis/weakPhrases").toString()).contains("commercially reasonable efforts");

    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("requirementId", "NOPE-99");
    bad.put("clause", "x");
    Api.Response refused = api.workspaceJson(path("/clause-check"), token, bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("problems").toString()).contains("clause: is not a field").contains("requirementId: unknown item 'NOPE-99'")
        .contains("text: is required");

    Api.Response form = api.form(path("/clause-check"), Map.of("_csrf", token, "requirementId", "INC-NOTICE-01", "text", binding));
    assertThat(form.status()).as("a form post without script shows the page with the answer").isEqualTo(200);
    assertThat(form.body()).contains("Verdict: <span class=\"clause-verdict\">MEETS</span>");
  }

  @Test
  void nobodySignedInUnknownProcurementsAndOtherGroupsProcurementsAreRefused() {
    Api.Response page = api.page(path(""));
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).contains("/app/login?next=");
    assertThat(api.sessionGet(path("/traceability.json"), "application/json").status()).isEqualTo(401);
    assertThat(api.workspaceJson(path("/clause-check"), null, Map.of()).status()).isIn(401, 403);

    api.login("demo-security");
    String token = Api.workspaceCsrf(api.page(path("")));
    assertThat(api.page("/app/procurements/LLMP-1999-99999").status()).isEqualTo(404);
    assertThat(api.sessionGet("/app/procurements/999999999/traceability.json", "application/json").status()).isEqualTo(404);
    assertThat(api.workspaceJson("/app/procurements/999999999/clause-check", token, Map.of("requirementId", "INC-NOTICE-01", "text", "x"))
        .status()).isEqualTo(404);

    // a procurement whose only work so far is procurement's (tier confirmation): not security's
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("requester", ReviewFixture.REQUESTER);
    JsonNode other = api.post("/api/procurements", "demo-procurement", intake).json();
    String otherKey = other.get("businessKey").asText();
    for (String suffix : List.of("", "/traceability.json", "/traceability.csv", "/documents/" + fixture.msa)) {
      Api.Response refused = api.sessionGet("/app/procurements/" + otherKey + suffix, "application/json");
      assertThat(refused.status()).as(suffix).isEqualTo(403);
    }
    assertThat(api.workspaceJson("/app/procurements/" + otherKey + "/clause-check", token,
        Map.of("requirementId", "INC-NOTICE-01", "text", "x")).status()).isEqualTo(403);
  }
}
