package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of the workspace: every request that changes state (anything but GET, HEAD,
 * OPTIONS) must carry the session's token ({@link WorkspaceSession#csrfToken}) in the header
 * {@value WorkspaceSession#CSRF_HEADER} (scripts) or the form field {@value WorkspaceSession#CSRF_FIELD}
 * (plain HTML forms); otherwise 403 and nothing happens. The token lives in the session only and
 * is written into each page, so another site cannot read it. (The origin check runs before this.)
 */
class WorkspaceCsrfFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) || valid(request)) {
      chain.doFilter(request, response);
      return;
    }
    ErrorResponses.write(response, 403, "Forbidden",
        "The form or request carries no valid CSRF token; reload the page and try again", List.of());
  }

  private static boolean valid(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(WorkspaceSession.CSRF_ATTRIBUTE);
    if (!(expected instanceof String token)) {
      return false;
    }
    String given = request.getHeader(WorkspaceSession.CSRF_HEADER);
    if (given == null) {
      given = request.getParameter(WorkspaceSession.CSRF_FIELD);
    }
    return given != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
