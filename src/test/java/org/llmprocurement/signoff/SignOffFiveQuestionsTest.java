package org.llmprocurement.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

/** The five final questions without an engine: prefill from the checklist, parsing, completeness and bars. */
class SignOffFiveQuestionsTest {

  static final FiveQuestions.Scope SCOPE = new FiveQuestions.Scope(List.of(Surface.API, Surface.CHAT_UI), List.of(Region.EU));

  static final Map<String, Object> HIGH = Map.ofEntries(Map.entry("availabilityPercent", 99.9), Map.entry("latencyP95Ms", 1000),
      Map.entry("latencyP99Ms", 3000), Map.entry("sev1AckMinutes", 30), Map.entry("sev2AckHours", 4),
      Map.entry("sev3AckBusinessHours", 16), Map.entry("sev1RestoreHours", 8), Map.entry("sev2RestoreHours", 48),
      Map.entry("sev3RestoreBusinessDays", 10), Map.entry("auditEvidenceMonths", 12), Map.entry("breachNoticeSuspectedHours", 24),
      Map.entry("breachNoticeConfirmedHours", 48), Map.entry("breachUpdateHours", 24), Map.entry("rootCauseBusinessDays", 5),
      Map.entry("correctiveActionBusinessDays", 10));

  static Map<String, FiveQuestions.MetClause> met(String... idTextFigures) {
    Map<String, FiveQuestions.MetClause> met = new LinkedHashMap<>();
    for (int i = 0; i < idTextFigures.length; i += 3) {
      met.put(idTextFigures[i], new FiveQuestions.MetClause(idTextFigures[i], idTextFigures[i + 1], idTextFigures[i + 2]));
    }
    return met;
  }

  static Map<String, FiveQuestions.MetClause> everythingMet() {
    return met("SLA-AVAIL-01", "at least 99.95% in each region", "99.95%",
        "SLA-LAT-01", "p95 within 800 milliseconds", "800 milliseconds",
        "SLA-LAT-02", "p99 within 2 seconds", "2 seconds",
        "SUP-SEV-01", "Sev1 within 30 minutes", "30 minutes",
        "SUP-SEV-02", "Sev2 within 4 hours", "4 hours",
        "SUP-SEV-03", "Sev3 within 16 business hours", "16 business hours",
        "SUP-RESTORE-01", "restore", "8 hours; 48 hours; 10 business days",
        "AUD-EVID-01", "SOC 2 Type II report, ISO/IEC 27001 certificate and a penetration test summary", null,
        "AUD-CADENCE-01", "every 12 months", "12 months",
        "AUD-RIGHT-01", "the Customer or an independent auditor may audit", null,
        "RES-REGION-01", "stored and processed in the EU", null,
        "RES-SUPPORT-01", "support from the EU only", null,
        "INC-NOTICE-01", "confirmed within 48 hours", "48 hours",
        "INC-NOTICE-02", "suspected within 24 hours", "24 hours",
        "INC-UPDATE-01", "updates every 12 hours", "12 hours",
        "REMED-RCA-01", "root cause within 5 business days", "5 business days",
        "REMED-CAP-01", "plan within 10 business days", "10 business days",
        "REM-CREDIT-01", "credits without prejudice", null,
        "REM-TERM-01", "terminate after 3 breaches", "3 times; 12 months");
  }

  @Test
  void prefillTakesFiguresFromTheMetClausesConvertedToTheAnswersUnits() {
    FiveQuestions.Prefill prefill = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH);
    FiveAnswers a = prefill.answers();

    assertThat(a.sla().rows()).extracting(r -> r.surface() + "/" + r.region()).containsExactly("API/EU", "CHAT_UI/EU");
    FiveAnswers.SlaRow api = a.sla().rows().get(0);
    assertThat(api.availabilityPercent()).isEqualTo(99.95);
    assertThat(api.latencyP95Ms()).isEqualTo(800);
    assertThat(api.latencyP99Ms()).as("2 seconds in ms").isEqualTo(2000);
    assertThat(List.of(api.sev1ResolutionHours(), api.sev2ResolutionHours(), api.sev3ResolutionBusinessDays()))
        .as("three figures of one clause, in order").containsExactly(8, 48, 10);
    assertThat(a.audit().evidenceTypes()).containsExactly("SOC2_TYPE2", "ISO27001", "PEN_TEST_SUMMARY");
    assertThat(a.audit().cadenceMonths()).isEqualTo(12);
    assertThat(a.audit().thirdParty()).isTrue();
    assertThat(a.audit().onSite()).isFalse();
    assertThat(a.data().rows()).extracting(FiveAnswers.DataRow::dataType)
        .as("no embeddings without an embeddings or retrieval surface")
        .containsExactly("PROMPTS", "OUTPUTS", "LOGS", "BACKUPS", "SUPPORT_ARTEFACTS");
    assertThat(a.data().rows()).allSatisfy(r -> assertThat(r.storageRegions()).containsExactly(Region.EU));
    assertThat(a.incident()).isEqualTo(new FiveAnswers.IncidentNotice(24, 48, 12));
    assertThat(a.fix()).isEqualTo(new FiveAnswers.Fix(5, 10, true, false, false, true));
    assertThat(prefill.sources().get(Question.Q4)).anyMatch(s -> s.startsWith("INC-NOTICE-01") && s.contains("from the clause"));
    for (Question q : Question.values()) {
      assertThat(FiveQuestions.missing(q, a, SCOPE)).as(q.name()).isEmpty();
      assertThat(FiveQuestions.belowBar(q, a, HIGH, RiskTier.HIGH)).as(q.name()).isEmpty();
    }
  }

  @Test
  void aMetClauseWithoutAUsableFigureIsPrefilledWithTheTierBarAndAnItemNotMetLeavesTheFigureMissing() {
    Map<String, FiveQuestions.MetClause> met = everythingMet();
    met.put("SLA-LAT-02", new FiveQuestions.MetClause("SLA-LAT-02", "p99 as in Exhibit B", null));
    met.remove("INC-NOTICE-02");
    FiveAnswers a = FiveQuestions.prefill(SCOPE, met, HIGH).answers();

    assertThat(a.sla().rows().get(0).latencyP99Ms()).isEqualTo(3000);
    assertThat(a.incident().suspectedHours()).isNull();
    assertThat(FiveQuestions.missing(Question.Q4, a, SCOPE)).containsExactly("Q4: notice of a suspected incident (hours)");
  }

  @Test
  void eachMissingFigureOfQ1NamesTheFigureTheSurfaceAndTheRegion() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH).answers();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : listOfMaps(FiveQuestions.formValues(Question.Q1, a).get("slaRows"))) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      if ("API".equals(copy.get("surface"))) {
        copy.put("latencyP99Ms", null);
        copy.put("sev2ResolutionHours", "");
      }
      rows.add(copy);
    }
    List<String> problems = new ArrayList<>();
    FiveAnswers parsed = FiveQuestions.parse(Question.Q1, Map.of("slaRows", rows), a, problems);

    assertThat(problems).isEmpty();
    assertThat(FiveQuestions.missing(Question.Q1, parsed, SCOPE))
        .containsExactly("Q1: p99 latency for API in EU", "Q1: Sev2 resolution for API in EU");
  }

  @Test
  void q1NamesASurfaceAndRegionWithNoRowAndRowsOutsideTheScope() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH).answers();
    FiveQuestions.Scope wider = new FiveQuestions.Scope(List.of(Surface.API), List.of(Region.EU, Region.UK));

    assertThat(FiveQuestions.missing(Question.Q1, a, wider))
        .containsExactly("Q1: no service level for API in UK", "Q1: CHAT_UI in EU is not in the procurement's scope");
  }

  @Test
  void q2NeedsEvidenceACadenceAndAnOnSiteOrThirdPartyRight() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, Map.of(), HIGH).answers();

    assertThat(FiveQuestions.missing(Question.Q2, a, SCOPE)).containsExactly("Q2: evidence types the vendor delivers",
        "Q2: audit evidence cadence (months)", "Q2: an on-site or third-party audit right (neither is granted)");
    List<String> problems = new ArrayList<>();
    FiveAnswers fixed = FiveQuestions.parse(Question.Q2, Map.of("auditEvidence", List.of("SOC2_TYPE2", "TRUST_ME"),
        "auditCadenceMonths", 6, "auditOnSite", true, "auditThirdParty", false), a, problems);
    assertThat(problems).containsExactly("Q2: 'TRUST_ME' is not an evidence type ([SOC2_TYPE2, ISO27001, ISO42001, "
        + "PEN_TEST_SUMMARY, SUBPROCESSOR_LIST, CONTROL_ATTESTATIONS, BRIDGE_LETTER])");
    assertThat(FiveQuestions.missing(Question.Q2, fixed, SCOPE)).isEmpty();
  }

  @Test
  void q3NamesEachMissingRegionListAndRefusesRegionsOutsideTheAllowedOnes() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH).answers();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : listOfMaps(FiveQuestions.formValues(Question.Q3, a).get("dataRows"))) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      if ("BACKUPS".equals(copy.get("dataType"))) {
        copy.put("supportAccessRegions", "");
      }
      if ("LOGS".equals(copy.get("dataType"))) {
        copy.put("processingRegions", "EU, us");
      }
      if ("PROMPTS".equals(copy.get("dataType"))) {
        copy.put("storageRegions", "EU, Mars");
      }
      rows.add(copy);
    }
    List<String> problems = new ArrayList<>();
    FiveAnswers parsed = FiveQuestions.parse(Question.Q3, Map.of("dataRows", rows), a, problems);

    assertThat(problems).singleElement().asString().startsWith("Q3: storage regions for prompts: 'Mars' is not a region");
    assertThat(FiveQuestions.missing(Question.Q3, parsed, SCOPE)).containsExactly(
        "Q3: logs processed in US, outside the allowed regions [EU]", "Q3: support access regions for backups");
  }

  @Test
  void q4AndQ5NameEachMissingValue() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH).answers();
    List<String> problems = new ArrayList<>();
    Map<String, Object> q4 = new LinkedHashMap<>(FiveQuestions.formValues(Question.Q4, a));
    q4.put("noticeConfirmedHours", null);
    q4.put("updateIntervalHours", "soon");
    FiveAnswers parsed = FiveQuestions.parse(Question.Q4, q4, a, problems);
    assertThat(problems).containsExactly("Q4: incident update interval must be a number (got 'soon')");
    assertThat(FiveQuestions.missing(Question.Q4, parsed, SCOPE)).containsExactly(
        "Q4: notice of a confirmed incident (hours)", "Q4: incident update interval (hours)");

    Map<String, Object> q5 = new LinkedHashMap<>(FiveQuestions.formValues(Question.Q5, a));
    q5.put("rootCauseBusinessDays", null);
    q5.put("remedyStepUp", null);
    FiveAnswers fix = FiveQuestions.parse(Question.Q5, q5, a, problems);
    assertThat(FiveQuestions.missing(Question.Q5, fix, SCOPE)).containsExactly(
        "Q5: root-cause analysis deadline (business days)", "Q5: whether support steps up at the vendor's cost");
  }

  @Test
  void aFigureWeakerThanTheTierBarIsNamedWithTheBar() {
    FiveAnswers a = FiveQuestions.prefill(SCOPE, everythingMet(), HIGH).answers();
    FiveAnswers weaker = new FiveAnswers(a.sla(), a.audit(), a.data(), new FiveAnswers.IncidentNotice(24, 72, 12),
        new FiveAnswers.Fix(5, 15, true, true, true, true));

    assertThat(FiveQuestions.belowBar(Question.Q4, weaker, HIGH, RiskTier.HIGH))
        .containsExactly("Q4: notice of a confirmed incident is 72 hours, the HIGH bar is at most 48 hours");
    assertThat(FiveQuestions.belowBar(Question.Q5, weaker, HIGH, RiskTier.HIGH))
        .containsExactly("Q5: corrective plan deadline is 15 business days, the HIGH bar is at most 10 business days");
  }

  @Test
  void figuresInOtherUnitsAreConvertedOrLeftAlone() {
    assertThat(FiveQuestions.statedFigure("within 2 days", "hours", 0)).contains(48.0);
    assertThat(FiveQuestions.statedFigure("within 90 minutes", "hours", 0)).isEmpty();
    assertThat(FiveQuestions.statedFigure("within 5 days", "business days", 0)).as("calendar days are not business days").isEmpty();
    assertThat(FiveQuestions.statedFigure("99,9 %", "%", 0)).contains(99.9);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listOfMaps(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
