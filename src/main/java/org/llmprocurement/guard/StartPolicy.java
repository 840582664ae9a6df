package org.llmprocurement.guard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.llmprocurement.identity.Caller;

/**
 * Every start of a guarded process is validated by its {@link StartGuard}, whoever starts it; users
 * other than administrators may start a guarded process only at its start event.
 */
public final class StartPolicy {

  static final String REFUSED = "The request cannot be started";

  private final GuardRegistry registry;

  public StartPolicy(GuardRegistry registry) {
    this.registry = registry;
  }

  /**
   * @throws AuthorizationException a restricted user starts a guarded process at an activity
   * @throws Refusal the start guard found problems, or a value is not readable JSON
   */
  public void check(GuardedCommand.Start start, Caller caller) {
    Optional<StartGuard> guard = registry.startGuard(start.processDefinitionKey());
    if (guard.isEmpty()) {
      return;
    }
    if (start.atActivities() && caller.isRestrictedUser()) {
      throw new AuthorizationException(
          "Processes of '" + start.processDefinitionKey() + "' can only be started at their start event");
    }
    List<String> objects = Values.objectValues(start.variables());
    if (!objects.isEmpty()) {
      throw new Refusal(REFUSED, objects);
    }
    Map<String, Object> values;
    try {
      values = Values.plain(start.variables());
    } catch (IllegalArgumentException e) {
      throw new Refusal(REFUSED, List.of(e.getMessage()));
    }
    List<String> problems = guard.get().validate(values, caller.userId());
    if (!problems.isEmpty()) {
      throw new Refusal(REFUSED, problems);
    }
    Values.markTransient(start.variables(), guard.get()::recordedAtStart);
  }
}
