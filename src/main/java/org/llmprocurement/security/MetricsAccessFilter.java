package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only managers and administrators read {@code /actuator/prometheus} (the metrics name groups,
 * stages and counts across every procurement); runs after {@link ApiBasicAuthenticationFilter}
 * signed the caller in. Others get 403.
 */
class MetricsAccessFilter extends OncePerRequestFilter {

  static final List<String> ALLOWED = List.of(Groups.MANAGERS, Groups.ADMIN);

  private final IdentityService identity;

  MetricsAccessFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = EngineIdentity.current(identity);
    if (caller.isSystem() || ALLOWED.stream().noneMatch(caller::memberOf)) {
      response.setContentType("application/json");
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Metrics are for managers and administrators\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
