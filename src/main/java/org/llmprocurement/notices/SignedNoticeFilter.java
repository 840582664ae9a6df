package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.engine.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The authentication of {@code /api/vendor-notices}, in place of HTTP Basic: a body over
 * {@link #MAX_BODY_BYTES} is refused with 413, then the signature headers are checked
 * ({@link NoticeSignature}) against the vendor's active secrets with the engine clock and the replay
 * window; anything but a valid signature is refused with 401 before a byte is stored. A verified
 * request goes on with its body cached and a {@link SignedNotice} attribute.
 */
class SignedNoticeFilter extends OncePerRequestFilter {

  /** Largest notice accepted (bytes): what {@code vendor_notice.raw_body} holds. */
  static final int MAX_BODY_BYTES = VendorNotice.MAX_BODY_BYTES;
  private static final Logger LOG = LoggerFactory.getLogger(SignedNoticeFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final VendorSecrets secrets;
  private final Duration window;

  SignedNoticeFilter(VendorSecrets secrets, Duration window) {
    this.secrets = secrets;
    this.window = window;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.removeAttribute(SignedNotice.ATTRIBUTE);
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      tooLarge(response);
      return;
    }
    NoticeSignature.Headers headers = new NoticeSignature.Headers(request.getHeader(NoticeSignature.VENDOR_HEADER),
        request.getHeader(NoticeSignature.TIMESTAMP_HEADER), request.getHeader(NoticeSignature.SIGNATURE_HEADER));
    var now = EngineClock.now();
    NoticeSignature.Outcome outcome = NoticeSignature.precheck(headers, now, window);
    if (outcome == null) {
      outcome = NoticeSignature.verify(headers, body, secrets.active(headers.vendor()), now, window);
    }
    if (outcome != NoticeSignature.Outcome.VALID) {
      LOG.info("Vendor notice refused (401, {}) for {} {} from {}", outcome, NoticeSignature.VENDOR_HEADER,
          printable(headers.vendorId()), request.getRemoteAddr());
      unauthorized(response, outcome);
      return;
    }
    request.setAttribute(SignedNotice.ATTRIBUTE, new SignedNotice(headers.vendor(),
        NoticeSignature.wholeNumber(headers.timestamp()), body));
    // the body, read once here, offered again to the controller
    chain.doFilter(new org.llmprocurement.security.CachedBodyRequest(request, body), response);
  }

  private static String printable(String text) {
    if (text == null) {
      return "(none)";
    }
    String cut = text.length() > 20 ? text.substring(0, 20) + "..." : text;
    return cut.replaceAll("[^0-9A-Za-z._-]", "?");
  }

  private static void unauthorized(HttpServletResponse response, NoticeSignature.Outcome outcome) throws IOException {
    response.setHeader("WWW-Authenticate", "HMAC-SHA256 realm=\"vendor-notices\", headers=\""
        + NoticeSignature.VENDOR_HEADER + " " + NoticeSignature.TIMESTAMP_HEADER + " " + NoticeSignature.SIGNATURE_HEADER + "\"");
    write(response, 401, "Unauthorized", "The notice was not accepted: " + outcome.explanation(), List.of());
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    write(response, 413, "Payload Too Large", "Vendor notices are limited to " + MAX_BODY_BYTES + " bytes", List.of());
  }

  private static void write(HttpServletResponse response, int status, String error, String message, List<String> problems)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    if (!problems.isEmpty()) {
      body.put("problems", problems);
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
