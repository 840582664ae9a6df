package org.llmprocurement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/** POST and GET /api/procurements as a client sees them. */
class ProcurementApiTest extends IntegrationTest {

  @Autowired
  ProcurementRepository procurements;

  @Test
  void procurementStartsAProcurementAndGetsItsTier() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot());

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    assertThat(body.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(body.get("businessKey").asText()).matches("LLMP-\\d{4}-\\d{5}");
    assertThat(body.get("processInstanceId").asText()).isNotBlank();
    assertThat(created.header("Location")).isEqualTo("/api/procurements/" + body.get("id").asLong());

    JsonNode view = api.get("/api/procurements/" + body.get("id").asLong(), "demo-manager").json();
    assertThat(view.get("stage").asText()).isEqualTo("TIER_CONFIRMATION");
    assertThat(view.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(view.at("/intake/vendor").asText()).isEqualTo("Acme AI");
    assertThat(view.at("/intake/requester").asText()).isEqualTo("demo-procurement");
    assertThat(view.at("/intake/surfaces").toString()).isEqualTo("[\"API\",\"CHAT_UI\",\"RETRIEVAL\"]");
    assertThat(view.at("/openTasks/0/name").asText()).as("the task names its procurement, vendor and product")
        .isEqualTo(view.get("businessKey").asText() + " · Acme AI · Acme Assist Enterprise — Confirm risk tier and scope");
    assertThat(view.at("/openTasks/0/candidateGroups/0").asText()).isEqualTo("procurement");
    assertThat(view.at("/tierHistory/0/kind").asText()).isEqualTo("PROPOSED");
  }

  @Test
  void anInternalPublicPilotIsLow() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", Intakes.internalPilotPublicData());
    assertThat(created.json().get("riskTier").asText()).isEqualTo("LOW");
  }

  @Test
  void invalidIntakeIs400NamingEveryFieldAndCreatesNothing() {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.remove("title");
    intake.put("surfaces", List.of("API", "FAX"));
    intake.put("customerFacing", "yes");
    intake.put("expectedUsers", -5);
    intake.put("deploymentStage", "BETA");
    intake.put("riskTier", "LOW");
    long before = procurements.count();
    long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    Api.Response response = api.post("/api/procurements", "demo-procurement", intake);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("problems").toString())
        .contains("title: is required")
        .contains("surfaces: unknown value(s) [FAX]")
        .contains("customerFacing: must be true or false")
        .contains("expectedUsers: must not be negative")
        .contains("deploymentStage: unknown value 'BETA'")
        .contains("riskTier: is not a field of the intake");
    assertThat(procurements.count()).isEqualTo(before);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void wrongTypesAndUnknownRequesterAre400() {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("expectedUsers", "many");
    intake.put("dataCategories", "PERSONAL");
    intake.put("requester", "nobody-we-know");
    Api.Response response = api.post("/api/procurements", "demo-procurement", intake);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("problems").toString())
        .contains("expectedUsers: must be a whole number").contains("dataCategories: must be a list")
        .contains("requester: 'nobody-we-know' is not a known user id");
  }

  @Test
  void malformedJsonIs400AndOversizedBodyIs413() {
    assertThat(api.postRaw("/api/procurements", "demo-procurement", "application/json", "{\"title\": ").status()).isEqualTo(400);
    String huge = "{\"title\":\"" + "x".repeat(70_000) + "\"}";
    assertThat(api.postRaw("/api/procurements", "demo-procurement", "application/json", huge).status()).isEqualTo(413);
    assertThat(api.postRaw("/engine-rest/process-definition/key/llm-procurement/start", "admin", "application/json", huge).status())
        .isEqualTo(413);
  }

  @Test
  void withoutCredentialsEveryApiIs401() {
    assertThat(api.get("/api/procurements/1", null).status()).isEqualTo(401);
    assertThat(api.post("/api/procurements", null, Intakes.customerSupportBot()).status()).isEqualTo(401);
    assertThat(api.get("/api/procurements/1", "demo-procurement:wrong").status()).isEqualTo(401);
    Api.Response engineRest = api.get("/engine-rest/task", null);
    assertThat(engineRest.status()).isEqualTo(401);
    assertThat(engineRest.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void onlyProcurementMayStartAndOnlyProductGroupsMayRead() {
    assertThat(api.post("/api/procurements", "demo-it", Intakes.customerSupportBot()).status()).isEqualTo(403);
    assertThat(api.post("/api/procurements", "demo-manager", Intakes.customerSupportBot()).status()).isEqualTo(403);
    long id = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json().get("id").asLong();

    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
    try {
      assertThat(api.get("/api/procurements/" + id, "outsider").status()).isEqualTo(403);
    } finally {
      engine.getIdentityService().deleteUser("outsider");
    }
    // a reviewing function sees a procurement once it has work on it (none yet: only procurement confirms the tier)
    assertThat(api.get("/api/procurements/" + id, "demo-security").status()).isEqualTo(403);
    assertThat(api.get("/api/procurements/" + id, "demo-manager").status()).isEqualTo(200);
  }

  @Test
  void thePortfolioListsProcurementsNewestFirstFilteredPagedAndRefusesBadParameters() {
    Map<String, Object> other = new java.util.LinkedHashMap<>(Intakes.customerSupportBot());
    other.put("vendor", "Zenith_Labs 100%");
    long first = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json().get("id").asLong();
    long second = api.post("/api/procurements", "demo-procurement", other).json().get("id").asLong();

    JsonNode all = api.get("/api/procurements?size=100", "demo-manager").json();
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2);
    List<Long> ids = new java.util.ArrayList<>();
    all.get("items").forEach(item -> ids.add(item.get("id").asLong()));
    assertThat(ids).contains(first, second);
    assertThat(ids.indexOf(second)).as("newest first").isLessThan(ids.indexOf(first));
    JsonNode line = all.get("items").get(ids.indexOf(second));
    assertThat(line.get("stage").asText()).isEqualTo("TIER_CONFIRMATION");
    assertThat(line.get("vendor").asText()).isEqualTo("Zenith_Labs 100%");

    JsonNode zenith = api.get("/api/procurements?vendor=zenith_labs%20100%25", "demo-manager").json();
    assertThat(zenith.get("items")).allSatisfy(item -> assertThat(item.get("vendor").asText()).isEqualTo("Zenith_Labs 100%"));
    assertThat(zenith.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(api.get("/api/procurements?vendor=zenith%5Flabs", "demo-manager").json().get("total").asLong())
        .as("_ and %% in a filter are characters, not wildcards").isGreaterThanOrEqualTo(1);
    assertThat(api.get("/api/procurements?vendor=zenithXlabs", "demo-manager").json().get("total").asLong()).isZero();

    JsonNode onePage = api.get("/api/procurements?size=1&page=0&tier=high", "demo-procurement").json();
    assertThat(onePage.get("items")).hasSize(1);
    assertThat(onePage.get("items").get(0).get("riskTier").asText()).isEqualTo("HIGH");

    Api.Response bad = api.get("/api/procurements?tier=EXTREME&size=500&page=-1", "demo-procurement");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("tier: 'EXTREME'").contains("size: a whole number from 1 to 100")
        .contains("page: a whole number from 0");

    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
    try {
      assertThat(api.get("/api/procurements", "outsider").status()).isEqualTo(403);
    } finally {
      engine.getIdentityService().deleteUser("outsider");
    }
  }

  @Test
  void unknownProcurementIs404() {
    Api.Response response = api.get("/api/procurements/987654", "demo-procurement");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).contains("987654");
  }

  @Test
  void apiResponsesCarrySecurityHeaders() {
    Api.Response response = api.get("/api/procurements/987654", "demo-procurement");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }
}
