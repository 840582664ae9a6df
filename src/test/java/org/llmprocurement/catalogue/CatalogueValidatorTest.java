package org.llmprocurement.catalogue;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of defect in the catalogue is reported with the entry id and the field. */
class CatalogueValidatorTest {

  private final CatalogueValidator validator =
      new CatalogueValidator(CatalogueFixtures.thresholdKeys());

  @Test
  void theRealCatalogueHasNoProblems() {
    assertThat(validator.problems(tree())).isEmpty();
  }

  @Test
  void missingField() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-01").remove("fallback"),
        "SLA-AVAIL-01.fallback: missing");
  }

  @Test
  void blankField() {
    assertProblem(r -> requirement(r, "INC-NOTICE-01").put("position", "  "),
        "INC-NOTICE-01.position: blank");
  }

  @Test
  void missingIdIsReportedByPosition() {
    assertProblem(r -> ((ObjectNode) r.get("requirements").get(0)).remove("id"),
        "requirements[0].id: missing");
  }

  @Test
  void malformedId() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-01").put("id", "sla-avail-1"),
        "sla-avail-1.id: must look like");
  }

  @Test
  void unknownArea() {
    assertProblem(r -> requirement(r, "SLA-LAT-01").put("area", "speed"),
        "SLA-LAT-01.area: unknown area 'speed'");
  }

  @Test
  void unknownRole() {
    assertProblem(r -> requirement(r, "SUB-LIST-01").put("ownerRole", "ops"),
        "SUB-LIST-01.ownerRole: unknown role 'ops'");
  }

  @Test
  void unknownTier() {
    assertProblem(r -> ((ArrayNode) requirement(r, "SUP-SEV-01").get("requiredTiers")).add("EXTREME"),
        "SUP-SEV-01.requiredTiers: unknown RiskTier 'EXTREME'");
  }

  @Test
  void requiredTiersWithAGap() {
    assertProblem(r -> {
      ArrayNode tiers = requirement(r, "SLA-AVAIL-01").putArray("requiredTiers");
      tiers.add("LOW").add("HIGH").add("CRITICAL");
    }, "SLA-AVAIL-01.requiredTiers: MEDIUM must be included");
  }

  @Test
  void noGoTierNotRequired() {
    assertProblem(r -> {
      ObjectNode req = requirement(r, "LOG-RET-01");
      req.putArray("requiredTiers").add("HIGH").add("CRITICAL");
      req.putArray("noGoTiers").add("MEDIUM").add("HIGH");
    }, "LOG-RET-01.noGoTiers: MEDIUM is not in requiredTiers");
  }

  @Test
  void unknownUnit() {
    assertProblem(r -> check(r, "SUP-SEV-01", 0).put("unit", "FORTNIGHTS"),
        "SUP-SEV-01.analysis.checks[sev1AckMinutes].unit: unknown Unit 'FORTNIGHTS'");
  }

  @Test
  void unknownDirection() {
    assertProblem(r -> check(r, "SUP-SEV-01", 0).put("direction", "ABOUT"),
        "SUP-SEV-01.analysis.checks[sev1AckMinutes].direction: unknown Direction 'ABOUT'");
  }

  @Test
  void unknownPolarity() {
    assertProblem(r -> ((ObjectNode) requirement(r, "PRV-TRAIN-01").get("analysis"))
        .put("polarity", "FORBIDDEN"), "PRV-TRAIN-01.analysis.polarity: unknown Polarity");
  }

  @Test
  void unknownSurface() {
    assertProblem(r -> ((ArrayNode) requirement(r, "SLA-THRU-01").get("notApplicable")
        .get("ifSurfacesAbsent")).add("FAX"),
        "SLA-THRU-01.notApplicable.ifSurfacesAbsent: unknown Surface 'FAX'");
  }

  @Test
  void unknownDataCategory() {
    assertProblem(r -> ((ArrayNode) requirement(r, "PRV-DPA-01").get("notApplicable")
        .get("ifDataCategoriesAbsent")).add("GOSSIP"),
        "PRV-DPA-01.notApplicable.ifDataCategoriesAbsent: unknown DataCategory 'GOSSIP'");
  }

  @Test
  void notApplicableAllowedWithoutCondition() {
    assertProblem(r -> ((ObjectNode) requirement(r, "SEC-KEY-01").get("notApplicable"))
        .remove("belowTier"), "SEC-KEY-01.notApplicable: allowed is true but no condition");
  }

  @Test
  void duplicateId() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-02").put("id", "SLA-AVAIL-01"),
        "SLA-AVAIL-01.id: duplicate requirement id");
  }

  @Test
  void areaWithFewerThanTwoRequirements() {
    assertProblem(r -> requirement(r, "SLA-LAT-02").put("area", "availability"),
        "latency.requirements: area has 1 requirement(s), needs at least 2");
  }

  @Test
  void requiredAreaMissing() {
    assertProblem(r -> {
      ArrayNode areas = (ArrayNode) r.get("areas");
      for (int i = 0; i < areas.size(); i++) {
        if (areas.get(i).get("key").asText().equals("telemetry_content")) {
          areas.remove(i);
          return;
        }
      }
    }, "catalogue.areas: required area 'telemetry_content' is missing");
  }

  @Test
  void duplicateAreaKey() {
    assertProblem(r -> ((ArrayNode) r.get("areas")).addObject().put("key", "latency")
        .put("title", "Again").put("summary", "Twice."), "latency.key: duplicate area key");
  }

  @Test
  void perSurfaceMustBeABoolean() {
    assertProblem(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("areas").get(0)).put("perSurface", "yes"),
        "availability.perSurface: must be true or false");
  }

  @Test
  void thresholdKeyNotProducedByTheDecision() {
    assertProblem(r -> ((ArrayNode) requirement(r, "SLA-AVAIL-02").get("thresholds"))
        .add("uptimeNines"),
        "SLA-AVAIL-02.thresholds: 'uptimeNines' is not an output of the tier thresholds decision");
  }

  @Test
  void invalidRegex() {
    assertProblem(r -> ((ArrayNode) requirement(r, "SLA-AVAIL-01").get("analysis").get("elements")
        .get(0).get("anyOf")).add("(availab"),
        "SLA-AVAIL-01.analysis.elements[availability commitment].anyOf: invalid regular expression");
  }

  @Test
  void invalidNearRegex() {
    assertProblem(r -> check(r, "SLA-LAT-01", 0).put("near", "p95["),
        "SLA-LAT-01.analysis.checks[latencyP95Ms].near: invalid regular expression");
  }

  @Test
  void checkThresholdNotDeclaredInThresholds() {
    assertProblem(r -> check(r, "SLA-LAT-01", 0).put("threshold", "latencyP99Ms"),
        "SLA-LAT-01.analysis.checks[latencyP99Ms].threshold: 'latencyP99Ms' is not listed in the "
            + "requirement's thresholds");
  }

  @Test
  void elementsMissing() {
    assertProblem(r -> ((ObjectNode) requirement(r, "DOC-MAP-01").get("analysis")).putArray("elements"),
        "DOC-MAP-01.analysis.elements: must not be empty");
  }

  @Test
  void evidenceAgeNotPositive() {
    assertProblem(r -> ((ObjectNode) requirement(r, "RET-EVID-01").get("evidence"))
        .put("maxAgeMonths", 0), "RET-EVID-01.evidence.maxAgeMonths");
  }

  @Test
  void unknownFieldIsATypo() {
    assertProblem(r -> requirement(r, "SEC-ENC-01").put("owner", "security"),
        "SEC-ENC-01.owner: unknown field");
  }

  @Test
  void missingVersion() {
    assertProblem(r -> ((ObjectNode) r).remove("version"), "catalogue.version: missing");
  }

  @Test
  void everyProblemIsCollectedAndTheExceptionListsThem() {
    JsonNode tree = tree();
    requirement(tree, "SLA-AVAIL-01").put("ownerRole", "ops");
    requirement(tree, "SLA-AVAIL-03").put("area", "speed");
    assertThatThrownBy(() -> validator.validate(tree))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("SLA-AVAIL-01.ownerRole")
        .hasMessageContaining("SLA-AVAIL-03.area");
  }

  @Test
  void yamlSyntaxErrorStopsLoading() {
    assertThatThrownBy(() -> CatalogueLoader.load("version: [unclosed", CatalogueFixtures.thresholdKeys()))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("not valid YAML");
  }

  private void assertProblem(Consumer<JsonNode> defect, String expected) {
    JsonNode tree = tree();
    defect.accept(tree);
    List<String> problems = validator.problems(tree);
    assertThat(problems).as("problems").anySatisfy(p -> assertThat(p).contains(expected));
  }

  private static JsonNode tree() {
    return CatalogueLoader.readTree(CatalogueFixtures.yaml());
  }

  private static ObjectNode requirement(JsonNode tree, String id) {
    for (JsonNode r : tree.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return (ObjectNode) r;
      }
    }
    throw new AssertionError("no requirement " + id);
  }

  private static ObjectNode check(JsonNode tree, String id, int index) {
    return (ObjectNode) requirement(tree, id).get("analysis").get("checks").get(index);
  }
}
