package org.llmprocurement.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Secure by default: every API needs credentials, bodies have a size limit, responses carry
 * security headers, and the webapps' first-admin set-up endpoint is closed for good.
 */
@Configuration
class WebSecurityConfig {

  static final String[] API_PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*"};
  /** The workspace's pages and their small JSON and CSV endpoints (package workspace). */
  static final String WORKSPACE_PATH = "/app/*";
  /** The API paths and the workspace: the guards every request from a browser or client passes. */
  static final String[] GUARDED_PATHS = {"/api/*", "/engine-rest/*", "/camunda/api/*", WORKSPACE_PATH};
  static final String METRICS_PATH = "/actuator/prometheus";
  /**
   * Vendors post notices here signed with HMAC-SHA256 instead of HTTP Basic (they have no Camunda
   * user); {@code notices.SignedNoticeFilter} authenticates this exact path at Basic's place in the
   * chain. Every other guard (origin, size, input inspection, headers) stays.
   */
  static final String SIGNED_PATH = "/api/vendor-notices";

  @Bean
  FilterRegistrationBean<Filter> setupEndpointBlocker() {
    return registration(new SetupEndpointBlocker(), Ordered.HIGHEST_PRECEDENCE, "/camunda/api/admin/setup/*");
  }

  /** Outermost: no error body of any API leaks SQL, stack traces or class names. */
  @Bean
  FilterRegistrationBean<Filter> errorBodies() {
    return registration(new ErrorBodyFilter(), Ordered.HIGHEST_PRECEDENCE, GUARDED_PATHS);
  }

  @Bean
  FilterRegistrationBean<Filter> originCheck(@Value("${llmp.allowed-origins:}") java.util.List<String> allowedOrigins) {
    return registration(new OriginFilter(allowedOrigins), Ordered.HIGHEST_PRECEDENCE + 1, GUARDED_PATHS);
  }

  @Bean
  FilterRegistrationBean<Filter> inputInspection(@Value("${llmp.max-json-body-bytes}") long maxBytes) {
    return registration(new InputInspectionFilter(maxBytes), Ordered.HIGHEST_PRECEDENCE + 2, GUARDED_PATHS);
  }

  @Bean
  FilterRegistrationBean<Filter> passwordPolicy(IdentityService identity) {
    return registration(new PasswordPolicyFilter(identity), Ordered.HIGHEST_PRECEDENCE + 11, "/engine-rest/*", "/camunda/api/*");
  }

  @Bean
  FilterRegistrationBean<Filter> requestSizeLimit(@Value("${llmp.max-json-body-bytes}") long maxBytes) {
    return registration(new RequestSizeLimitFilter(maxBytes), Ordered.HIGHEST_PRECEDENCE + 1, GUARDED_PATHS);
  }

  @Bean
  FilterRegistrationBean<Filter> apiSecurityHeaders() {
    return registration(new ApiSecurityHeadersFilter(), Ordered.HIGHEST_PRECEDENCE + 3, "/api/*", "/engine-rest/*");
  }

  @Bean
  FilterRegistrationBean<Filter> hsts() {
    return registration(new HstsFilter(), Ordered.HIGHEST_PRECEDENCE + 4, "/*");
  }

  @Bean
  LoginThrottle loginThrottle(
      @Value("${llmp.login.free-attempts:5}") int freeAttempts,
      @Value("${llmp.login.base-lock:30s}") java.time.Duration baseLock,
      @Value("${llmp.login.max-lock:15m}") java.time.Duration maxLock) {
    return new LoginThrottle(freeAttempts, baseLock, maxLock, java.time.Instant::now);
  }

  /** Before every password check: Basic on both APIs and the webapps' login form. */
  @Bean
  FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottle throttle) {
    return registration(new LoginThrottleFilter(throttle, SIGNED_PATH), Ordered.HIGHEST_PRECEDENCE + 5, "/api/*", "/engine-rest/*",
        "/camunda/api/*", METRICS_PATH, WORKSPACE_PATH);
  }

  /** HTTP Basic against Camunda identity for the engine's REST API (401 without credentials). */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration =
        registration(new ProcessEngineAuthenticationFilter(), Ordered.HIGHEST_PRECEDENCE + 10, "/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  /** HTTP Basic against Camunda identity for the product API, except the signed vendor-notice path. */
  @Bean
  FilterRegistrationBean<Filter> productApiAuthentication(IdentityService identity) {
    return registration(new ApiBasicAuthenticationFilter(identity, SIGNED_PATH), Ordered.HIGHEST_PRECEDENCE + 10, "/api/*",
        METRICS_PATH);
  }

  /**
   * The workspace reads the user Camunda's webapps keep in the session: Camunda's own
   * authentication filter (as on {@code /camunda/*}) loads it, re-reading groups and access after
   * the same cache time as the webapps, then the gate lets only a signed-in user through, then
   * changes need the workspace's CSRF token.
   */
  @Bean
  FilterRegistrationBean<Filter> workspaceCamundaAuthentication(
      @Value("${camunda.bpm.webapp.auth.cache.ttl-enabled:true}") boolean ttlEnabled,
      @Value("${camunda.bpm.webapp.auth.cache.time-to-live:300000}") long timeToLive) {
    FilterRegistrationBean<Filter> registration = registration(
        new org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter(), Ordered.HIGHEST_PRECEDENCE + 9, WORKSPACE_PATH);
    registration.setName("WorkspaceCamundaAuthenticationFilter");
    if (ttlEnabled) {
      registration.addInitParameter("cacheTimeToLive", String.valueOf(timeToLive));
    }
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> workspaceGate(IdentityService identity) {
    return registration(new WorkspaceGateFilter(identity), Ordered.HIGHEST_PRECEDENCE + 10, WORKSPACE_PATH);
  }

  @Bean
  FilterRegistrationBean<Filter> workspaceCsrf() {
    return registration(new WorkspaceCsrfFilter(), Ordered.HIGHEST_PRECEDENCE + 11, WORKSPACE_PATH);
  }

  @Bean
  FilterRegistrationBean<Filter> workspaceHeaders() {
    return registration(new WorkspaceHeadersFilter(), Ordered.HIGHEST_PRECEDENCE + 3, WORKSPACE_PATH);
  }

  /** The Prometheus scrape: signed in (above) and a manager or administrator. */
  @Bean
  FilterRegistrationBean<Filter> metricsAccess(IdentityService identity) {
    return registration(new MetricsAccessFilter(identity), Ordered.HIGHEST_PRECEDENCE + 12, METRICS_PATH);
  }

  private static FilterRegistrationBean<Filter> registration(Filter filter, int order, String... paths) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(paths);
    registration.setOrder(order);
    registration.setName(filter.getClass().getSimpleName());
    return registration;
  }
}
