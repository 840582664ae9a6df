package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates product API calls with HTTP Basic against Camunda's identity service and makes the
 * user the engine's current authentication for the request, so Camunda authorizations apply to
 * everything the API does on the user's behalf. The paths in {@code signedPaths} (vendor notices,
 * exactly that path, compared on the raw request URI) are left to their own signature check.
 */
class ApiBasicAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final java.util.Set<String> signedPaths;

  ApiBasicAuthenticationFilter(IdentityService identity, String... signedPaths) {
    this.identity = identity;
    this.signedPaths = java.util.Set.of(signedPaths);
  }

  /**
   * Only a request for exactly a signed path skips Basic: no trailing slash, path parameter,
   * encoding or query trick makes another path look like it (those still need Basic credentials).
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri != null && uri.startsWith(context) && signedPaths.contains(uri.substring(context.length()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    if (credentials == null || !SystemAccess.withoutAuthorization(identity, () -> identity.checkPassword(credentials[0], credentials[1]))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"llm-procurement\"");
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Sign in with HTTP Basic credentials of a Camunda user\"}");
      return;
    }
    String userId = credentials[0];
    List<String> groups = SystemAccess.withoutAuthorization(identity,
        () -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
