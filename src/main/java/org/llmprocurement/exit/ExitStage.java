package org.llmprocurement.exit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.springframework.stereotype.Component;

/**
 * The exit stage: the {@code contract-exit} runbook with its start form, the forms of its eight
 * tasks and their guards. It runs beside the procurement's main process (started from the register
 * by a decision or by hand), so it reports no stage names of the main process.
 */
@Component
class ExitStage implements LifecycleStage {

  @Override
  public String name() {
    return "exit";
  }

  @Override
  public Set<String> processes() {
    return Set.of(ContractExitProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    Set<String> forms = new LinkedHashSet<>(ExitTaskGuards.forms().values());
    forms.add(ContractExitProcess.START_FORM);
    return forms;
  }

  @Override
  public Set<Class<?>> guards() {
    Set<Class<?>> guards = new LinkedHashSet<>(ExitTaskGuards.ALL);
    guards.add(ContractExitStartGuard.class);
    return guards;
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
    return 80;
  }
}
