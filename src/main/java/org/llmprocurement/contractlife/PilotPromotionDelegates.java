package org.llmprocurement.contractlife;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of {@code pilot-promotion-review}: read typed variables, call {@link PilotPromotions}, write variables. */
@Configuration
class PilotPromotionDelegates {

  private static long promotionId(DelegateExecution execution) {
    return PilotPromotionProcess.PROMOTION_ID.from(execution).get();
  }

  /** Opens (or takes) the review and sets the kick-off from the register as it stands. */
  @Bean
  JavaDelegate schedulePromotionReview(PilotPromotions promotions) {
    return execution -> {
      PilotPromotions.Schedule schedule = promotions.schedule(ContractLifeProcess.CONTRACT_ID.from(execution).get());
      ProcessData.write(PilotPromotionProcess.PROMOTION_ID, execution, schedule.promotionId());
      ProcessData.write(ProcurementLifecycle.PROCUREMENT_ID, execution, schedule.procurementId());
      ProcessData.write(PilotPromotionProcess.KICK_OFF, execution, BusinessCalendar.startOf(schedule.kickOff()));
    };
  }

  /** Sets when an unpromoted pilot is escalated: the day after the pilot end as the register stands. */
  @Bean
  JavaDelegate schedulePilotEndWatch(PilotPromotions promotions) {
    return execution -> ProcessData.write(PilotPromotionProcess.PILOT_END_ESCALATION, execution,
        BusinessCalendar.startOf(promotions.escalationDay(promotionId(execution))));
  }

  /** Re-decides the tier for production and names the owner groups with requirements to re-decide. */
  @Bean
  JavaDelegate redecidePromotionTier(PilotPromotions promotions, ThresholdService thresholds) {
    return execution -> {
      PilotPromotions.Redecided result = promotions.redecideTier(promotionId(execution));
      ProcessData.write(PilotPromotionProcess.REVIEW_ROLES, execution, new java.util.ArrayList<>(result.reviewRoles()));
      ProcessData.write(ProcurementLifecycle.REVIEW_DUE, execution, Date.from(EngineClock.now()
          .plus(thresholds.forTier(result.after()).getInt("reviewDueDays"), ChronoUnit.DAYS)));
    };
  }

  /** Are the re-decided requirements gaps? */
  @Bean
  JavaDelegate consolidatePromotionReview(PilotPromotions promotions) {
    return execution -> ProcessData.write(PilotPromotionProcess.GAPS_FOUND, execution,
        promotions.gapsFound(promotionId(execution)));
  }

  /** Amends the register entry for production. */
  @Bean
  JavaDelegate amendPromotedContract(PilotPromotions promotions) {
    return execution -> {
      promotions.promote(promotionId(execution));
      ProcessData.write(PilotPromotionProcess.OUTCOME, execution, PilotPromotionProcess.PROMOTED);
    };
  }

  /** Ends the review without promotion. */
  @Bean
  JavaDelegate recordPilotNotPromoted(PilotPromotions promotions) {
    return execution -> {
      promotions.endWithoutPromotion(promotionId(execution));
      ProcessData.write(PilotPromotionProcess.OUTCOME, execution, PilotPromotionProcess.ENDED);
    };
  }

  /** The pilot ended unpromoted: flags the entry and e-mails the managers (after commit). */
  @Bean
  JavaDelegate escalatePilotEnd(PilotPromotions promotions, GroupMail groupMail) {
    return execution -> {
      java.util.Optional<Contract> escalated = promotions.escalatePilotEnd(promotionId(execution));
      if (escalated.isEmpty()) {
        return;
      }
      Contract contract = escalated.get();
      groupMail.notifyGroup(Groups.MANAGERS,
          "Pilot past its end: " + contract.getContractReference() + " (" + contract.getBusinessKey() + ")",
          "The pilot contract " + contract.getContractReference() + " of procurement " + contract.getBusinessKey()
              + " ended on " + contract.getPilotEndDate() + " and has not been promoted to production.\n"
              + "The register flags it as used after its pilot end since " + contract.getUsedAfterPilotEndSince()
              + ". Its promotion review stays open with procurement; stop the use, extend the pilot by amending the"
              + " register, or complete the promotion.");
    };
  }
}
