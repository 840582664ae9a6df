package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No error response of any API says how the server is built. Error bodies (status 400 and up) are
 * held back until the request is done: a 5xx body is replaced by a neutral message with a
 * reference that is logged with the original; a 4xx body that quotes SQL, a stack trace or a Java
 * class name gets the same treatment at its own status. Successful responses stream through.
 */
class ErrorBodyFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorBodyFilter.class);
  static final Pattern LEAK = Pattern.compile(
      "(?s).*((?i:sql statement|\\bselect\\s+(distinct\\s+)?[\\w*.,\\s()]+\\sfrom\\s+(act_|app_|procurement|review_|tier_|contract_|catalogue_)|\\binsert\\s+into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete\\s+from\\b|### (error|sql|cause)"
          + "|sqlstate|\\bjdbc\\b|org\\.h2|postgresql|hibernate|mybatis|ibatis|\\bACT_[A-Z]{2}_)"
          + "|\\bat\\s+[\\w$.]+\\([\\w$]+\\.java:\\d+\\)|(\\b[a-z][a-z0-9_]*\\.){2,}[A-Z][\\w$]*"
          + "|\\w+(Exception|Error): ).*");

  /**
   * Engine refusals that are the caller's fault but reach REST as 500 (on /engine-rest and on the
   * webapps' own REST application alike): answered with 400 and a plain message.
   */
  private static final java.util.Map<Pattern, String> CALLER_FAULTS = java.util.Map.of(
      Pattern.compile("(?is).*(x-java-serialized-object|cannot find serializer|only json values are accepted).*"),
      "Java-serialized variables are not accepted; send JSON or primitive values",
      Pattern.compile("(?is).*(deserializ|whitelist|allowed to be deserialized).*"),
      "Object variables may only hold the product's own value types",
      Pattern.compile("(?is).*password does not match policy.*"),
      "Password does not match policy: at least " + org.llmprocurement.identity.PasswordRules.MIN_LENGTH
          + " characters, not containing the user id or names",
      Pattern.compile("(?is).*(value too long|too long for|string.{0,40}too long|data too long).*"),
      "A text value is longer than the server stores; see the maximum of the field (process variables: 4000 characters)");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Holding holding = new Holding(response);
    try {
      chain.doFilter(request, holding);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      String reference = UUID.randomUUID().toString();
      LOG.error("Request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
      ErrorResponses.write(response, 500, "Internal Server Error",
          "The server could not complete the request; reference " + reference, List.of());
      return;
    }
    if (!holding.holding) {
      return;
    }
    if (holding.writer != null) {
      holding.writer.flush();
    }
    int status = holding.getStatus();
    String body = holding.buffer.toString(StandardCharsets.UTF_8);
    if (status >= 500) {
      for (java.util.Map.Entry<Pattern, String> fault : CALLER_FAULTS.entrySet()) {
        if (fault.getKey().matcher(body).matches()) {
          LOG.info("Answered a caller's fault with 400 instead of {} on {} {}: {}", status, request.getMethod(),
              request.getRequestURI(), body);
          ErrorResponses.write(response, 400, "Bad Request", fault.getValue(), List.of());
          return;
        }
      }
    }
    if (status >= 500 || LEAK.matcher(body).matches()) {
      String reference = UUID.randomUUID().toString();
      LOG.warn("Replaced the body of a {} answer to {} {} (reference {}): {}", status, request.getMethod(),
          request.getRequestURI(), reference, body);
      String message = status >= 500
          ? "The server could not complete the request; reference " + reference
          : "The request was refused; reference " + reference;
      ErrorResponses.write(response, status, reasonOf(status), message, List.of());
      return;
    }
    response.setContentLength(holding.buffer.size());
    response.getOutputStream().write(holding.buffer.toByteArray());
  }

  private static String reasonOf(int status) {
    try {
      return org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase();
    } catch (IllegalArgumentException e) {
      return "Error";
    }
  }

  /** Passes successful bodies through; holds error bodies (decided at the first write). */
  private static final class Holding extends HttpServletResponseWrapper {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    boolean holding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Holding(HttpServletResponse response) {
      super(response);
    }

    private boolean decide() {
      if (stream == null && writer == null) {
        holding = getStatus() >= 400;
      }
      return holding;
    }

    @Override
    public void sendError(int sc) {
      sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String msg) {
      setStatus(sc);
      holding = true;
      buffer.reset();
      String text = msg == null ? reasonOf(sc) : msg;
      buffer.writeBytes(("{\"status\":" + sc + ",\"error\":\"" + reasonOf(sc) + "\",\"message\":\""
          + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8));
      setContentType("application/json");
    }

    @Override
    public void setContentLength(int len) {
      if (getStatus() < 400) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (getStatus() < 400) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (writer != null) {
        throw new IllegalStateException("getWriter() was called");
      }
      if (stream == null) {
        ServletOutputStream target = decide() ? null : super.getOutputStream();
        stream = target != null ? target : new ServletOutputStream() {
          @Override
          public void write(int b) {
            buffer.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        if (decide()) {
          writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), true);
          return writer;
        }
        writer = super.getWriter();
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (holding) {
        if (writer != null) {
          writer.flush();
        }
        return;
      }
      super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
      buffer.reset();
      if (!holding) {
        super.resetBuffer();
      }
    }

    @Override
    public void reset() {
      buffer.reset();
      super.reset();
      holding = false;
      stream = null;
      writer = null;
    }
  }
}
