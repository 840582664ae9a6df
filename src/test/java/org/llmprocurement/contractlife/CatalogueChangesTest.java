package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.CatalogueFixtures;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contractlife.CatalogueChanges.Change;
import org.llmprocurement.contractlife.CatalogueChanges.Kind;
import org.llmprocurement.domain.RiskTier;

/** What a tier rise or a newer catalogue asks of a signed contract, on the real catalogue and decision. */
class CatalogueChangesTest {

  private final Catalogue catalogue = CatalogueFixtures.catalogue();
  private final Map<RiskTier, Thresholds> tiers = CatalogueFixtures.tiers();

  @Test
  void theSameCatalogueAtTheSameTierAsksNothingNew() {
    assertThat(CatalogueChanges.compare(catalogue, RiskTier.HIGH, tiers.get(RiskTier.HIGH), catalogue, RiskTier.HIGH,
        tiers.get(RiskTier.HIGH))).isEmpty();
  }

  @Test
  void aTierRiseListsEveryRequirementNewlyRequiredAndEveryStricterFigure() {
    List<Change> changes = CatalogueChanges.compare(catalogue, RiskTier.LOW, tiers.get(RiskTier.LOW), catalogue,
        RiskTier.CRITICAL, tiers.get(RiskTier.CRITICAL));
    List<String> added = catalogue.requirements().stream()
        .filter(r -> r.requiredAt(RiskTier.CRITICAL) && !r.requiredAt(RiskTier.LOW)).map(Requirement::id).toList();
    assertThat(added).isNotEmpty();
    assertThat(changes.stream().filter(c -> c.kind() == Kind.ADDED).map(Change::requirementId)).containsExactlyElementsOf(added);
    Change availability = changes.stream().filter(c -> c.kind() == Kind.STRICTER)
        .filter(c -> c.detail().stream().anyMatch(d -> d.startsWith("availabilityPercent: "))).findFirst().orElseThrow();
    assertThat(availability.detail()).anyMatch(d -> d.equals("availabilityPercent: " + tiers.get(RiskTier.LOW).get("availabilityPercent")
        + " -> " + tiers.get(RiskTier.CRITICAL).get("availabilityPercent")));
  }

  @Test
  void aTierFallAsksNothingStricter() {
    assertThat(CatalogueChanges.compare(catalogue, RiskTier.CRITICAL, tiers.get(RiskTier.CRITICAL), catalogue, RiskTier.LOW,
        tiers.get(RiskTier.LOW))).noneMatch(c -> c.kind() == Kind.STRICTER);
  }

  @Test
  void aRequirementMissingFromTheSignedCatalogueIsAdded() {
    Requirement first = catalogue.requirements().stream().filter(r -> r.requiredAt(RiskTier.HIGH)).findFirst().orElseThrow();
    Catalogue signed = new Catalogue("2020.1.0", catalogue.areas(),
        catalogue.requirements().stream().filter(r -> !r.id().equals(first.id())).toList());
    List<Change> changes = CatalogueChanges.compare(signed, RiskTier.HIGH, tiers.get(RiskTier.HIGH), catalogue, RiskTier.HIGH,
        tiers.get(RiskTier.HIGH));
    assertThat(changes).containsExactly(new Change(first.id(), first.title(), Kind.ADDED, List.of("new in catalogue " + catalogue.version())));
  }

  @Test
  void directionFollowsTheKey() {
    assertThat(CatalogueChanges.isStricter("availabilityPercent", 99.5, 99.9)).isTrue();
    assertThat(CatalogueChanges.isStricter("sev1AckMinutes", 60, 30)).isTrue();
    assertThat(CatalogueChanges.isStricter("sev1AckMinutes", 30, 60)).isFalse();
    assertThat(CatalogueChanges.isStricter("logImmutabilityRequired", false, true)).isTrue();
    assertThat(CatalogueChanges.isStricter("waiverApproverRole", "managers", "managers")).isFalse();
  }
}
