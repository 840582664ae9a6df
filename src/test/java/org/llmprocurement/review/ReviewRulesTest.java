package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.clauses.ClauseAnalysis;
import org.llmprocurement.clauses.ClauseAnalyzer;
import org.llmprocurement.clauses.ClauseRule;
import org.llmprocurement.clauses.Scope;
import org.llmprocurement.clauses.Verdict;
import org.llmprocurement.clauses.WeakFamily;
import org.llmprocurement.domain.RiskTier;

/**
 * The rules of one review decision ({@link ReviewRules#judge}), without Spring or an engine: the real
 * catalogue requirements, a table of contract documents, and a clause judge that is either a stub
 * answering prepared analyses or the real clause analyzer at the HIGH tier.
 */
@Tag("unit")
class ReviewRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static final long MSA = 1;
  private static final long DPA = 2;
  private static final long POLICY = 3;
  private static final long OLD_POLICY = 4;
  private static final long POLICY_TWELVE_MONTHS_OLD = 5;
  private static final long UNDATED_POLICY = 6;
  private static final long FOREIGN = 99;

  private static final Map<Long, ReviewRules.Document> DOCUMENTS = Map.of(
      MSA, new ReviewRules.Document(MSA, "MSA", "Master services agreement", 2, LocalDate.of(2026, 1, 10)),
      DPA, new ReviewRules.Document(DPA, "DPA", "Data processing agreement", 1, LocalDate.of(2026, 6, 1)),
      POLICY, new ReviewRules.Document(POLICY, "POLICY", "Incident response policy", 3, LocalDate.of(2026, 6, 1)),
      OLD_POLICY, new ReviewRules.Document(OLD_POLICY, "POLICY", "Incident response policy", 1, LocalDate.of(2025, 1, 15)),
      POLICY_TWELVE_MONTHS_OLD,
      new ReviewRules.Document(POLICY_TWELVE_MONTHS_OLD, "POLICY", "Incident response policy", 2, LocalDate.of(2025, 11, 30)),
      UNDATED_POLICY, new ReviewRules.Document(UNDATED_POLICY, "POLICY", "Incident response policy", 4, null));

  private static final String BINDING_48H =
      "The Provider shall notify the Customer of any confirmed Security Incident within 48 hours of confirmation.";
  private static final String BINDING_7D =
      "The Provider shall notify the Customer of any confirmed Security Incident within seven (7) days.";
  private static final String BINDING_24H =
      "The Provider shall notify the Customer of any confirmed Security Incident within 24 hours.";
  private static final String WEAK =
      "The Provider will notify the Customer of a data breach without undue delay.";
  private static final String NO_FIGURES_MEETS = "clause without measured bars that meets";
  private static final String NO_FIGURES_VAGUE = "clause without measured bars that is vague";

  private static final String LONG_DISPUTE = "The clause names 48 hours in its second sentence, the analysis missed it.";

  /** INC-NOTICE-01: notice of a confirmed breach; 12-month evidence, no-go at HIGH, never N/A, one hours bar. */
  private static Requirement notice;
  /** SLA-THRU-01: guaranteed throughput; N/A allowed when only chat is used. */
  private static Requirement throughput;
  /** The HIGH tier's thresholds from the bundled decision file (breachNoticeConfirmedHours = 48). */
  private static Map<String, Object> high;

  private final List<String> judged = new ArrayList<>();
  private final Map<String, ClauseAnalysis> analyses = new HashMap<>();
  private final BiFunction<Requirement, String, ClauseAnalysis> stubJudge = (requirement, text) -> {
    judged.add(text);
    ClauseAnalysis analysis = analyses.get(text);
    if (analysis == null) {
      throw new AssertionError("no prepared analysis for: " + text);
    }
    return analysis;
  };

  @BeforeAll
  static void loadCatalogue() {
    notice = BundledCatalogue.catalogue().requirement("INC-NOTICE-01").orElseThrow();
    throughput = BundledCatalogue.catalogue().requirement("SLA-THRU-01").orElseThrow();
    high = BundledCatalogue.thresholds(RiskTier.HIGH).values();
  }

  ReviewRulesTest() {
    analyses.put(BINDING_48H, hours(Verdict.MEETS, "48 hours", 48, true, "No action needed."));
    analyses.put(BINDING_24H, hours(Verdict.MEETS, "24 hours", 24, true, "No action needed."));
    analyses.put(BINDING_7D, hours(Verdict.BELOW_THRESHOLD, "seven (7) days", 7 * 24, false,
        "Ask for notice within 48 hours."));
    analyses.put(WEAK, new ClauseAnalysis(Verdict.VAGUE,
        List.of(new ClauseAnalysis.WeakPhrase("without undue delay", WeakFamily.WITHOUT_UNDUE_DELAY, 54, 73)),
        List.of(),
        List.of(new ClauseAnalysis.Check("breachNoticeConfirmedHours", 48.0, ClauseRule.Unit.HOURS,
            ClauseRule.Direction.AT_MOST, null, false)),
        List.of(), false, List.of(), "Replace 'without undue delay' with a fixed number of hours."));
    analyses.put(NO_FIGURES_MEETS, new ClauseAnalysis(Verdict.MEETS, List.of(), List.of(), List.of(), List.of(), true,
        List.of(), "No action needed."));
    analyses.put(NO_FIGURES_VAGUE, new ClauseAnalysis(Verdict.VAGUE, List.of(), List.of(), List.of(),
        List.of("security incident or breach"), false, List.of("the clause does not cover the API"), "Name the incidents."));
  }

  // --- decision missing -----------------------------------------------------------------------

  @Test
  void aMissingDecisionIsTheOnlyProblemReported() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(input().build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly("INC-NOTICE-01: decision missing (MET, GAP, WAIVED or NOT_APPLICABLE)");
    assertThat(judged).as("no clause is judged without a decision").isEmpty();
  }

  // --- MET: what it needs ---------------------------------------------------------------------

  @Test
  void metNeedsTheDocumentTheSectionTheClauseTextAndTheEvidence() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(input().decision(ReviewDecisionKind.MET).build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly(
        "INC-NOTICE-01: MET needs the document holding the clause",
        "INC-NOTICE-01: MET needs the section reference",
        "INC-NOTICE-01: MET needs the clause text",
        "INC-NOTICE-01: MET needs the evidence document (Incident response policy with notification procedure)");
    assertThat(judged).isEmpty();
  }

  @Test
  void eachMissingPartOfMetIsNamedOnItsOwn() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().section(null).build(), context(notice), problems);

    assertThat(problems).containsExactly("INC-NOTICE-01: MET needs the section reference");
    assertThat(judged).isEmpty();
  }

  @Test
  void documentsOfAnotherProcurementAreRefusedNamingTheField() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        met().documentId(FOREIGN).evidence(FOREIGN + 1).build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly(
        "INC-NOTICE-01: documentId #99 is not a document of this procurement",
        "INC-NOTICE-01: evidenceDocumentId #100 is not a document of this procurement");
  }

  @Test
  void aSecondDocumentOfAnotherProcurementIsRefused() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().second(FOREIGN, "§12", BINDING_48H).build(), context(notice), problems);

    assertThat(problems).containsExactly("INC-NOTICE-01: document2Id #99 is not a document of this procurement");
  }

  // --- evidence age ---------------------------------------------------------------------------

  @Test
  void evidenceOlderThanTheRequirementAcceptsIsRefusedWithItsAgeInMonths() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().evidence(OLD_POLICY).build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(notice.evidence().maxAgeMonths()).isEqualTo(12);
    assertThat(problems).containsExactly("INC-NOTICE-01: evidence POLICY \"Incident response policy\" v1 (#4) dates from"
        + " 2025-01-15, older than the 12 months this requirement accepts (22 months)");
  }

  @Test
  void evidenceExactlyAsOldAsAllowedIsAccepted() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().evidence(POLICY_TWELVE_MONTHS_OLD).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.MET);
  }

  @Test
  void evidenceWithoutADateIsNotRefusedForItsAge() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().evidence(UNDATED_POLICY).build(), context(notice), problems);

    assertThat(problems).isEmpty();
  }

  @Test
  void expiredEvidenceIsRefusedWithItsExpiryDate() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().expiry(TODAY.minusDays(1)).build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly("INC-NOTICE-01: evidence expired on 2026-11-29");
  }

  @Test
  void evidenceExpiringTodayIsStillValid() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(met().expiry(TODAY).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).isPresent();
  }

  @Test
  void oldAndExpiredEvidenceReportsBothProblems() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().evidence(OLD_POLICY).expiry(LocalDate.of(2026, 3, 31)).build(), context(notice), problems);

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("older than the 12 months");
    assertThat(problems.get(1)).isEqualTo("INC-NOTICE-01: evidence expired on 2026-03-31");
  }

  // --- second reference -----------------------------------------------------------------------

  @Test
  void aSecondReferenceNeedsItsDocumentSectionAndClauseText() {
    for (ReviewInput incomplete : List.of(
        met().second(null, "§12", null).build(),
        met().second(MSA, null, BINDING_48H).build(),
        met().second(MSA, "§12", null).build(),
        met().second(null, null, BINDING_48H).build())) {
      List<String> problems = new ArrayList<>();

      Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(incomplete, context(notice), problems);

      assertThat(outcome).as("%s", incomplete).isEmpty();
      assertThat(problems).as("%s", incomplete)
          .containsExactly("INC-NOTICE-01: a second reference needs its document, section and clause text");
    }
    assertThat(judged).isEmpty();
  }

  // --- dispute --------------------------------------------------------------------------------

  @Test
  void disputingTheAnalysisNeedsAJustificationOfTwentyCharacters() {
    for (String justification : new String[] {null, "", "nineteen characters"}) {
      List<String> problems = new ArrayList<>();

      Optional<ReviewRules.Outcome> outcome =
          ReviewRules.judge(met().clause(WEAK).dispute(justification).build(), context(notice), problems);

      assertThat(outcome).isEmpty();
      assertThat(problems).as("justification %s", justification).containsExactly(
          "INC-NOTICE-01: disputing the clause analysis needs a justification of at least 20 characters");
    }
  }

  @Test
  void aDisputeWithTwentyCharactersIsAccepted() {
    List<String> problems = new ArrayList<>();
    assertThat("twenty characters!!!").hasSize(20);

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        met().clause(WEAK).dispute("twenty characters!!!").build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.DISPUTE_PENDING);
  }

  // --- GAP, WAIVED, NOT_APPLICABLE: justification -------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "too short", "   short    "})
  void gapWaiverAndNotApplicableNeedTenCharactersOfJustification(String justification) {
    assertThat(problemsOf(ReviewDecisionKind.GAP, justification, notice, false, false))
        .containsExactly("INC-NOTICE-01: GAP needs a justification saying what is missing or wrong");
    assertThat(problemsOf(ReviewDecisionKind.WAIVED, justification, notice, false, false))
        .containsExactly("INC-NOTICE-01: WAIVED needs a justification");
    assertThat(problemsOf(ReviewDecisionKind.NOT_APPLICABLE, justification, throughput, false, true))
        .containsExactly("SLA-THRU-01: NOT_APPLICABLE needs a reason");
  }

  @Test
  void aMissingJustificationIsRefusedLikeAShortOne() {
    assertThat(problemsOf(ReviewDecisionKind.GAP, null, notice, false, false))
        .containsExactly("INC-NOTICE-01: GAP needs a justification saying what is missing or wrong");
  }

  @Test
  void aGapRecordsItsJustificationAsTheFinding() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        input().decision(ReviewDecisionKind.GAP).justification("No breach notice deadline at all").build(),
        context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).contains(new ReviewRules.Outcome(ReviewStatus.GAP, null, "No breach notice deadline at all",
        null, null, null));
    assertThat(judged).as("a GAP needs no clause analysis").isEmpty();
  }

  @Test
  void aWaiverOfAnItemThatIsNotNoGoWaitsForTheApprover() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        input().decision(ReviewDecisionKind.WAIVED).justification("Accepted risk for the pilot").build(),
        context(notice, false, false), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.WAIVER_PENDING);
  }

  @Test
  void aNoGoItemCannotBeWaived() {
    assertThat(notice.noGoAt(RiskTier.HIGH)).isTrue();
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        input().decision(ReviewDecisionKind.WAIVED).justification("Accepted risk for the pilot").build(),
        context(notice, true, false), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly("INC-NOTICE-01: is a no-go item at this tier and cannot be waived");
  }

  @Test
  void aNoGoWaiverWithoutJustificationReportsBothProblems() {
    assertThat(problemsOf(ReviewDecisionKind.WAIVED, null, notice, true, false)).containsExactly(
        "INC-NOTICE-01: WAIVED needs a justification",
        "INC-NOTICE-01: is a no-go item at this tier and cannot be waived");
  }

  @Test
  void notApplicableIsRefusedWhereTheCatalogueNeverAllowsIt() {
    assertThat(notice.notApplicable().allowed()).isFalse();

    assertThat(problemsOf(ReviewDecisionKind.NOT_APPLICABLE, "We only use the chat interface", notice, false, false))
        .containsExactly("INC-NOTICE-01: NOT_APPLICABLE is not allowed for this procurement's scope"
            + " (the catalogue never allows it)");
  }

  @Test
  void notApplicableIsRefusedOutsideTheScopeTheCatalogueNames() {
    assertThat(problemsOf(ReviewDecisionKind.NOT_APPLICABLE, "We do not need reserved capacity", throughput, false, false))
        .containsExactly("SLA-THRU-01: NOT_APPLICABLE is not allowed for this procurement's scope ("
            + throughput.notApplicable().when() + ")");
    assertThat(throughput.notApplicable().when()).contains("Only a chat interface is used");
  }

  @Test
  void notApplicableWhereAllowedSetsTheItemAside() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(
        input().decision(ReviewDecisionKind.NOT_APPLICABLE).justification("Only the chat interface is used").build(),
        context(throughput, false, true), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.NOT_APPLICABLE);
  }

  // --- MET: the clause analysis ---------------------------------------------------------------

  @Test
  void aClauseThatMeetsTheBarIsMetWithItsFigures() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(met().build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(withoutExplanation(outcome)).contains(new ReviewRules.Outcome(ReviewStatus.MET, "MEETS", null, "48 hours", null, null));
    assertThat(outcome.get().explanation()).as("the clause analysis's own explanation is kept for the reviewer")
        .startsWith("MEETS").contains("'48 hours' vs at most 48 hours, met");
    assertThat(judged).containsExactly(BINDING_48H);
  }

  @Test
  void aMetClauseJudgedVagueBecomesAGapWithTheFinding() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(met().clause(WEAK).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).isPresent();
    assertThat(outcome.get().status()).isEqualTo(ReviewStatus.GAP);
    assertThat(outcome.get().verdict()).isEqualTo("VAGUE");
    assertThat(outcome.get().finding()).isEqualTo("VAGUE: weak wording 'without undue delay';"
        + " breachNoticeConfirmedHours not stated. Replace 'without undue delay' with a fixed number of hours.");
    assertThat(outcome.get().figures()).as("no figure in the clause").isNull();
  }

  @Test
  void aMetClauseBelowTheBarBecomesAGapNamingTheFigureAndTheBar() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(met().clause(BINDING_7D).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(withoutExplanation(outcome)).contains(new ReviewRules.Outcome(ReviewStatus.GAP, "BELOW_THRESHOLD",
        "BELOW_THRESHOLD; breachNoticeConfirmedHours seven (7) days misses the bar 48. Ask for notice within 48 hours.",
        "seven (7) days", null, null));
  }

  @Test
  void theFindingNamesMissingElementsAndScope() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().clause(NO_FIGURES_VAGUE).build(), context(notice), problems);

    assertThat(outcome).map(ReviewRules.Outcome::finding).contains("VAGUE; missing security incident or breach;"
        + " the clause does not cover the API. Name the incidents.");
  }

  @Test
  void aDisputedClauseThatIsNotMeetsWaitsForAManager() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().clause(WEAK).dispute(LONG_DISPUTE).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).isPresent();
    assertThat(outcome.get().status()).isEqualTo(ReviewStatus.DISPUTE_PENDING);
    assertThat(outcome.get().finding()).startsWith("VAGUE: weak wording 'without undue delay'");
  }

  @Test
  void aDisputedClauseThatMeetsIsSimplyMet() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().dispute(LONG_DISPUTE).build(), context(notice), problems);

    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.MET);
  }

  // --- two references -------------------------------------------------------------------------

  @Test
  void twoReferencesWithDifferentFiguresNeedAControllingReference() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(conflicting().build(), context(notice), problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).containsExactly("INC-NOTICE-01: the references disagree (breachNoticeConfirmedHours:"
        + " DPA v1 §7 says 48 hours, MSA v2 §12 says seven (7) days); record which controls as controllingReference"
        + " PRIMARY or SECONDARY (the more protective is PRIMARY)");
    assertThat(judged).containsExactly(BINDING_48H, BINDING_7D);
  }

  @Test
  void anUnknownControllingReferenceIsRefusedLikeAMissingOne() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(conflicting().controlling("BOTH").build(), context(notice), problems);

    assertThat(problems).singleElement().asString().contains("the references disagree")
        .contains("controllingReference PRIMARY or SECONDARY");
  }

  @Test
  void theMoreProtectiveReferenceIsSuggestedWhicheverComesFirst() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().clause(BINDING_7D).second(MSA, "§12", BINDING_24H).build(), context(notice), problems);

    assertThat(problems).singleElement().asString()
        .contains("DPA v1 §7 says seven (7) days, MSA v2 §12 says 24 hours")
        .endsWith("(the more protective is SECONDARY)");
  }

  @Test
  void primaryControlsWhenChosen() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(conflicting().controlling("PRIMARY").build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(withoutExplanation(outcome)).contains(new ReviewRules.Outcome(ReviewStatus.MET, "MEETS", null, "48 hours",
        "breachNoticeConfirmedHours: DPA v1 §7 says 48 hours, MSA v2 §12 says seven (7) days", "PRIMARY"));
  }

  @Test
  void secondaryControlsWhenChosenInAnyCase() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(conflicting().controlling("secondary").build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).isPresent();
    assertThat(outcome.get().status()).as("the secondary clause misses the bar").isEqualTo(ReviewStatus.GAP);
    assertThat(outcome.get().verdict()).isEqualTo("BELOW_THRESHOLD");
    assertThat(outcome.get().figures()).isEqualTo("seven (7) days");
    assertThat(outcome.get().controllingReference()).isEqualTo("SECONDARY");
    assertThat(outcome.get().conflict()).contains("MSA v2 §12 says seven (7) days");
    assertThat(outcome.get().finding()).contains("seven (7) days misses the bar 48");
  }

  @Test
  void twoReferencesWithTheSameFigureNeedNoControllingReference() {
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome =
        ReviewRules.judge(met().second(MSA, "§12", BINDING_48H).build(), context(notice), problems);

    assertThat(problems).isEmpty();
    assertThat(withoutExplanation(outcome)).contains(new ReviewRules.Outcome(ReviewStatus.MET, "MEETS", null, "48 hours", null, null));
  }

  @Test
  void referencesWithoutBarsConflictWhenTheirVerdictsDiffer() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(met().clause(NO_FIGURES_MEETS).second(MSA, "§12", NO_FIGURES_VAGUE).build(), context(notice),
        problems);

    assertThat(problems).singleElement().asString()
        .startsWith("INC-NOTICE-01: the references disagree (the clauses are judged MEETS and VAGUE)")
        .endsWith("(the more protective is PRIMARY)");
  }

  // --- problems belong to the requirement -----------------------------------------------------

  @Test
  void everyProblemStartsWithTheRequirementId() {
    List<String> problems = new ArrayList<>();

    ReviewRules.judge(new ReviewInput(ReviewDecisionKind.MET, FOREIGN, null, null, null, "§12", null, null, OLD_POLICY,
        LocalDate.of(2020, 1, 1), "short", true), context(notice), problems);
    ReviewRules.judge(input().decision(ReviewDecisionKind.NOT_APPLICABLE).build(), context(throughput), problems);

    assertThat(problems).hasSizeGreaterThanOrEqualTo(8);
    assertThat(problems.subList(0, problems.size() - 2)).allSatisfy(p -> assertThat(p).startsWith("INC-NOTICE-01: "));
    assertThat(problems.subList(problems.size() - 2, problems.size()))
        .allSatisfy(p -> assertThat(p).startsWith("SLA-THRU-01: "));
  }

  @Test
  void problemsOfOtherItemsAlreadyInTheListDoNotRefuseThisOne() {
    List<String> problems = new ArrayList<>(List.of("SLA-AVAIL-01: decision missing (MET, GAP, WAIVED or NOT_APPLICABLE)"));

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(met().build(), context(notice), problems);

    assertThat(outcome).map(ReviewRules.Outcome::status).contains(ReviewStatus.MET);
    assertThat(problems).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(ReviewDecisionKind.class)
  void aValidDecisionAddsNoProblem(ReviewDecisionKind kind) {
    ReviewInput valid = kind == ReviewDecisionKind.MET ? met().build()
        : input().decision(kind).justification("A reason of enough length").build();
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(valid, context(notice, false, true), problems);

    assertThat(problems).isEmpty();
    assertThat(outcome).isPresent();
  }

  // --- with the real clause analysis ----------------------------------------------------------

  @Test
  void withTheRealClauseAnalysisTheBindingExampleIsMetAndTheWeakExampleIsAGap() {
    assertThat(high).containsKey("breachNoticeConfirmedHours");
    ClauseAnalyzer analyzer = new ClauseAnalyzer();
    BiFunction<Requirement, String, ClauseAnalysis> realJudge =
        (requirement, text) -> analyzer.analyze(requirement.analysis(), high, text, Scope.none());
    ReviewRules.Context context =
        new ReviewRules.Context(notice, true, false, TODAY, id -> Optional.ofNullable(DOCUMENTS.get(id)), realJudge);

    List<String> problems = new ArrayList<>();
    Optional<ReviewRules.Outcome> binding =
        ReviewRules.judge(met().clause(notice.bindingExample()).build(), context, problems);
    Optional<ReviewRules.Outcome> weak = ReviewRules.judge(met().clause(notice.weakExample()).build(), context, problems);
    Optional<ReviewRules.Outcome> late = ReviewRules.judge(met().clause(BINDING_7D).build(), context, problems);

    assertThat(problems).isEmpty();
    assertThat(binding).map(ReviewRules.Outcome::status).contains(ReviewStatus.MET);
    assertThat(binding).map(ReviewRules.Outcome::figures).contains("48 hours");
    assertThat(weak).map(ReviewRules.Outcome::status).contains(ReviewStatus.GAP);
    assertThat(weak.get().finding()).contains("without undue delay");
    assertThat(late).map(ReviewRules.Outcome::status).contains(ReviewStatus.GAP);
    assertThat(late.get().finding()).contains("misses the bar 48");
  }

  @Test
  void withTheRealClauseAnalysisDifferentDeadlinesInTwoReferencesConflict() {
    ClauseAnalyzer analyzer = new ClauseAnalyzer();
    ReviewRules.Context context = new ReviewRules.Context(notice, true, false, TODAY,
        id -> Optional.ofNullable(DOCUMENTS.get(id)),
        (requirement, text) -> analyzer.analyze(requirement.analysis(), high, text, Scope.none()));
    List<String> problems = new ArrayList<>();

    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(conflicting().build(), context, problems);

    assertThat(outcome).isEmpty();
    assertThat(problems).singleElement().asString()
        .startsWith("INC-NOTICE-01: the references disagree (breachNoticeConfirmedHours: DPA v1 §7 says 48 hours,"
            + " MSA v2 §12 says seven (7) days)")
        .endsWith("(the more protective is PRIMARY)");
  }

  // --- helpers --------------------------------------------------------------------------------

  private List<String> problemsOf(ReviewDecisionKind kind, String justification, Requirement requirement, boolean noGo,
      boolean notApplicableAllowed) {
    List<String> problems = new ArrayList<>();
    Optional<ReviewRules.Outcome> outcome = ReviewRules.judge(input().decision(kind).justification(justification).build(),
        context(requirement, noGo, notApplicableAllowed), problems);
    assertThat(outcome).as("no outcome when there are problems").isEmpty();
    return problems;
  }

  private ReviewRules.Context context(Requirement requirement) {
    return context(requirement, false, false);
  }

  private ReviewRules.Context context(Requirement requirement, boolean noGo, boolean notApplicableAllowed) {
    return new ReviewRules.Context(requirement, noGo, notApplicableAllowed, TODAY,
        id -> Optional.ofNullable(DOCUMENTS.get(id)), stubJudge);
  }

  /** A valid MET: the DPA's §7 with the 48-hour clause, backed by a current incident response policy. */
  private static Input met() {
    return input().decision(ReviewDecisionKind.MET).documentId(DPA).section("§7").clause(BINDING_48H).evidence(POLICY);
  }

  /** DPA §7 says 48 hours, MSA §12 says seven days. */
  private static Input conflicting() {
    return met().second(MSA, "§12", BINDING_7D);
  }

  private static Input input() {
    return new Input();
  }

  /** A clause analysis with one hours figure checked against the HIGH bar of 48 hours. */
  private static ClauseAnalysis hours(Verdict verdict, String text, double hours, boolean passed, String advice) {
    ClauseAnalysis.Figure figure = new ClauseAnalysis.Figure(text, hours, "HOURS", hours * 60,
        ClauseAnalysis.NormalizedUnit.MINUTES, 10, 10 + text.length(), hours * 60);
    return new ClauseAnalysis(verdict, List.of(), List.of(figure),
        List.of(new ClauseAnalysis.Check("breachNoticeConfirmedHours", 48.0, ClauseRule.Unit.HOURS,
            ClauseRule.Direction.AT_MOST, figure, passed)),
        List.of(), true, List.of(), advice);
  }

  /** Builds a {@link ReviewInput} field by field. */
  private static final class Input {
    private ReviewDecisionKind decision;
    private Long documentId;
    private String section;
    private String clauseText;
    private Long document2Id;
    private String section2;
    private String clause2Text;
    private String controllingReference;
    private Long evidenceDocumentId;
    private LocalDate evidenceExpiry;
    private String justification;
    private boolean disputeFinding;

    Input decision(ReviewDecisionKind value) {
      decision = value;
      return this;
    }

    Input documentId(Long value) {
      documentId = value;
      return this;
    }

    Input section(String value) {
      section = value;
      return this;
    }

    Input clause(String value) {
      clauseText = value;
      return this;
    }

    Input second(Long document, String sectionText, String clause) {
      document2Id = document;
      section2 = sectionText;
      clause2Text = clause;
      return this;
    }

    Input controlling(String value) {
      controllingReference = value;
      return this;
    }

    Input evidence(Long value) {
      evidenceDocumentId = value;
      return this;
    }

    Input expiry(LocalDate value) {
      evidenceExpiry = value;
      return this;
    }

    Input justification(String value) {
      justification = value;
      return this;
    }

    Input dispute(String value) {
      disputeFinding = true;
      justification = value;
      return this;
    }

    ReviewInput build() {
      return new ReviewInput(decision, documentId, section, clauseText, document2Id, section2, clause2Text,
          controllingReference, evidenceDocumentId, evidenceExpiry, justification, disputeFinding);
    }
  }

  /** The outcome without the analysis's explanation (asserted on its own where it matters). */
  private static Optional<ReviewRules.Outcome> withoutExplanation(Optional<ReviewRules.Outcome> outcome) {
    return outcome.map(o -> new ReviewRules.Outcome(o.status(), o.verdict(), o.finding(), o.figures(), o.conflict(),
        o.controllingReference()));
  }
}
