package org.llmprocurement.contractlife;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.springframework.stereotype.Component;

/**
 * The life of a signed contract: processes started from the register, not called by the
 * procurement lifecycle, so they add no stage names to the main process.
 */
@Component
class ContractLifeStage implements LifecycleStage {

  @Override
  public String name() {
    return "contractlife";
  }

  @Override
  public Set<String> processes() {
    return Set.of(ContractLifeProcess.KEY, ContractRenewalProcess.KEY, AuditEvidenceProcess.KEY, EvidenceRequestProcess.KEY,
        PilotPromotionProcess.KEY, DataDeletionProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of("assess-renewal", "decide-renewal", "provide-audit-evidence", "confirm-production-scope",
        DataDeletionProcess.START_FORM, DataDeletionProcess.CONFIRM_FORM);
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(AssessRenewalGuard.class, DecideRenewalGuard.class, ProvideAuditEvidenceGuard.class,
        ConfirmProductionScopeGuard.class, DataDeletionStartGuard.class, ConfirmVendorDeletionGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of();
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of();
  }

  @Override
  public int order() {
    return 60;
  }
}
