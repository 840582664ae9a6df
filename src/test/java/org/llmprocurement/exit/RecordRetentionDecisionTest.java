package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmprocurement.domain.RiskTier;

/**
 * The {@code record-retention} decision as shipped (legal's table): one row per tier, whole years,
 * and the end of retention counted from the close in calendar years.
 */
@Tag("unit")
class RecordRetentionDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RecordRetentionDecisionTest.class.getResourceAsStream("/record-retention.dmn")) {
      decision = dmn.parseDecision(RecordRetention.DECISION_KEY, in);
    }
  }

  private static DmnDecisionResult evaluate(String tier) {
    return dmn.evaluateDecision(decision, Variables.createVariables().putValue("riskTier", tier));
  }

  @ParameterizedTest(name = "{0} => {1} years")
  @CsvSource({"LOW, 6", "MEDIUM, 6", "HIGH, 10", "CRITICAL, 10"})
  void yearsPerTier(String tier, int years) {
    DmnDecisionResult result = evaluate(tier);
    assertThat(result).hasSize(1);
    assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(years);
  }

  @ParameterizedTest
  @EnumSource(RiskTier.class)
  void everyTierHasExactlyOneRowAndAStricterTierIsNeverKeptShorter(RiskTier tier) {
    assertThat(evaluate(tier.name())).as("one row for " + tier).hasSize(1);
    for (RiskTier lower : RiskTier.values()) {
      if (tier.isStricterThan(lower)) {
        assertThat(((Number) evaluate(tier.name()).getSingleEntry()).intValue())
            .as(tier + " kept at least as long as " + lower)
            .isGreaterThanOrEqualTo(((Number) evaluate(lower.name()).getSingleEntry()).intValue());
      }
    }
  }

  @Test
  void anUnknownTierMatchesNoRow() {
    assertThat(evaluate("EXTREME")).isEmpty();
  }

  @Test
  void retentionEndsOnTheSameCalendarDayYearsLaterInUtc() {
    assertThat(RecordRetention.retainUntil(Instant.parse("2026-12-01T17:30:00Z"), 10))
        .isEqualTo(Instant.parse("2036-12-01T17:30:00Z"));
    assertThat(RecordRetention.retainUntil(Instant.parse("2028-02-29T08:00:00Z"), 6))
        .as("a leap day ends on 28 February").isEqualTo(Instant.parse("2034-02-28T08:00:00Z"));
    assertThatThrownBy(() -> RecordRetention.retainUntil(Instant.parse("2026-12-01T00:00:00Z"), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
