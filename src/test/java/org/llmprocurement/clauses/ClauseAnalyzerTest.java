package org.llmprocurement.clauses;

import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseAnalyzerTest {

  private final ClauseAnalyzer analyzer = new ClauseAnalyzer();

  private ClauseAnalysis analyze(String requirementId, String tier, String text) {
    return analyzer.analyze(ClauseFixtures.rule(requirementId), ClauseFixtures.thresholds(tier), text, Scope.none());
  }

  private Verdict verdict(String requirementId, String text) {
    return analyze(requirementId, "HIGH", text).verdict();
  }

  /**
   * Against the rule fixture the analyzer was developed with ({@code rules-fixture.yaml}), for tests
   * whose assertions name fixture element names or fixture bars; the mechanics tested do not depend
   * on the catalogue's wording.
   */
  private ClauseAnalysis analyzeFixture(String requirementId, String tier, String text) {
    return analyzer.analyze(ClauseFixtures.fixtureRules().get(requirementId), ClauseFixtures.fixtureThresholds(tier), text,
        Scope.none());
  }

  private Verdict fixtureVerdict(String requirementId, String text) {
    return analyzeFixture(requirementId, "HIGH", text).verdict();
  }

  @Nested
  class Meets {

    @ParameterizedTest
    @ValueSource(strings = {"shall", "must", "will", "agrees to", "is obliged to", "is required to", "undertakes to"})
    void bindingVerbWithFigureAtTheBarMeets(String verb) {
      String text = "Provider " + verb + " notify Customer of a confirmed breach within 48 hours.";
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", text);
      assertThat(a.verdict()).isEqualTo(Verdict.MEETS);
      assertThat(a.binding()).isTrue();
      assertThat(a.checks()).singleElement().satisfies(c -> {
        assertThat(c.passed()).isTrue();
        assertThat(c.bar()).isEqualTo(48.0);
        assertThat(c.figure().text()).isEqualTo("48 hours");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"may", "aims to", "endeavours to", "strives to", "targets to", "expects to", "intends to", "seeks to"})
    void nonBindingVerbNeverMeets(String verb) {
      String text = "Provider " + verb + " notify Customer of a confirmed breach within 48 hours.";
      assertThat(verdict("INC-NOTICE-01", text)).isIn(Verdict.VAGUE, Verdict.NO_COMMITMENT);
    }

    @Test
    void figureBeyondTheBarMeets() {
      assertThat(verdict("LOG-RET-01", "Provider shall retain logs for 365 days.")).isEqualTo(Verdict.MEETS);
      assertThat(verdict("INC-NOTICE-01", "Provider shall notify Customer of a confirmed breach within 24 hours."))
          .isEqualTo(Verdict.MEETS);
    }

    @Test
    void undueDelayFollowedByANumberIsJudgedOnTheNumber() {
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH",
          "Provider shall notify Customer without undue delay, and in any event within 48 hours, of a confirmed breach.");
      assertThat(a.verdict()).isEqualTo(Verdict.MEETS);
      assertThat(a.weakPhrases()).isEmpty();
      ClauseAnalysis late = analyze("INC-NOTICE-01", "HIGH",
          "Provider shall notify Customer without undue delay, and in any event within 72 hours, of a confirmed breach.");
      assertThat(late.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void weakPhraseOutsideTheCommitmentIsHarmless() {
      ClauseAnalysis a = analyze("LOG-RET-01", "HIGH",
          "Provider shall retain audit logs for 180 days. Provider will use commercially reasonable efforts to answer "
              + "general questions about the product.");
      assertThat(a.verdict()).isEqualTo(Verdict.MEETS);
      assertThat(a.weakPhrases()).extracting(ClauseAnalysis.WeakPhrase::family)
          .containsExactly(WeakFamily.COMMERCIALLY_REASONABLE_EFFORTS);
    }

    @Test
    void customerMayIsARightGrantedNotAPermissiveCommitment() {
      ClauseAnalysis a = analyze("EXIT-EXPORT-01", "HIGH",
          "For 60 days after termination, Customer may export all Customer Content in a machine-readable format.");
      assertThat(a.verdict()).isEqualTo(Verdict.MEETS);
      assertThat(a.weakPhrases()).isEmpty();
    }
  }

  @Nested
  class Prohibitions {

    @Test
    void shallNotUseToTrainMeets() {
      assertThat(verdict("PRV-TRAIN-01", "Provider shall not use Customer Content to train any model."))
          .isEqualTo(Verdict.MEETS);
      assertThat(verdict("PRV-TRAIN-01", "Provider undertakes not to use prompts to fine-tune its models."))
          .isEqualTo(Verdict.MEETS);
    }

    @Test
    void mayUseToImproveServicesIsNoCommitment() {
      ClauseAnalysis a = analyze("PRV-TRAIN-01", "HIGH", "Provider may use Customer Content to improve our services.");
      assertThat(a.verdict()).isEqualTo(Verdict.NO_COMMITMENT);
      assertThat(a.weakPhrases()).extracting(ClauseAnalysis.WeakPhrase::family)
          .contains(WeakFamily.MAY, WeakFamily.PRODUCT_IMPROVEMENT);
    }

    @Test
    void willNotUnlessAtItsDiscretionDoesNotMeet() {
      ClauseAnalysis a = analyze("PRV-TRAIN-01", "HIGH",
          "Provider will not use Customer Content to train models unless Provider decides otherwise at its discretion.");
      assertThat(a.verdict()).isNotEqualTo(Verdict.MEETS).isEqualTo(Verdict.NO_COMMITMENT);
    }

    @Test
    void prohibitionWithALoopholeInAnotherLimbDoesNotMeet() {
      assertThat(verdict("PRV-TRAIN-01",
          "Provider shall not sell Customer Content, but may use Customer Content to train its models.")).isEqualTo(Verdict.NO_COMMITMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Under no circumstances shall the Provider use Customer Content to train any model.",
        "In no event will Provider use prompts to fine-tune its models.",
        "At no time shall Provider use Customer Content to train models."})
    void invertedNegationBinds(String text) {
      assertThat(verdict("PRV-TRAIN-01", text)).isEqualTo(Verdict.MEETS);
    }

    @Test
    void positiveUseIsNoProtection() {
      assertThat(verdict("PRV-TRAIN-01", "Provider shall use Customer Content to train its models.")).isEqualTo(Verdict.NO_COMMITMENT);
    }
  }

  @Nested
  class Vague {

    @ParameterizedTest
    @ValueSource(strings = {
        "Provider will use reasonable endeavours to maintain 99.9% availability of the API in the EU region.",
        "Provider targets 99.9% availability of the API in the EU region.",
        "Provider shall use commercially reasonable efforts to make the API available 99.9% of the time in the EU region.",
        "Provider shall use best efforts to keep the API in the EU region highly available."})
    void aimedAtFigureOrHedgedBindingIsVague(String text) {
      assertThat(verdict("SLA-AVAIL-01", text)).isEqualTo(Verdict.VAGUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"without undue delay", "promptly", "as soon as practicable", "as soon as reasonably possible"})
    void timingWordsWithoutANumberAreVague(String words) {
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", "Provider shall notify Customer of a confirmed breach " + words + ".");
      assertThat(a.verdict()).isEqualTo(Verdict.VAGUE);
      assertThat(a.weakPhrases()).extracting(ClauseAnalysis.WeakPhrase::family).containsExactly(WeakFamily.WITHOUT_UNDUE_DELAY);
      assertThat(a.advice()).startsWith("Rests on '" + words + "'");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Provider will try to notify Customer of a confirmed breach.                        | ASPIRATIONAL",
        "Where possible, Provider shall notify Customer of a confirmed breach.               | TECHNICAL_FEASIBILITY",
        "Provider shall notify Customer of confirmed breaches when commercially reasonable.  | COMMERCIALLY_REASONABLE_EFFORTS",
        "Provider shall inform Customer of confirmed breaches at regular intervals.          | FROM_TIME_TO_TIME"})
    void moreHedgesMakeABindingVerbVague(String text, WeakFamily family) {
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", text);
      assertThat(a.verdict()).isEqualTo(Verdict.VAGUE);
      assertThat(a.weakPhrases()).extracting(ClauseAnalysis.WeakPhrase::family).containsExactly(family);
    }

    @Test
    void investigateWithoutATimeIsVague() {
      assertThat(verdict("REMED-RCA-01", "Provider will investigate each incident and share the root cause with Customer."))
          .isEqualTo(Verdict.VAGUE);
      assertThat(verdict("REMED-RCA-01", "Provider will investigate each incident and share the root cause within 5 business days."))
          .isEqualTo(Verdict.MEETS);
    }
  }

  @Nested
  class NoCommitment {

    @Test
    void silentClauseIsNoCommitment() {
      ClauseAnalysis a = analyzeFixture("INC-NOTICE-01", "HIGH", "Provider shall maintain 99.9% availability of the API.");
      assertThat(a.verdict()).isEqualTo(Verdict.NO_COMMITMENT);
      assertThat(a.missingElements()).containsExactly("breach", "notification");
      assertThat(a.advice()).startsWith("Silent on breach, notification");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Provider may notify Customer of confirmed breaches.",
        "Provider will notify Customer of confirmed breaches at its sole discretion.",
        "Provider reserves the right to notify Customer of confirmed breaches."})
    void permissiveIsNoCommitment(String text) {
      assertThat(verdict("INC-NOTICE-01", text)).isEqualTo(Verdict.NO_COMMITMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Provider makes no guarantee of availability for the API in any region.",
        "Provider shall not be liable for unavailability of the API in any region.",
        "The API is provided as is, in every region, with availability of 99.9% as a goal.",
        "Provider does not warrant that the API will be available in any region."})
    void disclaimedIsNoCommitment(String text) {
      ClauseAnalysis a = analyze("SLA-AVAIL-01", "HIGH", text);
      assertThat(a.verdict()).isEqualTo(Verdict.NO_COMMITMENT);
      assertThat(a.weakPhrases()).extracting(ClauseAnalysis.WeakPhrase::family).contains(WeakFamily.DISCLAIMER);
      assertThat(a.advice()).startsWith("Disclaimed by");
    }

    @Test
    void descriptiveStatementThatIsNeitherMeasuredNorCompleteIsNoCommitment() {
      // issue 11: a present-tense statement binds where it is measured or covers the requirement ("... in transit and
      // at rest" meets SEC-ENC-01); a partial description of how things are is not a promise
      assertThat(verdict("SEC-ENC-01", "Customer Content is encrypted in transit.")).isEqualTo(Verdict.NO_COMMITMENT);
      assertThat(verdict("SEC-ENC-01", "Customer Content is encrypted in transit and at rest.")).isEqualTo(Verdict.MEETS);
    }

    @Test
    void declarativeRightsOfTheCustomerSideBind() {
      assertThat(verdict("OUT-OWN-01", "Customer owns all outputs generated for it.")).isEqualTo(Verdict.MEETS);
      assertThat(verdict("OUT-OWN-01", "Customer retains title to its inputs and to the outputs generated from them."))
          .isEqualTo(Verdict.MEETS);
      assertThat(verdict("REN-NOTICE-01",
          "The subscription renews automatically unless Customer gives notice of non-renewal at least 30 days "
              + "before the end of the current term.")).isEqualTo(Verdict.MEETS);
      // the vendor side owning, or a declarative statement about the vendor, is no commitment to us
      assertThat(verdict("OUT-OWN-01", "Provider owns all outputs generated by the Services.")).isEqualTo(Verdict.NO_COMMITMENT);
    }
  }

  @Nested
  class BelowThreshold {

    @Test
    void weakerFiguresAreBelow() {
      assertThat(verdict("INC-NOTICE-01", "Provider shall notify Customer of a confirmed breach within 72 hours."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(verdict("SLA-AVAIL-01", "Provider shall maintain 99.5% availability of the API in the EU region."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
      ClauseAnalysis a = analyze("LOG-RET-01", "HIGH", "Provider shall retain logs for 90 days.");
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(a.advice()).isEqualTo("States '90 days' where the bar is at least 180 days for log retention: ask for 180 days or better.");
    }

    @Test
    void bindingWithoutAnyFigureIsBelowNotVague() {
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", "Provider shall notify Customer of any confirmed breach.");
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(a.checks()).singleElement().satisfies(c -> {
        assertThat(c.figure()).isNull();
        assertThat(c.passed()).isFalse();
      });
    }

    @Test
    void missingElementIsBelow() {
      ClauseAnalysis a = analyzeFixture("SEC-IAM-01", "HIGH", "Provider shall support single sign-on and role-based access control.");
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(a.missingElements()).containsExactly("MFA");
    }

    @Test
    void tierDecidesTheBar() {
      String text = "Provider shall maintain 99.9% availability of the API in the EU region.";
      assertThat(analyze("SLA-AVAIL-01", "CRITICAL", text).verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(analyze("SLA-AVAIL-01", "HIGH", text).verdict()).isEqualTo(Verdict.MEETS);
      assertThat(analyze("SLA-AVAIL-01", "LOW", text).verdict()).isEqualTo(Verdict.MEETS);
    }
  }

  @Nested
  class Checks {

    @Test
    void atMostAndAtLeastDirections() {
      // AT_MOST: notice time must not exceed the bar
      assertThat(verdict("RET-DEL-02", "Provider shall delete Customer Data within 30 days after termination.")).isEqualTo(Verdict.MEETS);
      assertThat(verdict("RET-DEL-02", "Provider shall delete Customer Data within 31 days after termination."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
      // AT_LEAST: advance notice must reach the bar
      assertThat(verdict("SUB-NOTICE-01", "Provider shall notify Customer 30 days before adding a subprocessor.")).isEqualTo(Verdict.MEETS);
      assertThat(verdict("SUB-NOTICE-01", "Provider shall notify Customer 29 days before adding a subprocessor."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void daysAreComparedWithABarInHours() {
      assertThat(verdict("INC-NOTICE-01", "Provider shall notify Customer of a confirmed breach within 2 days.")).isEqualTo(Verdict.MEETS);
      assertThat(analyze("INC-NOTICE-01", "CRITICAL", "Provider shall notify Customer of a confirmed breach within 2 days.").verdict())
          .isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void rangeIsJudgedOnItsWeakerEnd() {
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", "Provider shall notify Customer of a confirmed breach between 24 and 72 hours after discovery.");
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      // AT_LEAST takes the lower end
      assertThat(verdict("LOG-RET-01", "Provider shall retain logs for between 90 and 365 days.")).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(verdict("LOG-RET-01", "Provider shall retain logs for between 180 and 365 days.")).isEqualTo(Verdict.MEETS);
    }

    @Test
    void businessAndCalendarUnitsConvertConservatively() {
      // fixture bars: 10 business days; 14 calendar days = 10 business days at 1.4 -> passes; 15 calendar days does not
      assertThat(fixtureVerdict("REMED-CAP-01", "Provider shall deliver a corrective action plan within 14 calendar days.")).isEqualTo(Verdict.MEETS);
      assertThat(fixtureVerdict("REMED-CAP-01", "Provider shall deliver a corrective action plan within 15 calendar days."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
      // 1 business day = 8 business hours for a bar in business hours (fixture bar: 8 business hours)
      assertThat(fixtureVerdict("SUP-SEV-03", "Provider shall acknowledge Severity 3 tickets within one business day.")).isEqualTo(Verdict.MEETS);
      assertThat(fixtureVerdict("SUP-SEV-03", "Provider shall acknowledge Severity 3 tickets within 2 business days."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void nearPicksTheFigureOfTheNamedPercentile() {
      String text = "Provider shall keep p95 latency of the API at or below 800 ms and p99 latency at or below 3,500 ms.";
      assertThat(verdict("SLA-LAT-01", text)).isEqualTo(Verdict.MEETS);
      ClauseAnalysis p99 = analyze("SLA-LAT-02", "HIGH", text);
      assertThat(p99.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(p99.checks().get(0).figure().normalizedValue()).isEqualTo(3500.0);
    }

    @Test
    void severityNumberIsNotTheFigure() {
      ClauseAnalysis a = analyze("SUP-SEV-01", "HIGH", "For Sev 1 incidents Provider shall respond within 2 hours; for Sev 2 within 8 hours.");
      assertThat(a.checks().get(0).figure().text()).isEqualTo("2 hours");
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void countsAreCompared() {
      assertThat(verdict("REM-TERM-01", "Customer may terminate if Provider misses the SLA three (3) times in any twelve-month period."))
          .isEqualTo(Verdict.MEETS);
      assertThat(verdict("REM-TERM-01", "Customer may terminate if Provider misses the SLA on 6 occasions in a year."))
          .isEqualTo(Verdict.BELOW_THRESHOLD);
    }

    @Test
    void thresholdsMayBeIntegerLongOrStringAndMissingKeysAreNotChecked() {
      String text = "Provider shall retain logs for 180 days.";
      ClauseRule rule = ClauseFixtures.rule("LOG-RET-01");
      assertThat(analyzer.analyze(rule, Map.of("logRetentionDays", 180), text, Scope.none()).verdict()).isEqualTo(Verdict.MEETS);
      assertThat(analyzer.analyze(rule, Map.of("logRetentionDays", 365L), text, Scope.none()).verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(analyzer.analyze(rule, Map.of("logRetentionDays", "90"), text, Scope.none()).verdict()).isEqualTo(Verdict.MEETS);
      ClauseAnalysis none = analyzer.analyze(rule, new HashMap<>(), text, Scope.none());
      assertThat(none.checks()).singleElement().satisfies(c -> {
        assertThat(c.bar()).isNull();
        assertThat(c.passed()).isTrue();
      });
    }
  }

  @Nested
  class Positions {

    @Test
    void weakPhrasesAndFiguresPointIntoTheText() {
      String text = "Provider will use commercially reasonable efforts to notify Customer of a breach within forty-eight (48) hours.";
      ClauseAnalysis a = analyze("INC-NOTICE-01", "HIGH", text);
      assertThat(a.weakPhrases()).singleElement().satisfies(w -> {
        assertThat(w.phrase()).isEqualTo("commercially reasonable efforts");
        assertThat(text.substring(w.start(), w.end())).isEqualTo(w.phrase());
      });
      assertThat(a.figures()).singleElement().satisfies(f -> {
        assertThat(f.text()).isEqualTo("forty-eight (48) hours");
        assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
      });
      assertThat(a.verdict()).isEqualTo(Verdict.VAGUE);
    }
  }

  @Nested
  class Advice {

    @Test
    void adviceIsOneActionableSentence() {
      ClauseAnalysis a = analyzeFixture("SLA-AVAIL-01", "HIGH",
          "Provider will use commercially reasonable efforts to keep the API available in the EU region.");
      assertThat(a.advice()).isEqualTo("Rests on 'commercially reasonable efforts': ask for a binding 'shall' with availability at least "
          + "99.9% covering availability commitment, named service, region.");
      assertThat(a.advice().chars().filter(c -> c == '.').count()).isLessThanOrEqualTo(2);
    }
  }

  @Nested
  class WithScope {

    private final Scope scope = new Scope(Set.of(Surface.API, Surface.CHAT_UI, Surface.EMBEDDINGS),
        Set.of(Region.EU, Region.UK));

    @Test
    void uncoveredSurfaceDowngradesMeets() {
      ClauseAnalysis a = analyzer.analyze(ClauseFixtures.rule("SLA-AVAIL-01"), ClauseFixtures.thresholds("HIGH"),
          "Provider shall maintain 99.9% availability of the API and the chat interface in the EU region.", scope);
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(a.scopeFindings()).containsExactly("Surface EMBEDDINGS is not named");
      assertThat(a.advice()).contains("Surface EMBEDDINGS is not named");
    }

    @Test
    void regionOutsideTheAllowedOnesDowngradesMeets() {
      ClauseAnalysis a = analyzer.analyze(ClauseFixtures.rule("SLA-AVAIL-01"), ClauseFixtures.thresholds("HIGH"),
          "Provider shall maintain 99.9% availability of all services in the United States and the European Union.", scope);
      assertThat(a.verdict()).isEqualTo(Verdict.BELOW_THRESHOLD);
      assertThat(a.scopeFindings()).containsExactly("Region US is not among the allowed regions EU, UK");
    }

    @Test
    void coveredScopeStillMeetsAndNoScopeChecksNothing() {
      String text = "Provider shall maintain 99.9% availability of the API, the chat interface and the embeddings endpoint "
          + "in the EU and UK regions.";
      assertThat(analyzer.analyze(ClauseFixtures.rule("SLA-AVAIL-01"), ClauseFixtures.thresholds("HIGH"), text, scope).verdict())
          .isEqualTo(Verdict.MEETS);
      String narrow = "Provider shall maintain 99.9% availability of the API in the US region.";
      ClauseAnalysis free = analyzer.analyze(ClauseFixtures.rule("SLA-AVAIL-01"), ClauseFixtures.thresholds("HIGH"), narrow, Scope.none());
      assertThat(free.verdict()).isEqualTo(Verdict.MEETS);
      assertThat(free.scopeFindings()).isEmpty();
    }

    @Test
    void scopeDoesNotRescueAWeakClause() {
      ClauseAnalysis a = analyzer.analyze(ClauseFixtures.rule("SLA-AVAIL-01"), ClauseFixtures.thresholds("HIGH"),
          "Provider targets 99.9% availability of the API in the US region.", scope);
      assertThat(a.verdict()).isEqualTo(Verdict.VAGUE);
      assertThat(a.scopeFindings()).isNotEmpty();
    }
  }

  @Test
  void ruleWithoutElementsIsJudgedOnTheWholeClauseAndNullsAreTolerated() {
    ClauseRule bare = new ClauseRule(null, null, null);
    assertThat(analyzer.analyze(bare, null, "Provider shall do it.", null).verdict()).isEqualTo(Verdict.MEETS);
    assertThat(analyzer.analyze(bare, null, "Provider may do it.", null).verdict()).isEqualTo(Verdict.NO_COMMITMENT);
    assertThat(analyzer.analyze(ClauseFixtures.rule("LOG-RET-01"), null, null, null).verdict()).isEqualTo(Verdict.NO_COMMITMENT);
  }

  @Test
  void serviceRejectsOverlongText() {
    ClauseAnalysisService service = new ClauseAnalysisService();
    String text = "x".repeat(ClauseAnalysisService.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> service.analyze(ClauseFixtures.rule("LOG-RET-01"), Map.of(), text, Scope.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(service.analyze(ClauseFixtures.rule("LOG-RET-01"), ClauseFixtures.thresholds("HIGH"),
        "Provider shall retain logs for 180 days.", null).verdict()).isEqualTo(Verdict.MEETS);
  }

  @Test
  void everyFixtureRuleAndTierLoads() {
    assertThat(ClauseFixtures.rules()).hasSizeGreaterThan(40);
    for (String tier : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
      assertThat(ClauseFixtures.thresholds(tier)).containsKeys("availabilityPercent", "breachNoticeConfirmedHours");
    }
  }
}
