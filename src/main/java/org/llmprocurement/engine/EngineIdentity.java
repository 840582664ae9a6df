package org.llmprocurement.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.llmprocurement.identity.Caller;

/**
 * Who is calling, read from the engine: inside an engine command the command's authenticated user,
 * outside it the authentication the request filters set on {@link IdentityService}.
 */
public final class EngineIdentity {

  private EngineIdentity() {}

  /** The caller of the current request or command; {@link Caller#system()} when nobody is signed in. */
  public static Caller current(IdentityService identity) {
    CommandContext context = Context.getCommandContext();
    if (context != null && context.getAuthenticatedUserId() != null) {
      return Caller.of(context.getAuthenticatedUserId(), context.getAuthenticatedGroupIds());
    }
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? Caller.system() : Caller.of(authentication.getUserId(), authentication.getGroupIds());
  }

  /** The caller of the engine command now running; {@link Caller#system()} when none is signed in. */
  static Caller ofCommand() {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return Caller.system();
    }
    List<String> groups = context.getAuthenticatedGroupIds();
    return Caller.of(context.getAuthenticatedUserId(), groups);
  }
}
