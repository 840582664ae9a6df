package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.RiskTier;

/** The ladder of positions of the real catalogue, and the figures each rung asks for. */
class CataloguePositionsTest {

  private final Catalogue catalogue = CatalogueFixtures.catalogue();
  private final Thresholds high = CatalogueFixtures.evaluator().evaluate(RiskTier.HIGH);
  private final Thresholds critical = CatalogueFixtures.evaluator().evaluate(RiskTier.CRITICAL);

  @Test
  void everyRequirementHasAnObjectiveAndAtLeastOneFallbackRankedInOrder() {
    for (Requirement r : catalogue.requirements()) {
      assertThat(r.controlObjective()).as(r.id()).isNotBlank();
      List<Position> positions = r.positions();
      assertThat(positions).as(r.id()).hasSizeGreaterThanOrEqualTo(2);
      for (int rank = 0; rank < positions.size(); rank++) {
        assertThat(positions.get(rank).rank()).as(r.id()).isEqualTo(rank);
        assertThat(positions.get(rank).thresholdKeys()).as(r.id()).isEqualTo(r.thresholds());
      }
      assertThat(positions.get(0).preferred()).isTrue();
      assertThat(positions.get(0).wording()).isEqualTo(r.position());
      assertThat(positions.get(0).figures()).isEmpty();
      assertThat(r.fallback()).isEqualTo(positions.get(1).wording());
      assertThat(r.fallback(1)).contains(positions.get(1));
      assertThat(r.fallback(0)).isEmpty();
      assertThat(r.fallback(positions.size())).isEmpty();
    }
  }

  @Test
  void mostRequirementsOfferASecondFallbackAndMostWithFiguresRelaxOne() {
    List<Requirement> all = catalogue.requirements();
    long twoOrMore = all.stream().filter(r -> r.fallbacks().size() >= 2).count();
    assertThat(twoOrMore).isGreaterThan(all.size() * 3 / 4);
    List<Requirement> withFigures = all.stream()
        .filter(r -> r.analysis().checks().size() > 0).toList();
    long relaxing = withFigures.stream()
        .filter(r -> r.fallbacks().stream().anyMatch(p -> !p.figures().isEmpty())).count();
    assertThat(relaxing).isGreaterThan(withFigures.size() * 3 / 4);
  }

  @Test
  void theAreasWhereVendorsSayImpossibleOfferReframings() {
    Set<String> reframed = catalogue.requirements().stream()
        .filter(r -> !r.reframings().isEmpty()).map(Requirement::area).collect(Collectors.toSet());
    assertThat(reframed).contains("audit_rights", "operational_access", "model_provenance",
        "security_controls", "logging", "subprocessors", "residency", "exit_portability");
    Requirement audit = requirement("AUD-RIGHT-01");
    assertThat(audit.reframings()).anySatisfy(f -> {
      assertThat(f.control()).containsIgnoringCase("on-site");
      assertThat(f.alternative()).containsIgnoringCase("attestation").containsIgnoringCase("evidence");
    });
    assertThat(requirement("MOD-PROV-01").reframings())
        .anySatisfy(f -> assertThat(f.control()).containsIgnoringCase("source"));
    assertThat(requirement("LOG-EXP-01").reframings())
        .anySatisfy(f -> assertThat(f.alternative()).containsIgnoringCase("hourly"));
  }

  @Test
  void figuresAtMergesTheRungsFiguresOverTheDecisions() {
    Requirement availability = requirement("SLA-AVAIL-01");
    List<Position> ladder = availability.positions();
    assertThat(ladder.get(0).figuresAt(high)).isEqualTo(Map.of("availabilityPercent", 99.9));
    assertThat(ladder.get(1).figuresAt(high)).isEqualTo(Map.of("availabilityPercent", 99.9));
    assertThat(ladder.get(2).figuresAt(high)).isEqualTo(Map.of("availabilityPercent", 99.5));
    assertThat(ladder.get(2).figuresAt(RiskTier.CRITICAL, critical))
        .isEqualTo(Map.of("availabilityPercent", 99.9));
    assertThat(ladder.get(2).figure("availabilityPercent", high)).isEqualTo(99.5);
    assertThat(ladder.get(2).figuresText(high)).isEqualTo("availabilityPercent = 99.5 (decision: 99.9)");
    assertThat(ladder.get(1).figuresText(high)).isEqualTo("availabilityPercent = 99.9");

    Requirement restore = requirement("SUP-RESTORE-01");
    assertThat(restore.fallback(2).orElseThrow().figuresAt(high)).containsExactly(
        Map.entry("sev1RestoreHours", 16), Map.entry("sev2RestoreHours", 72),
        Map.entry("sev3RestoreBusinessDays", 15));
    assertThat(requirement("AUD-RIGHT-01").positions().get(1).figuresAt(high)).isEmpty();
    assertThat(requirement("AUD-RIGHT-01").positions().get(1).figuresText(high)).isEmpty();
  }

  @Test
  void figuresAtRefusesThresholdsOfAnotherTier() {
    Position rung = requirement("SLA-AVAIL-01").positions().get(2);
    assertThatThrownBy(() -> rung.figuresAt(RiskTier.LOW, high))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HIGH")
        .hasMessageContaining("LOW");
  }

  @Test
  void aPositionBuiltWithoutARequirementReportsOnlyItsOwnFigures() {
    Position loose = new Position(1, "Looser.", Map.of(RiskTier.HIGH, Map.of("latencyP95Ms", 1500)));
    assertThat(loose.thresholdKeys()).isEmpty();
    assertThat(loose.figuresAt(high)).isEqualTo(Map.of("latencyP95Ms", 1500));
    assertThat(loose.figure("latencyP99Ms", high)).isEqualTo(3000);
  }

  private Requirement requirement(String id) {
    return catalogue.requirement(id).orElseThrow(() -> new AssertionError("missing " + id));
  }
}
