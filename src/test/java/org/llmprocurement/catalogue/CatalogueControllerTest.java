package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueController.CatalogueResponse;
import org.llmprocurement.catalogue.CatalogueController.PositionView;
import org.llmprocurement.catalogue.CatalogueController.RequirementView;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class CatalogueControllerTest {

  private final CatalogueService catalogueService = new CatalogueService(
      CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), null, Clock.systemUTC());
  private final CatalogueController controller =
      new CatalogueController(catalogueService, CatalogueFixtures.thresholdService());

  @Test
  void withoutFiltersReturnsEverythingWithoutTierFields() {
    CatalogueResponse response = controller.catalogue(null, null, null);
    assertThat(response.version()).isEqualTo(catalogueService.version());
    assertThat(response.sha256()).isEqualTo(catalogueService.sha256());
    assertThat(response.thresholdsVersion()).isNull();
    assertThat(response.requirements()).hasSameSizeAs(catalogueService.catalogue().requirements());
    RequirementView first = response.requirements().get(0);
    assertThat(first.required()).isNull();
    assertThat(first.noGo()).isNull();
    assertThat(first.thresholds()).isEqualTo(java.util.List.of("availabilityPercent"));
  }

  @Test
  void withTierAddsRequiredNoGoAndThresholdValues() {
    CatalogueResponse response = controller.catalogue("high", "it", "support");
    assertThat(response.thresholdsVersion()).startsWith("tierThresholds:");
    assertThat(response.requirements()).extracting(RequirementView::id)
        .containsExactly("SUP-SEV-01", "SUP-SEV-02", "SUP-SEV-03", "SUP-RESTORE-01",
            "SUP-ESC-01", "SUP-PIR-01");
    RequirementView sev1 = response.requirements().get(0);
    assertThat(sev1.required()).isTrue();
    assertThat(sev1.noGo()).isTrue();
    assertThat(sev1.thresholds()).isEqualTo(java.util.Map.of("sev1AckMinutes", 30));
    RequirementView sev2 = response.requirements().get(1);
    assertThat(sev2.noGo()).isFalse();
  }

  @Test
  void tierFilterLeavesOutWhatIsNotRequiredAtThatTier() {
    assertThat(controller.catalogue("LOW", null, null).requirements())
        .extracting(RequirementView::id).doesNotContain("SEC-KEY-01").contains("SEC-ENC-01");
  }

  @Test
  void unknownFilterValuesAreBadRequestsNamingTheParameterAndAllowedValues() {
    assertBadRequest(() -> controller.catalogue("EXTREME", null, null), "tier", "LOW, MEDIUM, HIGH, CRITICAL");
    assertBadRequest(() -> controller.catalogue(null, "ops", null), "role", "data-governance");
    assertBadRequest(() -> controller.catalogue(null, null, "speed"), "area", "availability");
  }

  @Test
  void serialisesAllFieldsAndTheTierView() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.valueToTree(controller.catalogue("HIGH", null, "incident_notice"));
    assertThat(json.get("version").asText()).isEqualTo(catalogueService.version());
    assertThat(json.has("thresholdsVersion")).isTrue();
    JsonNode notice = json.get("requirements").get(0);
    assertThat(notice.get("id").asText()).isEqualTo("INC-NOTICE-01");
    for (String field : new String[] {"area", "title", "position", "fallback", "controlObjective",
        "positions", "reframings", "weakWording", "weakExample", "bindingExample", "ownerRole",
        "requiredTiers", "noGoTiers", "notApplicable", "evidence", "thresholds", "references",
        "analysis", "required", "noGo"}) {
      assertThat(notice.has(field)).as(field).isTrue();
    }
    assertThat(notice.get("ownerRole").asText()).isEqualTo("security");
    assertThat(notice.get("thresholds").get("breachNoticeConfirmedHours").asInt()).isEqualTo(48);
    assertThat(notice.get("analysis").get("checks").get(0).get("unit").asText()).isEqualTo("HOURS");

    JsonNode plain = mapper.valueToTree(controller.catalogue(null, null, "incident_notice"));
    assertThat(plain.has("thresholdsVersion")).isFalse();
    assertThat(plain.get("requirements").get(0).has("required")).isFalse();
    assertThat(plain.get("requirements").get(0).get("thresholds").isArray()).isTrue();
  }

  @Test
  void withTierEachPositionCarriesItsFiguresAtThatTier() {
    RequirementView availability = controller.catalogue("HIGH", null, "availability")
        .requirements().get(0);
    assertThat(availability.id()).isEqualTo("SLA-AVAIL-01");
    assertThat(availability.controlObjective()).isNotBlank();
    assertThat(availability.fallback()).isEqualTo(availability.positions().get(1).wording());
    assertThat(availability.positions()).extracting(PositionView::rank).containsExactly(0, 1, 2);
    assertThat(availability.positions().get(0).preferred()).isTrue();
    assertThat(availability.positions().get(0).figures())
        .isEqualTo(java.util.Map.of("availabilityPercent", 99.9));
    assertThat(availability.positions().get(2).figures())
        .isEqualTo(java.util.Map.of("availabilityPercent", 99.5));
    RequirementView surfaces = controller.catalogue("HIGH", null, "availability")
        .requirements().get(1);
    assertThat(surfaces.positions()).allSatisfy(p -> assertThat(p.figures()).isNull());
  }

  @Test
  void withoutTierEachPositionCarriesItsFiguresForEveryTierTheRequirementIsRequiredAt()
      throws Exception {
    JsonNode json = new ObjectMapper().valueToTree(controller.catalogue(null, null, "latency"));
    JsonNode p99 = json.get("requirements").get(1);
    assertThat(p99.get("id").asText()).isEqualTo("SLA-LAT-02");
    JsonNode second = p99.get("positions").get(2);
    assertThat(second.get("rank").asInt()).isEqualTo(2);
    assertThat(second.get("preferred").asBoolean()).isFalse();
    assertThat(second.at("/figures/HIGH/latencyP99Ms").asInt()).isEqualTo(5000);
    assertThat(second.at("/figures/CRITICAL/latencyP99Ms").asInt()).isEqualTo(3000);
    assertThat(second.get("figures").has("LOW")).as("not required at LOW").isFalse();
    assertThat(p99.at("/positions/0/figures/HIGH/latencyP99Ms").asInt()).isEqualTo(3000);

    JsonNode audit = new ObjectMapper().valueToTree(controller.catalogue(null, null, "audit_rights"))
        .get("requirements").get(0);
    assertThat(audit.get("id").asText()).isEqualTo("AUD-RIGHT-01");
    assertThat(audit.at("/reframings/0/control").asText()).contains("on-site");
    assertThat(audit.at("/reframings/0/alternative").asText()).isNotBlank();
    assertThat(audit.at("/positions/1").has("figures")).isFalse();
  }

  private static void assertBadRequest(Runnable call, String parameter, String allowed) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.getReason()).contains("'" + parameter + "'").contains(allowed);
        });
  }
}
