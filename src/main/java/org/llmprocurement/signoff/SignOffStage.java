package org.llmprocurement.signoff;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The sign-off stage: the {@code sign-off} process the lifecycle calls after agreement, its forms
 * and guards; a procurement is {@code SIGN_OFF} while it runs.
 */
@Component
class SignOffStage implements LifecycleStage {

  @Override
  public String name() {
    return "signoff";
  }

  @Override
  public Set<String> processes() {
    return Set.of(SignOffProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    Set<String> forms = new LinkedHashSet<>();
    SignOffProcess.TASKS.keySet().forEach(f -> forms.add(SignOffProcess.form(f)));
    forms.add("resolve-sign-off-blockers");
    return forms;
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(SignOffTaskGuard.It.class, SignOffTaskGuard.Security.class, SignOffTaskGuard.Legal.class,
        SignOffTaskGuard.DataGovernance.class, SignOffTaskGuard.Procurement.class, ResolveBlockersGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of(ProcurementLifecycle.SIGN_OFF, "SIGN_OFF");
  }

  @Override
  public Map<String, String> afterEnd() {
    return Map.of();
  }

  @Override
  public int order() {
    return 40;
  }
}
