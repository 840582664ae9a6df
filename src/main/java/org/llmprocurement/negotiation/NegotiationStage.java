package org.llmprocurement.negotiation;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The negotiation stage: the {@code negotiation} process the lifecycle calls when review found gaps,
 * its forms and guards; a procurement is {@code NEGOTIATION} while it runs and
 * {@code PROCUREMENT_ABANDONED} when a manager walked away.
 */
@Component
class NegotiationStage implements LifecycleStage {

  @Override
  public String name() {
    return "negotiation";
  }

  @Override
  public Set<String> processes() {
    return Set.of(NegotiationProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of("prepare-redline-package", "record-vendor-answers", "send-vendor-reminder", "decide-escalation");
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(PrepareRedlinePackageGuard.class, RecordVendorAnswersGuard.class, SendVendorReminderGuard.class,
        DecideEscalationGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of(ProcurementLifecycle.NEGOTIATE_GAPS, "NEGOTIATION");
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of(ProcurementLifecycle.END_ABANDONED, "PROCUREMENT_ABANDONED");
  }

  @Override
  public int order() {
    return 30;
  }
}
