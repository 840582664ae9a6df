package org.llmprocurement.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.review.ReviewStatus;

/** Every path of the negotiation, driven as procurement, the functions and managers would drive it. */
class NegotiationProcessTest extends NegotiationTest {

  @Test
  void agreementInRoundOne() {
    negotiate(AVAIL);
    assertThat(negotiation).isWaitingAt(NegotiationProcess.PREPARE_PACKAGE);
    var prepared = rows(task(NegotiationProcess.PREPARE_PACKAGE), "items");
    assertThat(prepared).extracting(r -> r.get("requirementId")).containsExactly(AVAIL);
    assertThat((String) prepared.get(0).get("requestedWording")).as("the preferred position with the tier's figure")
        .contains("Figures at HIGH: availabilityPercent");
    assertThat((String) prepared.get(0).get("finding")).isNotBlank();

    sendPackage();
    assertThat(task(NegotiationProcess.RECORD_ANSWERS).getDueDate()).isNotNull();
    answerAll(accepted());

    assertThat(decisions.item(fixture.procurementId, AVAIL).orElseThrow().getStatus()).isEqualTo(ReviewStatus.OPEN);
    assertThat(decisions.item(fixture.procurementId, AVAIL).orElseThrow().getReopenReason()).contains("round 1");
    assertThat(fixture.tasks("it")).as("IT re-decides the changed item").hasSize(1);
    assertThat(fixture.rows(fixture.tasks("it").get(0))).extracting(r -> r.get("requirementId")).containsExactly(AVAIL);
    assertThat((String) fixture.rows(fixture.tasks("it").get(0)).get(0).get("reopenReason")).startsWith("Back for a new decision");
    redecideAllMet();

    assertThat(endedAt(NegotiationProcess.END_AGREED)).isTrue();
    assertThat(variable("negotiationOutcome")).isEqualTo("AGREED");
    assertThat(variable("riskTier")).isEqualTo("HIGH");
    assertThat(valuesRecorded(negotiation.getId(), "riskTier"))
        .as("the tier handed in by the procurement, not written again unchanged (issue 14)")
        .containsExactly("HIGH");
    var round = negotiations.rounds(fixture.procurementId).get(0);
    var item = negotiations.itemsOf(round).get(0);
    assertThat(item.getClauseBefore()).isEqualTo("The Provider will use reasonable efforts.");
    assertThat(item.getClauseAfter()).isEqualTo(catalogue.requirement(AVAIL).orElseThrow().bindingExample());
    assertThat(item.getRedecidedStatus()).isEqualTo("MET");
    assertThat(item.getRedecidedBy()).isEqualTo("demo-it");
    assertThat(round.getResult()).isEqualTo("AGREED");
  }

  @Test
  void severalRoundsOfferTheNextFallback() {
    negotiate(AVAIL);
    sendPackage();
    answerAll(refused("REFUSED_INCONVENIENT"));
    assertThat(negotiation).as("a refusal changes no clause: straight to the next round").isWaitingAt(NegotiationProcess.PREPARE_PACKAGE);

    var rounds = negotiations.rounds(fixture.procurementId);
    assertThat(rounds).hasSize(2);
    var first = negotiations.itemsOf(rounds.get(0)).get(0);
    var second = negotiations.itemsOf(rounds.get(1)).get(0);
    assertThat(first.getPositionRank()).isZero();
    assertThat(second.getPositionRank()).isEqualTo(1);
    assertThat(second.getRequestedWording()).as("round 2 asks for what round 1 offered as fallback").isEqualTo(first.getFallbackWording());
    assertThat(rounds.get(0).getResult()).isEqualTo("NEXT_ROUND");

    sendPackage();
    answerAll(accepted());
    redecideAllMet();
    assertThat(endedAt(NegotiationProcess.END_AGREED)).isTrue();
    assertThat(negotiations.rounds(fixture.procurementId)).hasSize(2);
  }

  /** Three refused rounds: the tier's round limit (3) escalates to managers. */
  private void reachRoundLimit() {
    for (int round = 1; round <= 3; round++) {
      sendPackage();
      answerAll(refused("REFUSED_INCONVENIENT"));
    }
    assertThat(negotiation).isWaitingAt(NegotiationProcess.DECIDE_ESCALATION);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(NegotiationProcess.DECIDE_ESCALATION).getId()))
        .anyMatch(l -> "managers".equals(l.getGroupId()));
    assertThat(negotiations.openEscalation(fixture.procurementId).orElseThrow().getReason())
        .isEqualTo(NegotiationRules.EscalationReason.ROUND_LIMIT);
  }

  @Test
  void roundLimitEscalatesAndOneMoreRoundOpensRoundFour() {
    negotiate(AVAIL);
    reachRoundLimit();
    Map<String, Object> more = escalation("ONE_MORE_ROUND");
    more.put("comment", "The vendor signalled movement on availability.");
    submit("demo-manager", task(NegotiationProcess.DECIDE_ESCALATION), more);
    executeJobs();

    assertThat(negotiation).isWaitingAt(NegotiationProcess.PREPARE_PACKAGE);
    assertThat(negotiations.rounds(fixture.procurementId)).hasSize(4);
    sendPackage();
    answerAll(refused("REFUSED_INCONVENIENT"));
    assertThat(negotiation).as("the extra round is the last one").isWaitingAt(NegotiationProcess.DECIDE_ESCALATION);
    assertThat(valuesRecorded(negotiation.getId(), NegotiationProcess.ROUND.getName())).as("each round recorded once")
        .containsExactly(0, 1, 2, 3, 4);
    assertThat(valuesRecorded(negotiation.getId(), NegotiationProcess.ROUND_RESULT.getName()))
        .as("two rounds went on, then the limit and the extra round escalated: each result recorded when it changed"
            + " (the rounds table keeps every round's)")
        .containsExactly("NEXT_ROUND", "ESCALATE");
  }

  @Test
  void roundLimitEscalatesAndTheManagerAcceptsTheRisk() {
    negotiate(AVAIL);
    reachRoundLimit();
    Task decide = task(NegotiationProcess.DECIDE_ESCALATION);

    Map<String, Object> incomplete = escalation("ACCEPT_RISK");
    incomplete.put("riskExpiresOn", LocalDate.now().minusDays(1).toString());
    assertThatThrownBy(() -> submit("demo-manager", decide, incomplete))
        .hasMessageContaining("riskJustification").hasMessageContaining("riskOwner").hasMessageContaining("is not in the future");
    assertThat(risks.of(fixture.procurementId)).isEmpty();

    Map<String, Object> accept = escalation("ACCEPT_RISK");
    accept.put("riskJustification", "Pilot traffic is low; availability credits cover the exposure.");
    accept.put("riskOwner", "Head of Customer Service");
    accept.put("riskExpiresOn", LocalDate.now().plusMonths(6).toString());
    submit("demo-manager", decide, accept);
    executeJobs();

    assertThat(endedAt(NegotiationProcess.END_AGREED)).isTrue();
    assertThat(variable("negotiationOutcome")).isEqualTo("AGREED");
    assertThat(risks.of(fixture.procurementId)).singleElement().satisfies(risk -> {
      assertThat(risk.requirementId()).isEqualTo(AVAIL);
      assertThat(risk.acceptedBy()).isEqualTo("demo-manager");
      assertThat(risk.owner()).isEqualTo("Head of Customer Service");
    });
  }

  @Test
  void aNoGoGapRefusedAsImpossibleEscalatesAtOnceAndCanNeverBeAcceptedSoTheManagerWalksAway() {
    negotiate(NO_GO);
    sendPackage();
    answerAll(refused("REFUSED_IMPOSSIBLE"));

    assertThat(negotiation).isWaitingAt(NegotiationProcess.DECIDE_ESCALATION);
    assertThat(negotiations.openEscalation(fixture.procurementId).orElseThrow().getReason())
        .isEqualTo(NegotiationRules.EscalationReason.NO_GO_REFUSED_IMPOSSIBLE);
    Task decide = task(NegotiationProcess.DECIDE_ESCALATION);
    Map<String, Object> accept = escalation("ACCEPT_RISK");
    accept.put("riskJustification", "We need the service.");
    accept.put("riskOwner", "Head of Customer Service");
    accept.put("riskExpiresOn", LocalDate.now().plusMonths(6).toString());
    assertThatThrownBy(() -> submit("demo-manager", decide, accept))
        .hasMessageContaining(NO_GO + ": is a no-go gap and can never be accepted as risk");
    assertThatThrownBy(() -> submit("demo-manager", decide, escalation("WALK_AWAY")))
        .hasMessageContaining("comment: say why we walk away");

    Map<String, Object> walk = escalation("WALK_AWAY");
    walk.put("comment", "The vendor keeps logs for 30 days only and will not change it.");
    submit("demo-manager", decide, walk);
    executeJobs();

    assertThat(endedAt(NegotiationProcess.END_ABANDONED)).isTrue();
    assertThat(variable("negotiationOutcome")).isEqualTo("ABANDONED");
    assertThat(risks.of(fixture.procurementId)).isEmpty();
    assertThat(negotiations.escalations(fixture.procurementId)).singleElement()
        .satisfies(e -> assertThat(e.getComment()).contains("30 days"));
  }

  @Test
  void narrowingToAPilotLowersTheTierKeepsTheReviewAndLeavesAnObligation() {
    negotiate(LEGAL);
    reachRoundLimit();
    long metBefore = decisions.items(fixture.procurementId).stream().filter(i -> i.getStatus() == ReviewStatus.MET).count();
    Task decide = task(NegotiationProcess.DECIDE_ESCALATION);

    Map<String, Object> widen = escalation("NARROW_SCOPE");
    widen.put("regions", List.of("EU", "US"));
    assertThatThrownBy(() -> submit("demo-manager", decide, widen)).hasMessageContaining("regions: US is not in today's scope");

    Map<String, Object> narrow = escalation("NARROW_SCOPE");
    narrow.put("pilotOnly", true);
    narrow.put("expectedUsers", 50);
    narrow.put("comment", "Pilot with 50 agents while the vendor reconsiders liability.");
    submit("demo-manager", decide, narrow);
    executeJobs();

    assertThat(variable("riskTier")).isEqualTo("MEDIUM");
    assertThat(endedAt(NegotiationProcess.END_AGREED)).as(LEGAL + " is not required at MEDIUM: no gap left").isTrue();
    assertThat(decisions.item(fixture.procurementId, LEGAL).orElseThrow().getStatus()).isEqualTo(ReviewStatus.NOT_APPLICABLE);
    assertThat(decisions.items(fixture.procurementId).stream().filter(i -> i.getStatus() == ReviewStatus.MET).count())
        .as("the review of unchanged items stands (items required at MEDIUM too)").isLessThanOrEqualTo(metBefore).isPositive();
    assertThat(obligations.of(fixture.procurementId)).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(NegotiationObligations.RENEGOTIATE_BEFORE_PRODUCTION);
      assertThat(o.createdBy()).isEqualTo("demo-manager");
    });
    var escalation = negotiations.escalations(fixture.procurementId).get(0);
    assertThat(escalation.getTierBefore()).isEqualTo("HIGH");
    assertThat(escalation.getTierAfter()).isEqualTo("MEDIUM");
    assertThat(escalation.getExpectedUsers()).isEqualTo(50);
  }

  @Test
  void aSilentVendorGetsAReminderThenManagersDecide() {
    negotiate(AVAIL);
    sendPackage();
    var round = negotiations.latestRound(fixture.procurementId).orElseThrow();

    EngineClock.set(round.getResponseDue().plusSeconds(60));
    executeJobs();
    Task reminder = task(NegotiationProcess.SEND_REMINDER);
    assertThat(reminder).as("a reminder task for procurement").isNotNull();
    assertThat(task(NegotiationProcess.RECORD_ANSWERS)).as("the answers task stays open").isNotNull();
    assertThatThrownBy(() -> submit("demo-procurement", reminder, Map.of("reminderSent", false)))
        .hasMessageContaining("confirm that the vendor was reminded");
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("reminderSent", true);
    sent.put("reminderNote", "Called the account manager.");
    submit("demo-procurement", reminder, sent);
    executeJobs();
    assertThat(negotiations.latestRound(fixture.procurementId).orElseThrow().getRemindedBy()).isEqualTo("demo-procurement");

    int grace = 10; // at most the largest grace period of any tier
    EngineClock.set(round.getResponseDue().plus(java.time.Duration.ofDays(grace)).plusSeconds(60));
    executeJobs();

    assertThat(negotiation).isWaitingAt(NegotiationProcess.DECIDE_ESCALATION);
    assertThat(task(NegotiationProcess.RECORD_ANSWERS)).as("waiting ended").isNull();
    assertThat(negotiations.openEscalation(fixture.procurementId).orElseThrow().getReason())
        .isEqualTo(NegotiationRules.EscalationReason.VENDOR_SILENT);
    assertThat(negotiations.latestRound(fixture.procurementId).orElseThrow().getStatus()).isEqualTo(NegotiationRound.Status.SILENT);
  }

  @Test
  void thePackageCannotBeSentWhileAnItemLacksRequestedWording() {
    negotiate(AVAIL, LEGAL);
    Task prepare = task(NegotiationProcess.PREPARE_PACKAGE);
    List<Map<String, Object>> rows = rows(prepare, "items").stream().map(r -> {
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", r.get("requirementId"));
      keyed.put("requestedWording", "");
      return keyed;
    }).toList();
    assertThatThrownBy(() -> submit("demo-procurement", prepare, Map.of("items", rows)))
        .hasMessageContaining(AVAIL + ": requested wording missing").hasMessageContaining(LEGAL + ": requested wording missing");
    assertThat(negotiations.latestRound(fixture.procurementId).orElseThrow().getStatus()).isEqualTo(NegotiationRound.Status.PREPARING);
  }

  @Test
  void answersAreRefusedWhileAnItemHasNoneAndAFunctionAnswersOnlyItsOwnItems() {
    negotiate(AVAIL, LEGAL);
    sendPackage();
    Task answers = task(NegotiationProcess.RECORD_ANSWERS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(answers.getId())).extracting(l -> l.getGroupId())
        .contains("procurement", "it", "legal");

    List<Map<String, Object>> legalOnly = rows(answers, "answers").stream().map(r -> {
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", r.get("requirementId"));
      VendorAnswer.FIELDS.forEach(f -> keyed.put(f, r.get(f)));
      return LEGAL.equals(r.get("requirementId")) ? refused("REFUSED_INCONVENIENT").apply(keyed) : keyed;
    }).toList();
    assertThatThrownBy(() -> submit("demo-legal", answers, Map.of("answers", legalOnly)))
        .hasMessageContaining(AVAIL + ": no vendor answer recorded");
    List<Map<String, Object>> legalOnIt = legalOnly.stream().map(r -> AVAIL.equals(r.get("requirementId"))
        ? refused("REFUSED_INCONVENIENT").apply(new LinkedHashMap<>(r)) : r).toList();
    assertThatThrownBy(() -> submit("demo-legal", answers, Map.of("answers", legalOnIt)))
        .hasMessageContaining(AVAIL + ": is owned by it; demo-legal may record answers only");
    assertThat(negotiations.itemsOf(negotiations.latestRound(fixture.procurementId).orElseThrow()))
        .allSatisfy(i -> assertThat(i.getAnswerKind()).isNull());
  }
}
