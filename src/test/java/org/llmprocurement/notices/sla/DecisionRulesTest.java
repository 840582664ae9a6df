package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.notices.sla.RepeatedViolationRules.Remedy;
import org.llmprocurement.signoff.FiveAnswers.DataType;
import org.llmprocurement.signoff.FiveAnswers.Fix;

/** The three decisions and the two manual payloads: every refusal names its field. */
@Tag("unit")
class DecisionRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final List<Surface> SURFACES = List.of(Surface.API);

  private static Map<String, Object> values(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void legalChoosesARemedyTheContractGrants() {
    Fix fix = new Fix(5, 10, true, true, false, true);
    List<String> problems = new ArrayList<>();
    var decision = RepeatedViolationRules.validate(values("remedy", "SUSPEND_DATA_FLOWS", "dataFlows", List.of("PROMPTS", "LOGS"),
        "remedyReason", "Three outages in EU this half-year"), fix, problems);
    assertThat(problems).isEmpty();
    assertThat(decision.dataFlows()).containsExactly(DataType.PROMPTS, DataType.LOGS);

    problems.clear();
    assertThat(RepeatedViolationRules.validate(values("remedy", "STEP_UP_SUPPORT", "remedyReason", "Support must improve"),
        fix, problems)).isNull();
    assertThat(problems).containsExactly("remedy: the contract was signed without a support step-up at the vendor's cost (sign-off Q5)");

    problems.clear();
    assertThat(RepeatedViolationRules.validate(values("remedy", "TERMINATE", "remedyReason", "Enough is enough"), null, problems)
        .remedy()).isEqualTo(Remedy.TERMINATE);
  }

  @Test
  void aRemedyNeedsAReasonAndASuspensionItsFlows() {
    List<String> problems = new ArrayList<>();
    RepeatedViolationRules.validate(values("remedy", "SUSPEND_DATA_FLOWS", "dataFlows", List.of("DIARIES"), "remedyReason", "no"),
        null, problems);
    assertThat(problems).containsExactlyInAnyOrder(
        "dataFlows: 'DIARIES' is not one of PROMPTS, OUTPUTS, LOGS, EMBEDDINGS, BACKUPS, SUPPORT_ARTEFACTS",
        "remedyReason: say why this remedy (at least 10 characters)",
        "dataFlows: name the data flows to suspend (PROMPTS, OUTPUTS, LOGS, EMBEDDINGS, BACKUPS, SUPPORT_ARTEFACTS)");
    problems.clear();
    RepeatedViolationRules.validate(values("remedy", "TERMINATE", "dataFlows", List.of("LOGS"), "remedyReason", "Ten words of it"),
        null, problems);
    assertThat(problems).containsExactly("dataFlows: only for a suspension of data flows");
    problems.clear();
    RepeatedViolationRules.validate(values(), null, problems);
    assertThat(problems).hasSize(2);
  }

  @Test
  void harmfulOutputReportAndDecision() {
    assertThat(HarmfulOutputRules.problems(SlaViolationRulesTest.json("{'kind':'HARMFUL_OUTPUT','surface':'API',"
        + "'observedOn':'2026-11-30','description':'The assistant told a customer to stop their medication.'}"), SURFACES, TODAY))
        .isEmpty();
    assertThat(HarmfulOutputRules.problems(SlaViolationRulesTest.json("{'kind':'BAD','surface':'BATCH','observedOn':'2026-12-02',"
        + "'description':'short'}"), SURFACES, TODAY)).containsExactlyInAnyOrder(
        "payload.kind: 'BAD' is not one of HARMFUL_OUTPUT, QUALITY_REGRESSION",
        "payload.surface: BATCH is not a surface of the contract ([API])",
        "payload.observedOn: 2026-12-02 is in the future (today is 2026-12-01, UTC)",
        "payload.description: at least 20 characters (got 5)");

    List<String> problems = new ArrayList<>();
    var decision = HarmfulOutputRules.validate(values("suspension", "SUSPEND", "suspensionReason", "Risk to patients suspected",
        "remediationRequest", "Fix the medical-advice filter and show us the evaluation", "remediationDeadline", "2026-12-15"),
        TODAY, "owner", "owner", problems);
    assertThat(problems).isEmpty();
    assertThat(decision.remediationDeadline()).isEqualTo(LocalDate.of(2026, 12, 15));

    HarmfulOutputRules.validate(values("suspension", "CONTINUE", "remediationDeadline", "2026-12-01"), TODAY, "it-person", "owner",
        problems);
    assertThat(problems).containsExactlyInAnyOrder(
        "businessOwnerAgreed: confirm that the business owner (owner) agrees, or let them decide",
        "suspensionReason: say why the use case is suspended or continues (at least 10 characters)",
        "remediationRequest: say what the vendor must remedy (at least 10 characters)",
        "remediationDeadline: 2026-12-01 is not after today (2026-12-01, UTC)");
    problems.clear();
    assertThat(HarmfulOutputRules.validate(values("suspension", "CONTINUE", "suspensionReason", "Isolated case, filter fixed",
        "remediationRequest", "Show us the regression test", "remediationDeadline", "2026-12-20", "businessOwnerAgreed", true),
        TODAY, "it-person", "owner", problems).businessOwnerAgreed()).isTrue();
    assertThat(problems).isEmpty();
  }

  @Test
  void serviceChangeNoticeLateTerminationAndDecision() {
    assertThat(ServiceChangeRules.problems(SlaViolationRulesTest.json("{'change':'TERMINATION','effectiveOn':'2027-03-01',"
        + "'description':'The vendor ends the product line worldwide.'}"), SURFACES)).isEmpty();
    assertThat(ServiceChangeRules.problems(SlaViolationRulesTest.json("{'change':'STOP','surfaces':['API','BATCH']}"), SURFACES))
        .containsExactlyInAnyOrder("payload.change: 'STOP' is not one of TERMINATION, SUSPENSION, MATERIAL_CHANGE",
            "payload.effectiveOn: required, an ISO-8601 date such as 2026-11-30",
            "payload.description: required, at least 20 characters",
            "payload.surfaces: BATCH is not a surface of the contract ([API])");

    LocalDate received = LocalDate.of(2026, 12, 1);
    assertThat(ServiceChangeRules.lateTermination(ServiceChangeRules.Change.TERMINATION, received, LocalDate.of(2027, 1, 29), 60))
        .isTrue();
    assertThat(ServiceChangeRules.lateTermination(ServiceChangeRules.Change.TERMINATION, received, LocalDate.of(2027, 1, 30), 60))
        .isFalse();
    assertThat(ServiceChangeRules.lateTermination(ServiceChangeRules.Change.SUSPENSION, received, received, 60)).isFalse();

    List<String> problems = new ArrayList<>();
    assertThat(ServiceChangeRules.validate(values("exitDecision", "EXIT", "exitReason", "No equivalent service left"), problems)
        .decision()).isEqualTo(ServiceChangeRules.ExitDecision.EXIT);
    ServiceChangeRules.validate(values("exitDecision", "MAYBE", "exitReason", ""), problems);
    assertThat(problems).containsExactlyInAnyOrder("exitDecision: 'MAYBE' is not one of EXIT, CONTINUE",
        "exitReason: say why we exit or continue (at least 10 characters)");
  }
}
