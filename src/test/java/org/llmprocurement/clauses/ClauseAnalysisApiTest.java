package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;

/** POST /api/clause-analysis: what a reviewer learns about a pasted clause. */
class ClauseAnalysisApiTest extends IntegrationTest {

  private Api.Response analyse(Map<String, Object> request) {
    return api.post("/api/clause-analysis", "demo-security", request);
  }

  private static Map<String, Object> request(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void commerciallyReasonableEffortsIsVagueAndTheNamedPhraseIsPositioned() {
    String text = "The Provider will use commercially reasonable efforts to notify the Customer of a confirmed security incident.";
    JsonNode body = analyse(request("requirementId", "INC-NOTICE-01", "tier", "HIGH", "text", text)).json();
    assertThat(body.at("/analysis/verdict").asText()).isEqualTo("VAGUE");
    JsonNode phrase = body.at("/analysis/weakPhrases/0");
    assertThat(phrase.get("family").asText()).isEqualTo("COMMERCIALLY_REASONABLE_EFFORTS");
    assertThat(text.substring(phrase.get("start").asInt(), phrase.get("end").asInt())).isEqualTo("commercially reasonable efforts");
    assertThat(body.at("/analysis/advice").asText()).isNotBlank();
  }

  @Test
  void aBindingMeasuredCommitmentAtTheHighBarMeets() {
    JsonNode body = analyse(request("requirementId", "INC-NOTICE-01", "tier", "HIGH",
        "text", "The Provider shall notify the Customer without undue delay, and in any event within forty-eight (48) hours, "
            + "after confirming a Security Incident affecting Customer Data.")).json();
    assertThat(body.at("/analysis/verdict").asText()).isEqualTo("MEETS");
    assertThat(body.at("/analysis/figures/0/normalizedValue").asDouble()).isEqualTo(2880.0); // minutes
    assertThat(body.get("thresholdsVersion").asText()).startsWith("tierThresholds:v");
  }

  @Test
  void theAnswerExplainsTheCommitmentTheFigureAndEachWeakPhrase() {
    String text = "Supplier informs Customer of any confirmed security breach where feasible within 12 hours, "
        + "and in any event within 30 hours.";
    JsonNode a = analyse(request("requirementId", "INC-NOTICE-01", "tier", "HIGH", "text", text)).json().get("analysis");
    assertThat(a.get("verdict").asText()).isEqualTo("MEETS");
    assertThat(a.at("/commitment/form").asText()).contains("informs");
    assertThat(a.at("/commitment/bound").asText()).isEqualTo("VENDOR");
    assertThat(text.substring(a.at("/commitment/start").asInt(), a.at("/commitment/end").asInt())).startsWith("Supplier informs");
    assertThat(a.at("/checks/0/threshold").asText()).isEqualTo("breachNoticeConfirmedHours");
    assertThat(a.at("/checks/0/figure/text").asText()).isEqualTo("30 hours");
    assertThat(a.at("/checks/0/attachment").asText()).contains("hard cap");
    assertThat(a.at("/checks/0/span/text").asText()).startsWith("Supplier informs");
    assertThat(a.at("/weakPhrases/0/effect").asText()).isEqualTo("HARMLESS");
    assertThat(a.at("/weakPhrases/0/reason").asText()).contains("hard cap");
    assertThat(a.get("explanation").asText()).startsWith("MEETS - binds by present tense 'informs' (vendor)");
  }

  @Test
  void aWeakerFigureIsBelowTheBarAndTheCriticalBarIsStricter() {
    String text = "The Provider shall notify the Customer within 72 hours of confirming a Security Incident.";
    assertThat(analyse(request("requirementId", "INC-NOTICE-01", "tier", "HIGH", "text", text)).json()
        .at("/analysis/verdict").asText()).isEqualTo("BELOW_THRESHOLD");
    String fortyEight = "The Provider shall notify the Customer within 48 hours of confirming a Security Incident.";
    assertThat(analyse(request("requirementId", "INC-NOTICE-01", "tier", "CRITICAL", "text", fortyEight)).json()
        .at("/analysis/verdict").asText()).isEqualTo("BELOW_THRESHOLD");
  }

  @Test
  void anAreaIsJudgedAgainstItsBestMatchingRequirement() {
    JsonNode body = analyse(request("area", "privacy_training", "tier", "HIGH",
        "text", "The Provider shall not use Customer Content, prompts or outputs to train or fine-tune any model.")).json();
    assertThat(body.get("requirementId").asText()).isEqualTo("PRV-TRAIN-01");
    assertThat(body.at("/analysis/verdict").asText()).isEqualTo("MEETS");
    assertThat(body.get("alternatives").size()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void withAProcurementTheScopeIsJudgedToo() {
    long id = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json().get("id").asLong();
    Map<String, Object> check = request("requirementId", "RES-REGION-01", "procurementId", id,
        "text", "The Provider shall store and process prompts, outputs, logs, embeddings, backups and support artifacts only in the United States.");
    // security has no work on this procurement yet (tier not confirmed): procurement, who sees every one, checks
    assertThat(analyse(check).status()).isEqualTo(403);
    JsonNode body = api.post("/api/clause-analysis", "demo-procurement", check).json();
    assertThat(body.get("tier").asText()).as("the procurement's tier").isEqualTo("HIGH");
    assertThat(body.at("/analysis/scopeFindings").toString()).contains("US");
    assertThat(body.at("/analysis/verdict").asText()).isNotEqualTo("MEETS");
  }

  @Test
  void badInputIsNamed() {
    Api.Response unknownArea = analyse(request("area", "weather", "tier", "HIGH", "text", "x"));
    assertThat(unknownArea.status()).isEqualTo(400);
    assertThat(unknownArea.body()).contains("unknown area 'weather'");

    Api.Response unknownTier = analyse(request("area", "logging", "tier", "EXTREME", "text", "x"));
    assertThat(unknownTier.status()).isEqualTo(400);
    assertThat(unknownTier.body()).contains("Unknown tier 'EXTREME'");

    Api.Response empty = analyse(request("area", "logging", "tier", "HIGH", "text", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("text: is required");

    Api.Response tooLong = analyse(request("area", "logging", "tier", "HIGH", "text", "a".repeat(10_001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("at most 10000 characters");

    Api.Response both = analyse(request("area", "logging", "requirementId", "LOG-RET-01", "tier", "HIGH", "text", "x"));
    assertThat(both.body()).contains("exactly one of area or requirementId");

    Api.Response unknownRequirement = analyse(request("requirementId", "NOPE-01", "tier", "HIGH", "text", "x"));
    assertThat(unknownRequirement.status()).as("like an unknown area: a field of the request").isEqualTo(400);
    assertThat(unknownRequirement.body()).contains("requirementId: unknown requirement 'NOPE-01'");

    Api.Response unknownProcurement = analyse(request("requirementId", "LOG-RET-01", "procurementId", 999999, "text", "x"));
    assertThat(unknownProcurement.status()).isEqualTo(404);

    // one answer names every problem: the unknown requirement and procurement among the field faults
    Api.Response everything = analyse(request("requirementId", "NOPE-01", "tier", "EXTREME", "procurementId", 999999, "text", " "));
    assertThat(everything.status()).isEqualTo(400);
    assertThat(everything.body()).contains("requirementId: unknown requirement 'NOPE-01'", "Unknown tier 'EXTREME'",
        "text: is required", "procurementId: Procurement 999999 does not exist");

    Api.Response unknownField = analyse(request("requirement", "LOG-RET-01", "tier", "HIGH", "text", "x"));
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(unknownField.body()).contains("requirement: is not a field of this request");
  }
}
