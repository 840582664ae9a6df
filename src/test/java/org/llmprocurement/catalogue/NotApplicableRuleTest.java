package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotApplicableRuleTest {

  @Test
  void neverAllowedMeansNeverApplicable() {
    assertThat(NotApplicableRule.never().permits(Set.of(), Set.of(), true, Tier.LOW)).isFalse();
  }

  @Test
  void surfacesConditionHoldsOnlyWhenNoneOfTheListedSurfacesIsUsed() {
    NotApplicableRule rule = new NotApplicableRule(true, "no API", List.of(Surface.API, Surface.BATCH),
        List.of(), null, null);
    assertThat(rule.permits(Set.of(Surface.CHAT_UI), Set.of(), false, Tier.HIGH)).isTrue();
    assertThat(rule.permits(Set.of(Surface.CHAT_UI, Surface.BATCH), Set.of(), false, Tier.HIGH))
        .isFalse();
  }

  @Test
  void dataCategoryConditionHoldsOnlyWhenNoneOfTheListedCategoriesIsProcessed() {
    NotApplicableRule rule = new NotApplicableRule(true, "no personal data", List.of(),
        List.of(DataCategory.PERSONAL, DataCategory.HEALTH), null, null);
    assertThat(rule.permits(Set.of(), Set.of(DataCategory.PUBLIC), false, Tier.HIGH)).isTrue();
    assertThat(rule.permits(Set.of(), Set.of(DataCategory.HEALTH), false, Tier.HIGH)).isFalse();
  }

  @Test
  void theRealCatalogueUsesSurfaceAndCategoryConditions() {
    Catalogue catalogue = CatalogueFixtures.catalogue();
    NotApplicableRule throughput = catalogue.requirement("SLA-THRU-01").orElseThrow().notApplicable();
    assertThat(throughput.permits(Set.of(Surface.CHAT_UI), Set.of(), false, Tier.HIGH)).isTrue();
    assertThat(throughput.permits(Set.of(Surface.API), Set.of(), false, Tier.HIGH)).isFalse();
    NotApplicableRule dpa = catalogue.requirement("PRV-DPA-01").orElseThrow().notApplicable();
    assertThat(dpa.permits(Set.of(), Set.of(DataCategory.SOURCE_CODE), false, Tier.HIGH)).isTrue();
    assertThat(dpa.permits(Set.of(), Set.of(DataCategory.PERSONAL), false, Tier.HIGH)).isFalse();
  }
}
