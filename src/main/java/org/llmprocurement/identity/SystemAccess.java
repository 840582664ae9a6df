package org.llmprocurement.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine look-ups the application itself needs (is this a known user? which tasks are open for
 * this procurement?) without the signed-in user's authorizations. Never used for anything a user
 * asked to change.
 */
public final class SystemAccess {

  private SystemAccess() {}

  public static <T> T withoutAuthorization(IdentityService identity, Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(work::get);
    }
    Authentication saved = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (saved != null) {
        identity.setAuthentication(saved);
      }
    }
  }

  /** The signed-in user of the current engine command or request, or {@code null}. */
  public static String currentUser(IdentityService identity) {
    CommandContext context = Context.getCommandContext();
    if (context != null && context.getAuthenticatedUserId() != null) {
      return context.getAuthenticatedUserId();
    }
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
