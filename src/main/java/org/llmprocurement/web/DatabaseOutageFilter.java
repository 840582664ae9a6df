package org.llmprocurement.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database could not be reached ({@link DatabaseOutage}) is
 * answered 503 Service Unavailable with {@code Retry-After} (seconds) and an {@link ApiProblem}
 * body, instead of a 500: the client may send it again. The request's transaction was rolled back
 * (or never began), so it wrote nothing, unless the connection broke during the commit itself, when
 * the database alone knows; a client repeating a create should look for its first attempt. How long a request waits for a connection before it fails is Hikari's
 * {@code connection-timeout} ({@code DB_CONNECTION_TIMEOUT}, application.yaml). Any other failure
 * passes on unchanged. A response already committed (a streamed download) cannot be changed and is
 * passed on too.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Seconds a client should wait before trying again: about one database restart. */
  static final int RETRY_AFTER_SECONDS = 5;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseOutage.causedBy(e)) {
        throw e;
      }
      LOG.warn("Database unavailable: answered {} {} with 503: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
      HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
      response.resetBuffer();
      response.setStatus(status.value());
      response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(JSON.writeValueAsBytes(new ApiProblem(status.value(), status.getReasonPhrase(),
          "The database is unavailable. Try again in " + RETRY_AFTER_SECONDS + " seconds.", List.of())));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
