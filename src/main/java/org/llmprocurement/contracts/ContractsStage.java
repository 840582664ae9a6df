package org.llmprocurement.contracts;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The contract register stage: the {@code contract-registration} process the lifecycle calls after
 * sign-off, its form and guard; a procurement is {@code REGISTERING_CONTRACT} while it runs and
 * {@code CONTRACT_ACTIVE} once the lifecycle ends at "Contract active"; and IT's
 * {@code maintain-access-inventory} process with its start form and guard (the access inventory).
 */
@Component
class ContractsStage implements LifecycleStage {

  @Override
  public String name() {
    return "contracts";
  }

  @Override
  public Set<String> processes() {
    return Set.of(ContractRegistrationProcess.KEY, AccessInventoryProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of("record-contract-particulars", AccessInventoryProcess.START_FORM);
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(RecordParticularsGuard.class, AccessInventoryStartGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of(ProcurementLifecycle.REGISTER_CONTRACT, "REGISTERING_CONTRACT");
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of(ProcurementLifecycle.END_CONTRACT_ACTIVE, "CONTRACT_ACTIVE");
  }

  @Override
  public int order() {
    return 50;
  }
}
