package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter alone: only a verified request goes on, with its body and the vendor it proved; the engine clock decides staleness. */
class SignedNoticeFilterTest {

  static final String SECRET = NoticeSignatureTest.SECRET;
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  final VendorSecrets secrets = mock(VendorSecrets.class);
  final SignedNoticeFilter filter = new SignedNoticeFilter(secrets, Duration.ofMinutes(5));

  @BeforeEach
  void clock() {
    EngineClock.set(NOW);
    when(secrets.active(7L)).thenReturn(List.of(SECRET));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  private static MockHttpServletRequest request(byte[] body, String vendor, long timestamp, String secret) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/vendor-notices");
    request.setContentType("application/json");
    request.setContent(body);
    request.addHeader(NoticeSignature.VENDOR_HEADER, vendor);
    request.addHeader(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(timestamp));
    request.addHeader(NoticeSignature.SIGNATURE_HEADER, NoticeSignature.sign(secret, timestamp, body));
    return request;
  }

  @Test
  void aVerifiedNoticeGoesOnWithItsBodyAndVendor() throws Exception {
    byte[] body = "{\"noticeId\":\"n-1\"}".getBytes(StandardCharsets.UTF_8);
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request(body, "7", NOW.getEpochSecond(), SECRET), response, chain);

    assertThat(response.getStatus()).isEqualTo(200);
    SignedNotice signed = (SignedNotice) chain.getRequest().getAttribute(SignedNotice.ATTRIBUTE);
    assertThat(signed.vendorId()).isEqualTo(7L);
    assertThat(signed.body()).isEqualTo(body);
    assertThat(chain.getRequest().getInputStream().readAllBytes()).as("the controller reads the same bytes").isEqualTo(body);
  }

  @Test
  void aWrongSecretAnUnknownVendorAndAStaleClockAre401AndGoNoFurther() throws Exception {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    for (MockHttpServletRequest refused : List.of(
        request(body, "7", NOW.getEpochSecond(), NoticeSignatureTest.OTHER),
        request(body, "8", NOW.getEpochSecond(), SECRET),
        request(body, "7", NOW.getEpochSecond() - 301, SECRET),
        new MockHttpServletRequest("POST", "/api/vendor-notices"))) {
      MockFilterChain chain = new MockFilterChain();
      MockHttpServletResponse response = new MockHttpServletResponse();
      filter.doFilter(refused, response, chain);
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getHeader("WWW-Authenticate")).startsWith("HMAC-SHA256");
      assertThat(response.getContentAsString()).doesNotContain(SECRET);
      assertThat(chain.getRequest()).isNull();
    }
  }

  @Test
  void movingTheEngineClockMakesAnOldSignatureStale() throws Exception {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    MockHttpServletRequest request = request(body, "7", NOW.getEpochSecond(), SECRET);
    EngineClock.set(NOW.plus(Duration.ofMinutes(6)));
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).contains("replay window");
  }

  @Test
  void aBodyOverTheLimitIs413EvenWhenSigned() throws Exception {
    byte[] body = new byte[SignedNoticeFilter.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    MockFilterChain chain = new MockFilterChain();
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request(body, "7", NOW.getEpochSecond(), SECRET), response, chain);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
  }
}
