package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * State-changing requests (anything but GET, HEAD, OPTIONS) from another site are refused with 403
 * on every API: a page elsewhere could otherwise use Basic credentials the browser has cached for
 * us (deploy a model with scripts in an administrator's browser, say). "Another site" is a request
 * whose {@code Origin} is neither ours (scheme, host and port as the request reached us, proxies
 * included) nor listed in {@code llmp.allowed-origins}, or that the browser marks
 * {@code Sec-Fetch-Site: cross-site}. Clients that are not browsers send no Origin and pass.
 */
class OriginFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final Set<String> allowed;

  OriginFilter(List<String> allowedOrigins) {
    this.allowed = Set.copyOf(allowedOrigins.stream().map(o -> o.trim().toLowerCase(Locale.ROOT))
        .filter(o -> !o.isEmpty()).toList());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) && foreign(request)) {
      ErrorResponses.write(response, 403, "Forbidden",
          "Cross-origin requests that change state are refused; call this API from its own origin or without a browser",
          List.of());
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean foreign(HttpServletRequest request) {
    if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String normalized = origin.trim().toLowerCase(Locale.ROOT);
    return !normalized.equals(own(request)) && !allowed.contains(normalized);
  }

  static String own(HttpServletRequest request) {
    String scheme = request.getScheme().toLowerCase(Locale.ROOT);
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
