package org.llmprocurement.negotiation;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.review.PinnedVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the negotiation: read typed variables, call one collaborator, write variables. */
@Configuration
class NegotiationDelegates {

  private static long procurementId(DelegateExecution execution) {
    return ProcurementLifecycle.PROCUREMENT_ID.from(execution).get();
  }

  /** Start: the last round allowed (rounds so far plus the tier's limit); no round yet in this call. */
  @Bean
  JavaDelegate startNegotiation(Negotiations negotiations, IntakeService intake) {
    return execution -> {
      long procurementId = procurementId(execution);
      ProcessData.write(NegotiationProcess.LAST_ALLOWED_ROUND, execution, negotiations.lastAllowedRound(procurementId));
      ProcessData.write(NegotiationProcess.ROUND, execution, 0);
      ProcessData.write(NegotiationProcess.RISK_TIER, execution, intake.get(procurementId).getRiskTier().name());
    };
  }

  /** Opens the next round over the open gaps (and, first in a call, the items sign-off sent back). */
  @Bean
  JavaDelegate openNegotiationRound(Negotiations negotiations) {
    return execution -> {
      long procurementId = procurementId(execution);
      boolean first = NegotiationProcess.ROUND.from(execution).getOptional().orElse(0) == 0;
      NegotiationRound round = negotiations.openRound(procurementId,
          first ? NegotiationProcess.RETURN_ITEMS.from(execution).getOptional().orElse(null) : null,
          first ? NegotiationProcess.RETURN_REASON.from(execution).getOptional().orElse(null) : null);
      ProcessData.write(NegotiationProcess.ROUND, execution, round.getRoundNumber());
      Set<String> groups = new LinkedHashSet<>();
      groups.add(Groups.PROCUREMENT);
      negotiations.itemsOf(round).forEach(item -> groups.add(item.getOwnerRole()));
      ProcessData.write(NegotiationProcess.ANSWER_GROUPS, execution, String.join(",", groups));
    };
  }

  /** Applies the round's answers to the review; the functions with reopened items re-decide them. */
  @Bean
  JavaDelegate applyVendorAnswers(Negotiations negotiations, PinnedVersions pinned) {
    return execution -> redecide(execution, negotiations.applyAnswers(procurementId(execution)), pinned);
  }

  /** Consolidates after re-decision and decides what follows the round. */
  @Bean
  JavaDelegate consolidateNegotiationRound(Negotiations negotiations) {
    return execution -> {
      NegotiationRules.Decision decision = negotiations.closeRound(procurementId(execution),
          NegotiationProcess.LAST_ALLOWED_ROUND.from(execution).get());
      ProcessData.write(NegotiationProcess.ROUND_RESULT, execution, decision.result().name());
      if (decision.result() == NegotiationRules.RoundResult.AGREED) {
        ProcessData.write(NegotiationProcess.OUTCOME, execution, NegotiationProcess.AGREED);
      }
    };
  }

  /** The vendor stayed silent past the escalation date. */
  @Bean
  JavaDelegate recordVendorSilence(Negotiations negotiations) {
    return execution -> negotiations.recordSilence(procurementId(execution));
  }

  /** Applies a narrowed scope: tier decision again, items follow the tier; new items are reviewed. */
  @Bean
  JavaDelegate applyNarrowedScope(NegotiationEscalations escalations, PinnedVersions pinned) {
    return execution -> {
      NegotiationEscalations.NarrowingResult result = escalations.applyNarrowing(procurementId(execution));
      ProcessData.write(NegotiationProcess.RISK_TIER, execution, result.after().name());
      redecide(execution, result.reopenedRoles(), pinned);
    };
  }

  private static void redecide(DelegateExecution execution, List<String> roles, PinnedVersions pinned) {
    ProcessData.write(NegotiationProcess.REOPENED_ROLES, execution, roles);
    ProcessData.write(NegotiationProcess.REDECISION_NEEDED, execution, !roles.isEmpty());
    ProcessData.write(ProcurementLifecycle.REVIEW_DUE, execution, Date.from(EngineClock.now()
        .plus(pinned.thresholdsOf(procurementId(execution)).getInt("reviewDueDays"), ChronoUnit.DAYS)));
  }
}
