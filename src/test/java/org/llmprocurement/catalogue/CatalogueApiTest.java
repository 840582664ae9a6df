package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;

/** GET /api/catalogue as a reviewer uses it. */
class CatalogueApiTest extends IntegrationTest {

  @Test
  void securityRequirementsAtHighComeWithTheirThresholds() {
    Api.Response response = api.get("/api/catalogue?tier=HIGH&role=security", "demo-security");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("version").asText()).isNotBlank();
    assertThat(body.get("thresholdsVersion").asText()).startsWith("tierThresholds:v");
    JsonNode requirements = body.get("requirements");
    assertThat(requirements.size()).isGreaterThan(10);
    assertThat(StreamSupport.stream(requirements.spliterator(), false).map(r -> r.get("ownerRole").asText()).distinct())
        .containsExactly("security");
    JsonNode breach = StreamSupport.stream(requirements.spliterator(), false)
        .filter(r -> r.get("id").asText().equals("INC-NOTICE-01")).findFirst().orElseThrow();
    assertThat(breach.at("/thresholds/breachNoticeConfirmedHours").asInt()).isEqualTo(48);
    assertThat(breach.get("references").toString()).contains("GDPR Art. 33");
    JsonNode logs = StreamSupport.stream(requirements.spliterator(), false)
        .filter(r -> r.get("id").asText().equals("LOG-RET-01")).findFirst().orElseThrow();
    assertThat(logs.get("noGo").asBoolean()).as("undefined logs are a no-go at HIGH").isTrue();
    assertThat(logs.at("/thresholds/logRetentionDays").asInt()).isEqualTo(180);
    assertThat(logs.get("controlObjective").asText()).isNotBlank();
    assertThat(logs.at("/positions/0/figures/logRetentionDays").asInt()).isEqualTo(180);
    assertThat(logs.at("/positions/1/rank").asInt()).isEqualTo(1);
    assertThat(logs.at("/positions/1/figures/logRetentionDays").asInt())
        .as("the first fallback settles for less than the decision's 180 days").isLessThan(180);
    assertThat(logs.at("/reframings/0/alternative").asText()).isNotBlank();
  }

  @Test
  void filtersByAreaAndRefusesUnknownValues() {
    JsonNode area = api.get("/api/catalogue?area=privacy_training", "demo-legal").json();
    assertThat(area.get("requirements").size()).isGreaterThanOrEqualTo(2);

    Api.Response badTier = api.get("/api/catalogue?tier=EXTREME", "demo-legal");
    assertThat(badTier.status()).isEqualTo(400);
    assertThat(badTier.body()).contains("tier").contains("EXTREME");
    assertThat(api.get("/api/catalogue?role=ops", "demo-legal").status()).isEqualTo(400);
    assertThat(api.get("/api/catalogue?area=weather", "demo-legal").status()).isEqualTo(400);
    assertThat(api.get("/api/catalogue", null).status()).isEqualTo(401);
  }
}
