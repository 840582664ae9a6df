package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A procurement is reviewed against the catalogue and thresholds it was confirmed under. */
class PinnedVersionsTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ThresholdService thresholds;

  @Autowired
  CatalogueVersionRepository versions;

  @Test
  void anEarlierCatalogueVersionIsReadAsItWasRecorded() {
    String current = CatalogueLoader.readClasspath(CatalogueLoader.CLASSPATH_LOCATION);
    String earlier = current.replaceFirst("version: \"[^\"]+\"", "version: \"2000.1.0\"")
        .replace("title: Encryption in transit and at rest", "title: Encryption (wording of 2000)");
    if (versions.findByVersion("2000.1.0").isEmpty()) {
      versions.saveAndFlush(new CatalogueVersionEntity("2000.1.0", CatalogueService.sha256(earlier), earlier, Instant.now()));
    }

    assertThat(catalogue.catalogue("2000.1.0").version()).isEqualTo("2000.1.0");
    assertThat(catalogue.catalogue("2000.1.0").requirement("SEC-ENC-01").orElseThrow().title())
        .isEqualTo("Encryption (wording of 2000)");
    assertThat(catalogue.requirement("SEC-ENC-01").orElseThrow().title()).as("today's catalogue is untouched")
        .isNotEqualTo("Encryption (wording of 2000)");
    assertThatThrownBy(() -> catalogue.catalogue("1999.9.9")).hasMessageContaining("never recorded");
  }

  @Test
  void thresholdsOfAPinnedDecisionVersionAreEvaluated() {
    Thresholds latest = thresholds.forTier(RiskTier.HIGH);
    Thresholds pinned = thresholds.forTier(RiskTier.HIGH, latest.version());
    assertThat(pinned.version()).isEqualTo(latest.version());
    assertThat(pinned.values()).isEqualTo(latest.values());
    assertThatThrownBy(() -> thresholds.forTier(RiskTier.HIGH, "tierThresholds:v999")).hasMessageContaining("not deployed");
  }
}
