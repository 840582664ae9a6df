package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/catalogue.md} must match what {@link CatalogueDocGenerator} makes of the current
 * catalogue and thresholds decision. Run with {@code -Dcatalogue.regenerate=true} to rewrite it.
 */
class CatalogueDocUpToDateTest {

  static final String REGENERATE_COMMAND =
      "mvn -q -o test -Dtest=CatalogueDocUpToDateTest -Dcatalogue.regenerate=true";

  @Test
  void docsMatchTheCatalogue() throws Exception {
    Path projectDir = CatalogueDocGenerator.projectDir();
    Path doc = projectDir.resolve(CatalogueDocGenerator.DOC_LOCATION);
    String expected = CatalogueDocGenerator.generate(projectDir);
    if (Boolean.getBoolean("catalogue.regenerate")) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    if (!Files.exists(doc)) {
      fail(CatalogueDocGenerator.DOC_LOCATION + " is missing: run " + REGENERATE_COMMAND);
    }
    String actual = Files.readString(doc, StandardCharsets.UTF_8);
    if (!actual.equals(expected)) {
      fail("docs/catalogue.md is out of date: run " + REGENERATE_COMMAND);
    }
  }

  @Test
  void docsHaveASectionPerAreaAndATablePerRequirement() {
    String md = CatalogueDocGenerator.render(CatalogueFixtures.catalogue(), CatalogueFixtures.tiers());
    for (Area area : CatalogueFixtures.catalogue().areas()) {
      assertThat(md).contains("\n## " + area.title() + "\n");
    }
    for (Requirement r : CatalogueFixtures.catalogue().requirements()) {
      assertThat(md).contains("\n### " + r.id() + ": ");
    }
    assertThat(md).contains("`breachNoticeConfirmedHours` = 48")
        .contains("`availabilityPercent` = 99.9")
        .contains("| Owner | data-governance |");
    assertThat(CatalogueDocGenerator.anchor("Throughput and rate limits"))
        .isEqualTo("throughput-and-rate-limits");
  }
}
