package org.llmprocurement.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * The workspace's one login, shared with the Camunda webapps: the signed-in user is the one
 * Camunda's webapp keeps in the HTTP session (Tasklist, Cockpit and {@code /app} share the session
 * cookie), and signing in here stores the user there exactly as Camunda's own login does, so
 * Tasklist is signed in too. The only place outside Camunda that touches its webapp session
 * (docs/adr/0007-workspace-shares-the-camunda-session.md).
 */
@Component
public class WorkspaceSession {

  /** The process engine whose webapp authentication the workspace uses. */
  public static final String ENGINE = "default";
  /** Session attribute holding the workspace's CSRF token. */
  static final String CSRF_ATTRIBUTE = "llmp.workspace.csrf";
  /** Form field carrying the CSRF token of a workspace form. */
  public static final String CSRF_FIELD = "_csrf";
  /** Request header carrying the CSRF token of a workspace script's request. */
  public static final String CSRF_HEADER = "X-CSRF-TOKEN";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ProcessEngine engine;

  WorkspaceSession(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The signed-in user: id, display name and groups. */
  public record SignedIn(String userId, String displayName, java.util.List<String> groups) {}

  /** The user signed in to the Camunda webapps in this request's session, if any. */
  public Optional<SignedIn> current(HttpServletRequest request) {
    return userAuthentication(request).map(auth -> new SignedIn(auth.getName(), displayName(auth.getName()),
        auth instanceof UserAuthentication user && user.getGroupIds() != null ? java.util.List.copyOf(user.getGroupIds())
            : java.util.List.of()));
  }

  static Optional<Authentication> userAuthentication(HttpServletRequest request) {
    Authentications current = Authentications.getCurrent();
    if (current == null) {
      HttpSession session = request.getSession(false);
      current = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    }
    if (current == null) {
      return Optional.empty();
    }
    Authentication auth = current.getAuthenticationForProcessEngine(ENGINE);
    return auth == null || auth.getName() == null ? Optional.empty() : Optional.of(auth);
  }

  /**
   * Signs the user in for the workspace and the Camunda webapps, as Camunda's login form does: the
   * password is checked, the session is replaced by a new one (no session fixation) holding the
   * user, groups, tenants and the webapps the user may open. False for a wrong user or password or
   * a user who may open no webapp. The login throttle counts the answer the caller sends.
   */
  public boolean signIn(HttpServletRequest request, String userId, String password) {
    if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
      return false;
    }
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    if (!SystemAccess.withoutAuthorization(identity, () -> identity.checkPassword(userId, password))) {
      return false;
    }
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
    if (authentication == null || authentication.getAuthorizedApps().isEmpty()) {
      return false;
    }
    Date validation = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
    if (validation != null) {
      authentication.setCacheValidationTime(validation);
    }
    AuthenticationUtil.revalidateSession(request, authentication);
    return true;
  }

  /** Signs out of the workspace and the Camunda webapps alike: the session ends. */
  public void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** The session's CSRF token for workspace forms and scripts, created on first use. */
  public String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    Object token = session.getAttribute(CSRF_ATTRIBUTE);
    if (token instanceof String text) {
      return text;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(CSRF_ATTRIBUTE, created);
    return created;
  }

  private String displayName(String userId) {
    IdentityService identity = engine.getIdentityService();
    User user = SystemAccess.withoutAuthorization(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }
}
