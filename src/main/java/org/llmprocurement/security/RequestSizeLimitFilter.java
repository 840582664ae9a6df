package org.llmprocurement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413, whether announced by Content-Length or streamed
 * in chunks. Multipart uploads (contract documents) have their own, larger limit.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;

  RequestSizeLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      tooLarge(response);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, maxBytes);
    try {
      chain.doFilter(limited, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!limited.exceeded) {
        throw e;
      }
    }
    if (limited.exceeded && !response.isCommitted()) {
      response.reset();
      tooLarge(response);
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/json");
    response.getWriter().write("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"Request bodies are limited to " + maxBytes + " bytes\"}");
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private ServletInputStream stream;
    volatile boolean exceeded;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream delegate = super.getInputStream();
        stream = new ServletInputStream() {
          private long count;

          @Override
          public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(long n) throws IOException {
            count += n;
            if (count > maxBytes) {
              exceeded = true;
              throw new IOException("request body exceeds " + maxBytes + " bytes");
            }
          }

          @Override
          public boolean isFinished() {
            return delegate.isFinished();
          }

          @Override
          public boolean isReady() {
            return delegate.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
