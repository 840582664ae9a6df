package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to the workspace ({@code /app}) through only when someone is signed in to the
 * Camunda webapps in its session (Camunda's own authentication filter, which runs first, has read
 * and refreshed the session's user). The user and groups become the engine's current
 * authentication for the request, so Camunda authorizations apply as on the APIs. Nobody signed in:
 * a page request (GET accepting HTML) is redirected to the sign-in page with the page to return
 * to; anything else gets 401 with a JSON body. The sign-in page itself is open.
 */
class WorkspaceGateFilter extends OncePerRequestFilter {

  static final String LOGIN = "/app/login";

  private final IdentityService identity;

  WorkspaceGateFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(LOGIN)) {
      chain.doFilter(request, response);
      return;
    }
    var authentication = WorkspaceSession.userAuthentication(request);
    if (authentication.isEmpty()) {
      if (wantsPage(request)) {
        String query = request.getQueryString();
        String back = path + (query == null ? "" : "?" + query);
        response.sendRedirect(request.getContextPath() + LOGIN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        return;
      }
      response.setHeader("Cache-Control", "no-store");
      ErrorResponses.write(response, 401, "Unauthorized",
          "Sign in to the workspace or Tasklist first (" + LOGIN + ")", List.of());
      return;
    }
    List<String> groups = authentication.get() instanceof UserAuthentication user && user.getGroupIds() != null
        ? user.getGroupIds() : List.of();
    identity.setAuthentication(authentication.get().getName(), groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** A browser asking for a page: GET (or HEAD) whose Accept names HTML. */
  static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        && accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
  }
}
