package org.llmprocurement.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators see and lift sign-in locks: {@code GET /api/admin/login-locks},
 * {@code DELETE /api/admin/login-locks/{userId}} (the throttle's locks from every address, and
 * Camunda's own lock of the account, should a database from an earlier release hold one).
 */
@RestController
@RequestMapping("/api/admin/login-locks")
class LoginLockController {

  private final LoginThrottle throttle;
  private final IdentityService identity;

  LoginLockController(LoginThrottle throttle, IdentityService identity) {
    this.throttle = throttle;
    this.identity = identity;
  }

  @GetMapping
  List<LoginThrottle.Lock> locks() {
    requireAdministrator();
    return throttle.locks();
  }

  @DeleteMapping("/{userId}")
  Map<String, Object> unlock(@PathVariable String userId) {
    requireAdministrator();
    int lifted = throttle.unlock(userId);
    if (identity.createUserQuery().userId(userId).count() > 0) {
      identity.unlockUser(userId);
    }
    return Map.of("userId", userId, "locksLifted", lifted);
  }

  private void requireAdministrator() {
    String user = EngineIdentity.current(identity).userId();
    if (user == null || SystemAccess.withoutAuthorization(identity,
        () -> identity.createGroupQuery().groupMember(user).groupId(Groups.ADMIN).count()) == 0) {
      throw ApiException.forbidden("Only administrators manage sign-in locks");
    }
  }
}
