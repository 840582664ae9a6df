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
      new CatalogueValidator(CatalogueFixtures.tiers());

  @Test
  void theRealCatalogueHasNoProblems() {
    assertThat(validator.problems(tree())).isEmpty();
  }

  @Test
  void missingField() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-01").remove("fallbacks"),
        "SLA-AVAIL-01.fallbacks: missing");
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
    assertThatThrownBy(() -> CatalogueLoader.load("version: [unclosed", CatalogueFixtures.tiers()))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("not valid YAML");
  }

  // ---------------------------------------------------------------- fallback ladders

  @Test
  void emptyFallbackList() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-01").putArray("fallbacks"),
        "SLA-AVAIL-01.fallbacks: must not be empty");
  }

  @Test
  void theOldSingleFallbackFieldIsNamedAsReplaced() {
    assertProblem(r -> requirement(r, "SLA-AVAIL-02").put("fallback", "Anything."),
        "SLA-AVAIL-02.fallback: replaced by 'fallbacks'");
  }

  @Test
  void missingControlObjective() {
    assertProblem(r -> requirement(r, "AUD-RIGHT-01").remove("controlObjective"),
        "AUD-RIGHT-01.controlObjective: missing");
    assertProblem(r -> requirement(r, "AUD-RIGHT-01").put("controlObjective", " "),
        "AUD-RIGHT-01.controlObjective: blank");
  }

  @Test
  void fallbackWithoutWordingOrWithAnUnknownField() {
    assertProblem(r -> fallback(r, "SLA-AVAIL-01", 1).remove("wording"),
        "SLA-AVAIL-01.fallbacks[1].wording: missing");
    assertProblem(r -> fallback(r, "SLA-AVAIL-01", 2).put("rank", 5),
        "SLA-AVAIL-01.fallbacks[2].rank: unknown field");
    assertProblem(r -> ((ArrayNode) requirement(r, "SLA-AVAIL-01").get("fallbacks")).add("plain text"),
        "SLA-AVAIL-01.fallbacks[3]: must be a mapping");
  }

  @Test
  void fallbackRepeatingThePositionOrAnEarlierFallback() {
    assertProblem(r -> fallback(r, "REN-EXIT-01", 1)
            .put("wording", requirement(r, "REN-EXIT-01").get("position").asText()),
        "REN-EXIT-01.fallbacks[1].wording: repeats the position or an earlier fallback");
    assertProblem(r -> fallback(r, "REN-EXIT-01", 2)
            .put("wording", fallback(r, "REN-EXIT-01", 1).get("wording").asText()),
        "REN-EXIT-01.fallbacks[2].wording: repeats");
  }

  @Test
  void figureKeyOutsideTheRequirementsThresholds() {
    assertProblem(r -> figures(r, "SLA-AVAIL-01", 2, "HIGH").put("latencyP95Ms", 2000),
        "SLA-AVAIL-01.fallbacks[2].figures.HIGH.latencyP95Ms: 'latencyP95Ms' is not one of the "
            + "requirement's thresholds");
  }

  @Test
  void figuresForAnUnknownTierOrOneTheRequirementIsNotRequiredAt() {
    assertProblem(r -> ((ObjectNode) fallback(r, "SLA-LAT-02", 2).get("figures")).putObject("EXTREME")
            .put("latencyP99Ms", 9000),
        "SLA-LAT-02.fallbacks[2].figures: unknown RiskTier 'EXTREME'");
    assertProblem(r -> ((ObjectNode) fallback(r, "SLA-LAT-02", 2).get("figures")).putObject("LOW")
            .put("latencyP99Ms", 20000),
        "SLA-LAT-02.fallbacks[2].figures.LOW: the requirement is not required at LOW");
    assertProblem(r -> fallback(r, "SLA-LAT-02", 2).put("figures", "slower"),
        "SLA-LAT-02.fallbacks[2].figures: must be a mapping");
  }

  @Test
  void figureOfTheWrongType() {
    assertProblem(r -> figures(r, "SLA-AVAIL-01", 2, "HIGH").put("availabilityPercent", "99.5%"),
        "SLA-AVAIL-01.fallbacks[2].figures.HIGH.availabilityPercent: must be a number");
    assertProblem(r -> figures(r, "SUP-SEV-02", 2, "HIGH").put("sev2AckHours", 6.5),
        "SUP-SEV-02.fallbacks[2].figures.HIGH.sev2AckHours: must be a whole number");
    assertProblem(r -> fallback(r, "LOG-INT-01", 1).putObject("figures").putObject("HIGH")
            .put("logImmutabilityRequired", "no"),
        "LOG-INT-01.fallbacks[1].figures.HIGH.logImmutabilityRequired: must be true or false");
  }

  @Test
  void figureStricterThanTheDecisionAtItsTier() {
    // AT_LEAST: a higher availability is stricter than the decision's 99.9 at HIGH
    assertProblem(r -> figures(r, "SLA-AVAIL-01", 2, "HIGH").put("availabilityPercent", 99.99),
        "SLA-AVAIL-01.fallbacks[2].figures.HIGH.availabilityPercent: 99.99 is stricter than the "
            + "tier thresholds decision's 99.9 at HIGH");
    // AT_MOST: a shorter acknowledgement is stricter than the decision's 30 minutes at HIGH
    assertProblem(r -> figures(r, "SUP-SEV-01", 1, "HIGH").put("sev1AckMinutes", 10),
        "SUP-SEV-01.fallbacks[1].figures.HIGH.sev1AckMinutes: 10 is stricter than the tier "
            + "thresholds decision's 30 at HIGH");
  }

  @Test
  void aFigureEqualToTheDecisionsIsAllowed() {
    JsonNode tree = tree();
    figures(tree, "SLA-AVAIL-01", 2, "HIGH").put("availabilityPercent", 99.9);
    assertThat(validator.problems(tree)).isEmpty();
  }

  @Test
  void laterFallbackStricterThanTheOneBefore() {
    // the first fallback settles for 99.0 at HIGH, the second asks 99.5 again
    assertProblem(r -> fallback(r, "SLA-AVAIL-01", 1).putObject("figures").putObject("HIGH")
            .put("availabilityPercent", 99.0),
        "SLA-AVAIL-01.fallbacks[2].figures.HIGH.availabilityPercent: 99.5 is stricter than 99.0, "
            + "which the fallback before it settles for");
    // a later fallback that names no figure asks for the decision's, stricter than the one before
    assertProblem(r -> fallback(r, "SLA-LAT-02", 1).set("figures",
            fallback(r, "SLA-LAT-02", 2).remove("figures")),
        "SLA-LAT-02.fallbacks[2].figures.HIGH.latencyP99Ms: 3000 is stricter than 5000");
  }

  @Test
  void yesNoFiguresAreStricterWhenTrue() {
    assertProblem(r -> {
      fallback(r, "LOG-INT-01", 1).putObject("figures").putObject("HIGH")
          .put("logImmutabilityRequired", false);
      // the second fallback names no figure, so it asks for the decision's true again
    }, "LOG-INT-01.fallbacks[2].figures.HIGH.logImmutabilityRequired: true is stricter than false");
    JsonNode relaxed = tree();
    fallback(relaxed, "LOG-INT-01", 1).putObject("figures").putObject("HIGH")
        .put("logImmutabilityRequired", false);
    fallback(relaxed, "LOG-INT-01", 2).putObject("figures").putObject("HIGH")
        .put("logImmutabilityRequired", false);
    assertThat(validator.problems(relaxed)).isEmpty();
  }

  @Test
  void numericFigureWithoutACheckGivingItsDirection() {
    assertProblem(r -> {
      ObjectNode req = requirement(r, "SLA-AVAIL-02");
      ((ArrayNode) req.get("thresholds")).add("exportWindowDays");
      fallback(r, "SLA-AVAIL-02", 1).putObject("figures").putObject("HIGH")
          .put("exportWindowDays", 10);
    }, "SLA-AVAIL-02.fallbacks[1].figures.HIGH.exportWindowDays: no analysis check on "
        + "'exportWindowDays' says whether a higher or lower figure is stricter");
  }

  @Test
  void reframingsNeedBothFieldsAndNothingElse() {
    assertProblem(r -> reframing(r, "AUD-RIGHT-01", 0).put("control", ""),
        "AUD-RIGHT-01.reframings[1].control: blank");
    assertProblem(r -> reframing(r, "AUD-RIGHT-01", 1).remove("alternative"),
        "AUD-RIGHT-01.reframings[2].alternative: missing");
    assertProblem(r -> reframing(r, "AUD-RIGHT-01", 0).put("why", "because"),
        "AUD-RIGHT-01.reframings[1].why: unknown field");
    assertProblem(r -> requirement(r, "AUD-RIGHT-01").put("reframings", "attestations"),
        "AUD-RIGHT-01.reframings: must be a list");
  }

  private static ObjectNode fallback(JsonNode tree, String id, int rank) {
    return (ObjectNode) requirement(tree, id).get("fallbacks").get(rank - 1);
  }

  private static ObjectNode figures(JsonNode tree, String id, int rank, String tier) {
    ObjectNode fallback = fallback(tree, id, rank);
    ObjectNode figures = fallback.has("figures") ? (ObjectNode) fallback.get("figures")
        : fallback.putObject("figures");
    return figures.has(tier) ? (ObjectNode) figures.get(tier) : figures.putObject(tier);
  }

  private static ObjectNode reframing(JsonNode tree, String id, int index) {
    return (ObjectNode) requirement(tree, id).get("reframings").get(index);
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
