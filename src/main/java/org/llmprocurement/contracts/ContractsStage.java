package org.llmprocurement.contracts;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.springframework.stereotype.Component;

/**
 * The contract register stage: the {@code contract-registration} process the lifecycle calls after
 * sign-off, its form and guard. The main-process ids it will report on
 * ({@code CallActivity_RegisterContract}, {@code EndEvent_ContractActive}) do not exist yet; the
 * integrator adds them to {@link #whileActive()} and {@link #afterEnd()} with the lifecycle change.
 */
@Component
class ContractsStage implements LifecycleStage {

  @Override
  public String name() {
    return "contracts";
  }

  @Override
  public Set<String> processes() {
    return Set.of(ContractRegistrationProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of("record-contract-particulars");
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(RecordParticularsGuard.class);
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
    return 50;
  }
}
