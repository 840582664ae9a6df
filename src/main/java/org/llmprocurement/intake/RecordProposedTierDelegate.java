package org.llmprocurement.intake;

import org.llmprocurement.domain.RiskTier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the tier the decision table proposed as the procurement's provisional tier. */
@Component("recordProposedTier")
class RecordProposedTierDelegate implements JavaDelegate {

  private final IntakeService intake;

  RecordProposedTierDelegate(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long procurementId = ((Number) execution.getVariable(IntakeProcess.VAR_PROCUREMENT_ID)).longValue();
    RiskTier tier = RiskTier.valueOf((String) execution.getVariable(IntakeProcess.VAR_PROPOSED_TIER));
    intake.recordProposedTier(procurementId, tier);
    execution.setVariable(IntakeProcess.VAR_RISK_TIER, tier.name());
  }
}
