package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.RiskTier;

/**
 * A procurement pinned to a catalogue version recorded before fallback ladders existed still
 * loads: its single {@code fallback} text becomes the one fallback. The resource is the catalogue
 * file as it was in version 2026.11.4.
 */
class CatalogueCompatibilityTest {

  private static final String PREVIOUS_VERSION = "2026.11.4";
  private static final String PREVIOUS =
      CatalogueLoader.readClasspath("catalogue/catalogue-" + PREVIOUS_VERSION + ".yaml");

  @Test
  void thePreviousCatalogueIsReadWithItsFallbackAsTheOnlyOne() {
    Catalogue earlier = CatalogueLoader.loadStored(PREVIOUS);

    assertThat(earlier.version()).isEqualTo(PREVIOUS_VERSION);
    assertThat(earlier.requirements()).hasSize(87);
    Requirement availability = earlier.requirement("SLA-AVAIL-01").orElseThrow();
    assertThat(availability.controlObjective()).isNull();
    assertThat(availability.reframings()).isEmpty();
    assertThat(availability.fallback()).startsWith("A platform-wide figure is acceptable");
    List<Position> positions = availability.positions();
    assertThat(positions).extracting(Position::rank).containsExactly(0, 1);
    assertThat(positions.get(0).wording()).isEqualTo(availability.position());
    assertThat(positions.get(1).wording()).isEqualTo(availability.fallback());
    assertThat(positions.get(1).figures()).isEmpty();
    Thresholds high = CatalogueFixtures.evaluator().evaluate(RiskTier.HIGH);
    assertThat(positions.get(1).figuresAt(high)).containsExactly(
        java.util.Map.entry("availabilityPercent", 99.9));
    for (Requirement r : earlier.requirements()) {
      assertThat(r.positions()).as(r.id()).hasSize(2);
    }
  }

  @Test
  void aProcurementPinnedToThePreviousVersionGetsItsPositions() {
    CatalogueVersionRepository repository = mock(CatalogueVersionRepository.class);
    when(repository.findByVersion(PREVIOUS_VERSION)).thenReturn(List.of(new CatalogueVersionEntity(
        PREVIOUS_VERSION, CatalogueService.sha256(PREVIOUS), PREVIOUS, Instant.EPOCH)));
    CatalogueService service = new CatalogueService(
        CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), null, java.time.Clock.systemUTC());
    // the same service, now with the repository holding the earlier version
    CatalogueService pinned = new CatalogueService(
        CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), repository, java.time.Clock.systemUTC());

    Requirement notice = pinned.catalogue(PREVIOUS_VERSION).requirement("INC-NOTICE-01").orElseThrow();
    assertThat(notice.positions()).hasSize(2);
    assertThat(notice.fallback(1)).get().extracting(Position::wording).isEqualTo(notice.fallback());
    assertThat(notice.fallback(2)).isEmpty();
    assertThat(service.requirement("INC-NOTICE-01").orElseThrow().controlObjective()).isNotBlank();
  }

  @Test
  void theCurrentVersionIsNewerAndThePreviousShapeNoLongerPassesTheStartUpCheck() {
    assertThat(CatalogueFixtures.catalogue().version()).isNotEqualTo(PREVIOUS_VERSION);
    assertThatThrownBy(() -> CatalogueLoader.load(PREVIOUS, CatalogueFixtures.tiers()))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("SLA-AVAIL-01.fallback: replaced by 'fallbacks'")
        .hasMessageContaining("SLA-AVAIL-01.controlObjective: missing");
  }
}
