package org.llmprocurement.intake;

import org.llmprocurement.domain.RiskTier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
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
    long procurementId = ProcurementLifecycle.PROCUREMENT_ID.from(execution).get();
    RiskTier tier = RiskTier.valueOf(ProcurementLifecycle.PROPOSED_TIER.from(execution).get());
    intake.recordProposedTier(procurementId, tier);
    ProcessData.write(ProcurementLifecycle.RISK_TIER, execution, tier.name());
  }
}
