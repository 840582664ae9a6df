package org.llmprocurement.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

/** The negotiation's rules without an engine: positions, round results, answers, escalation choices, issues lists. */
class NegotiationRulesTest {

  @Test
  void theNextPositionStepsDownOncePerAnsweredRoundAndStopsAtTheLast() {
    assertThat(NegotiationRules.positionIndex(0, 3)).isZero();
    assertThat(NegotiationRules.positionIndex(1, 3)).isEqualTo(1);
    assertThat(NegotiationRules.positionIndex(2, 3)).isEqualTo(2);
    assertThat(NegotiationRules.positionIndex(5, 3)).as("never past the last fallback").isEqualTo(2);
    assertThat(NegotiationRules.positionIndex(4, 1)).isZero();
  }

  @Test
  void aRoundEndsAgreedContinuesOrEscalates() {
    assertThat(NegotiationRules.afterRound(List.of(), List.of(), 3, 3).result()).isEqualTo(NegotiationRules.RoundResult.AGREED);
    assertThat(NegotiationRules.afterRound(List.of("A"), List.of(), 1, 3).result()).isEqualTo(NegotiationRules.RoundResult.NEXT_ROUND);
    var limit = NegotiationRules.afterRound(List.of("A"), List.of(), 3, 3);
    assertThat(limit.result()).isEqualTo(NegotiationRules.RoundResult.ESCALATE);
    assertThat(limit.reason()).isEqualTo(NegotiationRules.EscalationReason.ROUND_LIMIT);
    var noGo = NegotiationRules.afterRound(List.of("A", "NOGO"), List.of("NOGO"), 1, 3);
    assertThat(noGo.reason()).isEqualTo(NegotiationRules.EscalationReason.NO_GO_REFUSED_IMPOSSIBLE);
    assertThat(noGo.explanation()).contains("NOGO");
    assertThat(NegotiationRules.afterRound(List.of("A"), List.of("SETTLED"), 1, 3).result())
        .as("a no-go refusal that is no longer a gap does not escalate").isEqualTo(NegotiationRules.RoundResult.NEXT_ROUND);
  }

  private static Map<String, Object> answer(String kind, String section, String clause, String reason) {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("kind", kind);
    raw.put("section", section);
    raw.put("clauseText", clause);
    raw.put("reason", reason);
    return raw;
  }

  @Test
  void answersAreCheckedPerKindNamingTheItem() {
    List<String> problems = new ArrayList<>();
    VendorAnswer accepted = VendorAnswer.parse("X-1", answer("ACCEPTED", "MSA §4", null, null), "We ask for this.", problems);
    assertThat(problems).isEmpty();
    assertThat(accepted.clauseText()).as("an acceptance without text takes our wording").isEqualTo("We ask for this.");

    VendorAnswer.parse("X-2", answer("ACCEPTED", null, "Text", null), "w", problems);
    VendorAnswer.parse("X-3", answer("COUNTERED", null, null, null), "w", problems);
    VendorAnswer.parse("X-4", answer("REFUSED_IMPOSSIBLE", null, null, null), "w", problems);
    VendorAnswer.parse("X-5", answer("REFUSED_INCONVENIENT", null, "Some text", "Too costly"), "w", problems);
    VendorAnswer.parse("X-6", answer("MAYBE", null, null, null), "w", problems);
    VendorAnswer.parse("X-7", answer(null, null, null, null), "w", problems);
    VendorAnswer.parse("X-8", answer("COUNTERED", null, "c".repeat(10_001), null), "w", problems);
    assertThat(problems).anyMatch(p -> p.startsWith("X-2: ACCEPTED needs the reference"))
        .anyMatch(p -> p.startsWith("X-3: COUNTERED needs the vendor's new clause text"))
        .anyMatch(p -> p.startsWith("X-4: REFUSED_IMPOSSIBLE needs the vendor's reason"))
        .anyMatch(p -> p.startsWith("X-5: REFUSED_INCONVENIENT takes no new clause text"))
        .anyMatch(p -> p.startsWith("X-6: answer 'MAYBE' is not one of"))
        .anyMatch(p -> p.startsWith("X-7: answer missing"))
        .anyMatch(p -> p.startsWith("X-8: clauseText must be at most 10000"));
  }

  private static final EscalationChoice.Scope SCOPE = new EscalationChoice.Scope(5000, EnumSet.of(Region.EU, Region.UK),
      EnumSet.of(Surface.API, Surface.CHAT_UI), DeploymentStage.PRODUCTION);

  @Test
  void aNarrowingMustNarrowAndNeverWidens() {
    List<String> problems = new ArrayList<>();
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("decision", "NARROW_SCOPE");
    raw.put("expectedUsers", 50);
    raw.put("regions", List.of("EU"));
    raw.put("pilotOnly", true);
    EscalationChoice choice = EscalationChoice.parse(raw, SCOPE, List.of("A"), List.of(), LocalDate.of(2026, 1, 1), problems);
    assertThat(problems).isEmpty();
    assertThat(choice.narrowing().scope()).isEqualTo(new EscalationChoice.Scope(50, EnumSet.of(Region.EU),
        EnumSet.of(Surface.API, Surface.CHAT_UI), DeploymentStage.PILOT));
    assertThat(choice.narrowing().changes()).hasSize(3);

    Map<String, Object> widen = new LinkedHashMap<>();
    widen.put("decision", "NARROW_SCOPE");
    widen.put("expectedUsers", 9000);
    widen.put("surfaces", List.of("API", "BATCH"));
    EscalationChoice.parse(widen, SCOPE, List.of("A"), List.of(), LocalDate.of(2026, 1, 1), problems);
    assertThat(problems).anyMatch(p -> p.startsWith("expectedUsers: 9000 is more than"))
        .anyMatch(p -> p.startsWith("surfaces: BATCH is not in today's scope"));

    problems.clear();
    EscalationChoice.parse(Map.of("decision", "NARROW_SCOPE"), SCOPE, List.of("A"), List.of(), LocalDate.of(2026, 1, 1), problems);
    assertThat(problems).containsExactly("decision: NARROW_SCOPE needs fewer users, fewer regions, fewer surfaces or pilot only");
  }

  @Test
  void riskIsAcceptedOnlyForNonNoGoGapsWithAFutureExpiry() {
    List<String> problems = new ArrayList<>();
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("decision", "ACCEPT_RISK");
    raw.put("riskJustification", "Credits cover it.");
    raw.put("riskOwner", "Business owner");
    raw.put("riskExpiresOn", "2026-01-01");
    assertThat(EscalationChoice.parse(raw, SCOPE, List.of("A", "NOGO"), Set.of("NOGO"), LocalDate.of(2026, 1, 1), problems)).isNull();
    assertThat(problems).contains("NOGO: is a no-go gap and can never be accepted as risk", "riskExpiresOn: 2026-01-01 is not in the future");

    problems.clear();
    raw.put("riskExpiresOn", "2026-07-01");
    assertThat(EscalationChoice.parse(raw, SCOPE, List.of("A"), Set.of("NOGO"), LocalDate.of(2026, 1, 1), problems).risk().owner())
        .isEqualTo("Business owner");
    assertThat(problems).isEmpty();
  }

  @Test
  void theIssuesListRoundTripsAsCsvAndRefusesUnknownColumnsAndRows() {
    var items = List.of(new IssuesList.Item("A-1", "Availability", "MSA §4", "Provider will try, \"best\" efforts", "vague",
        "99.9 %", "99.5 %"));
    String csv = IssuesList.csv(items);
    List<String> problems = new ArrayList<>();
    List<List<String>> table = IssuesList.readCsv(csv, problems);
    assertThat(table.get(0)).isEqualTo(IssuesList.COLUMNS);
    assertThat(table.get(1).get(3)).isEqualTo("Provider will try, \"best\" efforts");
    assertThat(IssuesList.answers(table, Set.of("A-1"), problems)).as("nothing answered yet").isEmpty();

    table.get(1).set(7, "COUNTERED");
    table.get(1).set(8, "Provider shall achieve 99.7 %.");
    var answers = IssuesList.answers(table, Set.of("A-1"), problems);
    assertThat(problems).isEmpty();
    assertThat(answers.get("A-1")).containsEntry("kind", "COUNTERED").containsEntry("clauseText", "Provider shall achieve 99.7 %.");

    List<List<String>> wrong = new ArrayList<>(table);
    List<String> headings = new ArrayList<>(IssuesList.COLUMNS);
    headings.set(7, "response");
    wrong.set(0, headings);
    IssuesList.answers(wrong, Set.of("A-1"), problems);
    assertThat(problems).contains("column 'response' is not a column of the issues list " + IssuesList.COLUMNS,
        "column 'vendorResponse' is missing");

    problems.clear();
    table.get(1).set(0, "NOPE-9");
    IssuesList.answers(table, Set.of("A-1"), problems);
    assertThat(problems).containsExactly("row 2: NOPE-9 is not an item of this round");
  }
}
