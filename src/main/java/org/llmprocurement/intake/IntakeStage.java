package org.llmprocurement.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The intake stage: the lifecycle's start form, the risk tier, its confirmation by procurement and
 * a manager's approval of any reduction. Its elements live in the main process; it owns no process.
 */
@Component
class IntakeStage implements LifecycleStage {

  @Override
  public String name() {
    return "intake";
  }

  @Override
  public Set<String> processes() {
    return Set.of();
  }

  @Override
  public Set<String> forms() {
    return Set.of("intake-start", "confirm-tier", "approve-tier-reduction");
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(IntakeStartGuard.class, ConfirmTierGuard.class, ApproveTierReductionGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    Map<String, String> active = new LinkedHashMap<>();
    active.put(ProcurementLifecycle.APPROVE_REDUCTION, "TIER_REDUCTION_APPROVAL");
    active.put(ProcurementLifecycle.CONFIRM_TIER, "TIER_CONFIRMATION");
    return active;
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of();
  }

  @Override
  public int order() {
    return 10;
  }
}
