package org.llmprocurement.identity;

import java.util.List;

/**
 * Who asks the engine or the product API to do something.
 *
 * <p><b>The trust rule, in one place.</b> A call with no authenticated user is <em>system work</em>:
 * the job executor running timers and asynchronous continuations, our own delegates and listeners,
 * and look-ups the application makes through {@link org.llmprocurement.engine.SystemAccess}. Every
 * request from outside is authenticated (HTTP Basic on {@code /engine-rest} and {@code /api}, the
 * webapp session on Tasklist's path), so an unauthenticated call can only come from code in this
 * application, and the guard trusts it: it skips the checks that protect the engine from users
 * (variable writes, starting at an activity) but still validates starts and completions. The one
 * outside request without a user is a vendor's signed notice ({@code POST /api/vendor-notices}): it
 * is authenticated by the vendor's HMAC signature instead, and only then handed, as system work, to
 * the fixed path that validates and stores the notice and correlates its message (docs/security.md,
 * "Signed vendor notices").
 *
 * @param userId the signed-in user, or {@code null} for system work
 * @param groups the user's groups, never {@code null}
 */
public record Caller(String userId, List<String> groups) {

  public Caller {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  public static Caller of(String userId, List<String> groups) {
    return userId == null ? system() : new Caller(userId, groups);
  }

  /** Work the application does by itself, with no user signed in. */
  public static Caller system() {
    return new Caller(null, List.of());
  }

  public boolean isSystem() {
    return userId == null;
  }

  public boolean isAdministrator() {
    return groups.contains(Groups.ADMIN);
  }

  /** A signed-in person who is not an administrator: the guard's checks apply in full. */
  public boolean isRestrictedUser() {
    return !isSystem() && !isAdministrator();
  }

  public boolean memberOf(String group) {
    return groups.contains(group);
  }
}
