package org.llmprocurement.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.negotiation.AcceptedRisk;
import org.llmprocurement.review.ReviewStatus;

/** The sign-off gateway's rules without an engine. */
class SignOffRulesTest {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  static SignOffRules.ItemState item(String id, ReviewStatus status) {
    return new SignOffRules.ItemState(id, "security", status, false, status == ReviewStatus.WAIVED ? "demo-manager" : null, null, null);
  }

  static AcceptedRisk risk(String id, LocalDate expires) {
    return new AcceptedRisk(id, "Pilot only, compensating control in place", "Head of CS", expires, "demo-manager", Instant.EPOCH);
  }

  @Test
  void metWaivedAndNotApplicableItemsAndCompleteAnswersSign() {
    assertThat(SignOffRules.blockers(List.of(item("A-01", ReviewStatus.MET), item("B-01", ReviewStatus.WAIVED),
        item("C-01", ReviewStatus.NOT_APPLICABLE)), List.of(), TODAY, Map.of())).isEmpty();
  }

  @Test
  void everyUnsettledItemIsNamedWithItsStatus() {
    assertThat(SignOffRules.blockers(List.of(item("A-01", ReviewStatus.GAP), item("B-01", ReviewStatus.OPEN),
        item("C-01", ReviewStatus.WAIVER_PENDING), item("D-01", ReviewStatus.DISPUTE_PENDING)), List.of(), TODAY, Map.of()))
        .containsExactly("A-01 (security): GAP, not met and not covered by an accepted risk",
            "B-01 (security): OPEN, not met and not covered by an accepted risk",
            "C-01 (security): WAIVER_PENDING, not met and not covered by an accepted risk",
            "D-01 (security): DISPUTE_PENDING, not met and not covered by an accepted risk");
  }

  @Test
  void anAcceptedRiskCoversAGapThroughItsExpiryDayAndNotAfter() {
    var gap = List.of(item("A-01", ReviewStatus.GAP));
    assertThat(SignOffRules.blockers(gap, List.of(risk("A-01", TODAY)), TODAY, Map.of())).isEmpty();
    assertThat(SignOffRules.blockers(gap, List.of(risk("A-01", TODAY.minusDays(1))), TODAY, Map.of()))
        .containsExactly("A-01 (security): GAP; its accepted risk (owner Head of CS) expired on 2027-02-28");
  }

  @Test
  void aNoGoGapIsNeverCoveredByAnAcceptedRisk() {
    var noGo = new SignOffRules.ItemState("PRV-TRAIN-01", "data-governance", ReviewStatus.GAP, true, null, null, null);
    assertThat(SignOffRules.blockers(List.of(noGo), List.of(risk("PRV-TRAIN-01", TODAY.plusYears(1))), TODAY, Map.of()))
        .containsExactly("PRV-TRAIN-01 (data-governance): GAP on a no-go item, which an accepted risk can never cover");
  }

  @Test
  void aConflictWithoutAControllingReferenceBlocksAndOneWithItDoesNot() {
    var unresolved = new SignOffRules.ItemState("DOC-PREC-01", "legal", ReviewStatus.MET, false, null, "MSA says 48 hours, DPA says 72 hours", null);
    var resolved = new SignOffRules.ItemState("INC-NOTICE-01", "security", ReviewStatus.MET, false, null, "48 vs 72 hours", "PRIMARY");
    assertThat(SignOffRules.blockers(List.of(unresolved, resolved), List.of(), TODAY, Map.of())).containsExactly(
        "DOC-PREC-01 (legal): unresolved traceability conflict (MSA says 48 hours, DPA says 72 hours); nobody recorded which reference controls");
  }

  @Test
  void answerProblemsFollowTheItemProblemsInQuestionOrder() {
    assertThat(SignOffRules.blockers(List.of(item("A-01", ReviewStatus.GAP)), List.of(), TODAY,
        Map.of(Question.Q4, List.of("Q4: not confirmed by security"), Question.Q1, List.of("Q1: p99 latency for API in EU"))))
        .containsExactly("A-01 (security): GAP, not met and not covered by an accepted risk", "Q1: p99 latency for API in EU",
            "Q4: not confirmed by security");
  }

  @Test
  void everyFunctionOwnsExactlyOneQuestion() {
    assertThat(SignOffProcess.TASKS.keySet()).allSatisfy(f -> assertThat(Question.ownedBy(f)).isPresent());
    assertThat(List.of(Question.values())).extracting(Question::owner).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(SignOffProcess.TASKS.keySet());
    assertThat(ResolveBlockersGuard.itemsNamed(List.of("SEC-ENC-01 (security): GAP, not met", "Q1: p99 latency for API in EU",
        "DOC-PREC-01 (legal): unresolved"))).containsExactly("SEC-ENC-01", "DOC-PREC-01");
  }
}
