package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CatalogueServiceTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

  private final CatalogueService service = new CatalogueService(
      CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), null, CLOCK);

  @Test
  void exposesVersionHashAndRequirements() {
    assertThat(service.version()).isEqualTo(service.catalogue().version());
    assertThat(service.sha256()).hasSize(64).matches("[0-9a-f]+")
        .isEqualTo(CatalogueService.sha256(CatalogueFixtures.yaml()));
    assertThat(service.requirement("INC-NOTICE-01")).get()
        .extracting(Requirement::ownerRole).isEqualTo(OwnerRole.SECURITY);
    assertThat(service.requirement("NOPE-01")).isEmpty();
  }

  @Test
  void forTierReturnsWhatIsRequiredAtThatTierAndGrowsWithTheTier() {
    List<Requirement> low = service.forTier(RiskTier.LOW);
    List<Requirement> critical = service.forTier(RiskTier.CRITICAL);
    assertThat(low).allMatch(r -> r.requiredAt(RiskTier.LOW));
    assertThat(low).extracting(Requirement::id).contains("PRV-TRAIN-01")
        .doesNotContain("SEC-KEY-01");
    assertThat(critical).containsAll(service.forTier(RiskTier.HIGH));
    assertThat(service.forTier(RiskTier.HIGH)).containsAll(service.forTier(RiskTier.MEDIUM));
    assertThat(service.forTier(RiskTier.MEDIUM)).containsAll(low);
    assertThat(critical).hasSameSizeAs(service.catalogue().requirements());
  }

  @Test
  void filterCombinesTierRoleAndArea() {
    List<Requirement> legalSubprocessorsAtLow =
        service.filter(RiskTier.LOW, OwnerRole.LEGAL, "subprocessors");
    assertThat(legalSubprocessorsAtLow).extracting(Requirement::id)
        .containsExactly("SUB-LIST-01", "SUB-NOTICE-01", "SUB-FLOW-01");
    assertThat(service.filter(null, OwnerRole.PROCUREMENT, null))
        .isNotEmpty().allMatch(r -> r.ownerRole() == OwnerRole.PROCUREMENT);
    assertThat(service.filter(null, null, "logging")).extracting(Requirement::id)
        .containsExactly("LOG-RET-01", "LOG-EXP-01", "LOG-INT-01", "LOG-SCOPE-01", "LOG-AIACT-01");
    assertThat(service.filter(null, null, null)).isEqualTo(service.catalogue().requirements());
    assertThat(service.filter(RiskTier.LOW, OwnerRole.IT, "remedies")).isEmpty();
  }

  @Test
  void recordsANewVersion() {
    CatalogueVersionRepository repository = mock(CatalogueVersionRepository.class);
    when(repository.findByVersion(any())).thenReturn(List.of());
    CatalogueService loaded = new CatalogueService(
        CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), repository, CLOCK);
    ArgumentCaptor<CatalogueVersionEntity> saved = ArgumentCaptor.forClass(CatalogueVersionEntity.class);
    verify(repository).saveAndFlush(saved.capture());
    assertThat(saved.getValue().getVersion()).isEqualTo(loaded.version());
    assertThat(saved.getValue().getSha256()).isEqualTo(loaded.sha256());
    assertThat(saved.getValue().getContent()).isEqualTo(CatalogueFixtures.yaml());
    assertThat(saved.getValue().getLoadedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void doesNotRecordTheSameVersionAndHashTwice() {
    CatalogueVersionRepository repository = mock(CatalogueVersionRepository.class);
    String yaml = CatalogueFixtures.yaml();
    when(repository.findByVersion(any())).thenReturn(List.of(
        new CatalogueVersionEntity(service.version(), CatalogueService.sha256(yaml), yaml, CLOCK.instant())));
    new CatalogueService(yaml, CatalogueFixtures.tiers(), repository, CLOCK);
    verify(repository, never()).saveAndFlush(any());
  }

  @Test
  void refusesToStartWhenTheContentChangedWithoutANewVersion() {
    CatalogueVersionRepository repository = mock(CatalogueVersionRepository.class);
    when(repository.findByVersion(service.version())).thenReturn(List.of(
        new CatalogueVersionEntity(service.version(), "0".repeat(64), "older content", CLOCK.instant())));
    assertThatThrownBy(() -> new CatalogueService(
            CatalogueFixtures.yaml(), CatalogueFixtures.tiers(), repository, CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("catalogue changed without a new version number")
        .hasMessageContaining(service.version());
    verify(repository, never()).saveAndFlush(any());
  }

  @Test
  void malformedCatalogueStopsStartUp() {
    String broken = CatalogueFixtures.yaml().replace("ownerRole: it\n", "ownerRole: ops\n");
    assertThatThrownBy(() -> new CatalogueService(
            broken, CatalogueFixtures.tiers(), null, CLOCK))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("SLA-AVAIL-01.ownerRole: unknown role 'ops'");
  }
}
