package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LoginThrottle} to every way a password is checked: HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the webapps' login form and the workspace's ({@code /app/login}). A locked (account, address) pair gets 429
 * with Retry-After and its password is not even checked. A 401 answer to a request that carried
 * credentials counts as a failure, any other answer clears the pair. An administrator's unlock of a
 * user (Admin webapp or {@code POST /engine-rest/user/{id}/unlock}) also lifts the throttle's locks.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
  static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";
  /** The workspace's own sign-in form (it answers 401 to a wrong password, like Camunda's). */
  static final String WORKSPACE_LOGIN_PATH = WorkspaceGateFilter.LOGIN;
  private static final Pattern UNLOCK = Pattern.compile(".*/user/([^/]+)/unlock$");
  private static final int MAX_LOGIN_FORM = 8192;

  private final LoginThrottle throttle;

  private final java.util.Set<String> signedPaths;

  /** @param signedPaths paths authenticated by a signature, not a password: no sign-in to throttle there */
  LoginThrottleFilter(LoginThrottle throttle, String... signedPaths) {
    this.throttle = throttle;
    this.signedPaths = java.util.Set.of(signedPaths);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri != null && uri.startsWith(context) && signedPaths.contains(uri.substring(context.length()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest effective = request;
    String userId = basicUser(request.getHeader("Authorization"));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (userId == null && "POST".equals(request.getMethod()) && path.startsWith(LOGIN_PATH) && path.contains("/login/")) {
      byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM);
      userId = formField(new String(body, StandardCharsets.UTF_8), "username");
      effective = new CachedBodyRequest(request, body);
    } else if (userId == null && "POST".equals(request.getMethod()) && path.equals(WORKSPACE_LOGIN_PATH)) {
      // the workspace's sign-in form: Tomcat parses it, and the controller reads the same parameters
      userId = request.getParameter("username");
    }
    String address = request.getRemoteAddr();
    if (userId != null && !userId.isEmpty()) {
      Optional<Duration> locked = throttle.lockedFor(userId, address);
      if (locked.isPresent()) {
        long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"Too many failed sign-ins"
            + " for this account from your address; try again in " + seconds + " seconds\"}");
        return;
      }
    }
    chain.doFilter(effective, response);
    int status = response.getStatus();
    if (userId != null && !userId.isEmpty()) {
      if (status == HttpServletResponse.SC_UNAUTHORIZED) {
        Optional<Duration> lock = throttle.failed(userId, address);
        if (lock.isPresent()) {
          LOG.warn("Sign-in of '{}' from {} locked for {} after repeated failures", userId, address, lock.get());
        }
      } else if (status < 400) {
        throttle.succeeded(userId, address);
      }
    }
    Matcher unlock = UNLOCK.matcher(path);
    if ("POST".equals(request.getMethod()) && status >= 200 && status < 300 && unlock.matches()) {
      String unlocked = URLDecoder.decode(unlock.group(1), StandardCharsets.UTF_8);
      throttle.unlock(unlocked);
      LOG.info("Login locks of '{}' lifted by an administrator", unlocked);
    }
  }

  static String basicUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String formField(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
        try {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }
}
