package org.llmprocurement.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine look-ups the application itself needs (is this a known user? which tasks are open for
 * this procurement?) without the signed-in user's authorizations, and keeps the read-only form
 * views it derives current (the document choices of a procurement's open tasks after an upload, which
 * the uploader usually may not see). Never used to change what a user decides or submits. Inside an engine command it uses the command's own "without authorization" mode;
 * outside it clears the authentication for the duration and restores it afterwards. Work done this
 * way reaches the guard as {@link org.llmprocurement.identity.Caller#system() system work}.
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
}
