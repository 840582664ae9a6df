package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.notices.change.ChangeDecisions.Impact;
import org.llmprocurement.notices.change.ChangeDecisions.ModelDecision;
import org.llmprocurement.notices.change.ChangeDecisions.RegionDecision;
import org.llmprocurement.notices.change.ChangeDecisions.Residency;

/** Reading the change tasks' submissions, without an engine. */
class ChangeDecisionsTest {

  @Test
  void aCompleteAssessmentIsRead() {
    List<String> problems = new ArrayList<>();
    var assessment = ChangeDecisions.assessment(Map.of("impact", "high", "recommendation", "ROLL_BACK",
        "findings", "  Answers in German got worse  "), problems);

    assertThat(problems).isEmpty();
    assertThat(assessment).isEqualTo(new ChangeDecisions.Assessment(Impact.HIGH, ModelDecision.ROLL_BACK, "Answers in German got worse"));
  }

  @Test
  void aDecisionNamesEveryProblem() {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = new HashMap<>();
    values.put("decision", null);
    values.put("reason", "x".repeat(4001));

    ChangeDecisions.decision(values, RegionDecision.class, problems);

    assertThat(problems).containsExactly("decision: required, one of SUSPEND, RENEGOTIATE, EXIT",
        "reason: at most 4000 characters (got 4001)");
  }

  @Test
  void invisibleCharactersInTextAreRefused() {
    List<String> problems = new ArrayList<>();
    ChangeDecisions.decision(Map.of("decision", "EXIT", "reason", "Exit now\u202Eplease"), RegionDecision.class, problems);
    assertThat(problems).singleElement().asString().startsWith("reason: contains the character U+202E");
  }

  @Test
  void withinIsRefusedWhileTheComparisonFindsRegionsOutside() {
    List<String> problems = new ArrayList<>();
    ChangeDecisions.residency(Map.of("residency", "WITHIN", "residencyNote", ""), List.of("LOGS: processed in US"), problems);
    assertThat(problems).containsExactly("residency: the change is outside the contract's regions: LOGS: processed in US");
  }

  @Test
  void outsideAgainstACleanComparisonNeedsANote() {
    List<String> problems = new ArrayList<>();
    ChangeDecisions.residency(Map.of("residency", "OUTSIDE", "residencyNote", ""), List.of(), problems);
    assertThat(problems).containsExactly(
        "residencyNote: say why the change is outside although every region is in the contract (10 to 4000 characters)");

    List<String> none = new ArrayList<>();
    var check = ChangeDecisions.residency(Map.of("residency", "OUTSIDE", "residencyNote", "Vendor's DPA annex lists a US site"),
        List.of(), none);
    assertThat(none).isEmpty();
    assertThat(check.residency()).isEqualTo(Residency.OUTSIDE);
  }

  @Test
  void aRollbackIsConfirmedOnlyWhenTicked() {
    List<String> problems = new ArrayList<>();
    ChangeDecisions.rollback(Map.of("rolledBack", false, "rollbackNote", "Checked the model endpoint"), problems);
    assertThat(problems).singleElement().asString().startsWith("rolledBack: confirm");
  }
}
