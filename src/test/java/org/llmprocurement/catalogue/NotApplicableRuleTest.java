package org.llmprocurement.catalogue;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotApplicableRuleTest {

  @Test
  void neverAllowedMeansNeverApplicable() {
    assertThat(NotApplicableRule.never().permits(Set.of(), Set.of(), true, RiskTier.LOW)).isFalse();
  }

  @Test
  void surfacesConditionHoldsOnlyWhenNoneOfTheListedSurfacesIsUsed() {
    NotApplicableRule rule = new NotApplicableRule(true, "no API", List.of(Surface.API, Surface.BATCH),
        List.of(), null, null);
    assertThat(rule.permits(Set.of(Surface.CHAT_UI), Set.of(), false, RiskTier.HIGH)).isTrue();
    assertThat(rule.permits(Set.of(Surface.CHAT_UI, Surface.BATCH), Set.of(), false, RiskTier.HIGH))
        .isFalse();
  }

  @Test
  void dataCategoryConditionHoldsOnlyWhenNoneOfTheListedCategoriesIsProcessed() {
    NotApplicableRule rule = new NotApplicableRule(true, "no personal data", List.of(),
        List.of(DataCategory.PERSONAL, DataCategory.HEALTH), null, null);
    assertThat(rule.permits(Set.of(), Set.of(DataCategory.PUBLIC), false, RiskTier.HIGH)).isTrue();
    assertThat(rule.permits(Set.of(), Set.of(DataCategory.HEALTH), false, RiskTier.HIGH)).isFalse();
  }

  @Test
  void theRealCatalogueUsesSurfaceAndCategoryConditions() {
    Catalogue catalogue = CatalogueFixtures.catalogue();
    NotApplicableRule throughput = catalogue.requirement("SLA-THRU-01").orElseThrow().notApplicable();
    assertThat(throughput.permits(Set.of(Surface.CHAT_UI), Set.of(), false, RiskTier.HIGH)).isTrue();
    assertThat(throughput.permits(Set.of(Surface.API), Set.of(), false, RiskTier.HIGH)).isFalse();
    NotApplicableRule dpa = catalogue.requirement("PRV-DPA-01").orElseThrow().notApplicable();
    assertThat(dpa.permits(Set.of(), Set.of(DataCategory.SOURCE_CODE), false, RiskTier.HIGH)).isTrue();
    assertThat(dpa.permits(Set.of(), Set.of(DataCategory.PERSONAL), false, RiskTier.HIGH)).isFalse();
  }
}
