package org.llmprocurement.notices.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.notices.incident.RegulatoryRules.AiActCase;
import org.llmprocurement.notices.incident.RegulatoryRules.Classification;
import org.llmprocurement.notices.incident.RegulatoryRules.Regime;
import org.llmprocurement.notices.incident.RegulatoryRules.ReportRule;

/** Each regime's reports from {@code regulatory-reporting-deadlines.dmn} as shipped, and their due times. */
@Tag("unit")
class RegulatoryRulesTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;
  /** The vendor told us (our awareness). */
  private static final Instant TOLD = Instant.parse("2026-12-01T10:00:00Z");

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RegulatoryRulesTest.class.getResourceAsStream("/regulatory-reporting-deadlines.dmn")) {
      decision = dmn.parseDecision(RegulatoryDeadlines.DECISION_KEY, in);
    }
  }

  private static List<ReportRule> reports(Regime regime, String incidentCase) {
    return RegulatoryDeadlines.evaluate(dmn, decision, regime, incidentCase);
  }

  @Test
  void gdprGivesTheAuthority72HoursFromOurAwareness() {
    List<ReportRule> gdpr = reports(Regime.GDPR, "-");
    assertThat(gdpr).extracting(ReportRule::reportKey).containsExactly("GDPR_ART33");
    assertThat(gdpr.get(0).ownerGroup()).isEqualTo("data-governance");
    assertThat(RegulatoryRules.dueAt(gdpr.get(0), TOLD, TOLD.plusSeconds(86_400), null))
        .isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
  }

  @Test
  void doraInitialIsDueFourHoursAfterClassificationButNoLaterThan24HoursAfterAwareness() {
    List<ReportRule> dora = reports(Regime.DORA, "-");
    assertThat(dora).extracting(ReportRule::reportKey).containsExactly("DORA_INITIAL", "DORA_INTERMEDIATE", "DORA_FINAL");
    assertThat(dora).extracting(ReportRule::ownerGroup).containsOnly("security");
    ReportRule initial = dora.get(0);
    assertThat(RegulatoryRules.dueAt(initial, TOLD, TOLD.plusSeconds(3_600), null))
        .as("classified an hour after we were told").isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    assertThat(RegulatoryRules.dueAt(initial, TOLD, TOLD.plusSeconds(22 * 3_600), null))
        .as("classified 22 hours after: the 24-hour limit").isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
  }

  @Test
  void doraIntermediateAndFinalRunFromTheReportBefore() {
    List<ReportRule> dora = reports(Regime.DORA, "-");
    Instant initialFiled = Instant.parse("2026-12-01T13:00:00Z");
    assertThat(RegulatoryRules.dueAt(dora.get(1), TOLD, TOLD, initialFiled)).isEqualTo(Instant.parse("2026-12-04T13:00:00Z"));
    Instant intermediateFiled = Instant.parse("2027-01-31T09:00:00Z");
    assertThat(RegulatoryRules.dueAt(dora.get(2), TOLD, TOLD, intermediateFiled))
        .as("one calendar month, clipped to the end of February").isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
    assertThatThrownBy(() -> RegulatoryRules.dueAt(dora.get(1), TOLD, TOLD, null)).hasMessageContaining("PREVIOUS_REPORT");
  }

  @Test
  void aiActSeriousIncidentsAreDueIn15Or2Or10Days() {
    assertThat(RegulatoryRules.dueAt(reports(Regime.EU_AI_ACT, "STANDARD").get(0), TOLD, TOLD, null))
        .isEqualTo(Instant.parse("2026-12-16T10:00:00Z"));
    assertThat(RegulatoryRules.dueAt(reports(Regime.EU_AI_ACT, "WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE").get(0), TOLD, TOLD, null))
        .isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    ReportRule death = reports(Regime.EU_AI_ACT, "DEATH").get(0);
    assertThat(death.ownerGroup()).isEqualTo("legal");
    assertThat(RegulatoryRules.dueAt(death, TOLD, TOLD, null)).isEqualTo(Instant.parse("2026-12-11T10:00:00Z"));
  }

  @Test
  void aUseInCriticalInfrastructureAlwaysTakesTheTwoDayDeadline() {
    Classification death = new Classification(false, false, true, AiActCase.DEATH);
    assertThat(RegulatoryRules.caseOf(Regime.EU_AI_ACT, death, EuAiActArea.CRITICAL_INFRASTRUCTURE))
        .isEqualTo("WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE");
    assertThat(RegulatoryRules.caseOf(Regime.EU_AI_ACT, death, EuAiActArea.EMPLOYMENT)).isEqualTo("DEATH");
    assertThat(RegulatoryRules.caseOf(Regime.GDPR, death, EuAiActArea.EMPLOYMENT)).isEqualTo("-");
  }

  @Test
  void theClassificationStartsEachRegimeItNames() {
    assertThat(RegulatoryRules.regimes(new Classification(true, true, true, AiActCase.STANDARD)))
        .containsExactly(Regime.GDPR, Regime.DORA, Regime.EU_AI_ACT);
    assertThat(RegulatoryRules.regimes(new Classification(false, false, false, null))).isEmpty();
  }

  @Test
  void doraOutsideAFinancialEntityAndTheAiActOutsideAHighRiskUseAreRefused() {
    assertThat(RegulatoryRules.problems(new Classification(false, true, true, null), false, EuAiActArea.NONE))
        .containsExactly(
            "majorIctIncident: DORA applies to financial entities only, and this organisation is configured as none"
                + " (llmp.organisation.financial-entity)",
            "aiActSerious: the use case is in no EU AI Act high-risk area (the procurement's intake says NONE);"
                + " Art. 73 reporting does not apply",
            "aiActCase: required for a serious incident, one of STANDARD, WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE, DEATH");
    assertThat(RegulatoryRules.problems(new Classification(true, true, true, AiActCase.DEATH), true, EuAiActArea.EMPLOYMENT))
        .isEmpty();
  }

  @Test
  void periodsAndDurationsAreReadAsIso8601() {
    assertThat(RegulatoryRules.plus(TOLD, "P1DT12H")).isEqualTo(Instant.parse("2026-12-02T22:00:00Z"));
    assertThatThrownBy(() -> RegulatoryRules.plus(TOLD, "72 hours")).hasMessageContaining("'72 hours' is no ISO-8601");
  }
}
