package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's "create the first administrator" endpoint. The application creates its
 * administrator at start-up, and in 7.24.0 CE that endpoint can create an administrator whenever the
 * camunda-admin group has no direct member (published weakness without a CE fix).
 */
class SetupEndpointBlocker extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Initial set-up is disabled: the administrator is created at start-up\"}");
  }
}
