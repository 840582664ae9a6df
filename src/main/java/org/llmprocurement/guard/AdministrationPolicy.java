package org.llmprocurement.guard;

import org.camunda.bpm.engine.AuthorizationException;
import org.llmprocurement.identity.Caller;

/**
 * Everything that ends, moves or writes something outside a guarded start, completion or task work
 * (BPMN errors and escalations on tasks, resolve, delete, assignment to others, process-instance
 * modification, restart, migration, message correlation, signals, external tasks, job retries,
 * suspension, deployments, identity and authorization changes, ...) is for administrators only.
 * System work (the engine's own jobs, our code without a user) is trusted ({@link Caller}).
 */
public final class AdministrationPolicy {

  /** @throws AuthorizationException for a signed-in user who is not an administrator (403, nothing written) */
  public void check(GuardedCommand.Administration command, Caller caller) {
    if (caller.isRestrictedUser()) {
      throw new AuthorizationException("'" + caller.userId() + "' may not " + command.command()
          + (command.classified() ? "" : " (an engine command this application has not classified)")
          + ": only administrators may end, move or change process state outside the task forms");
    }
  }
}
