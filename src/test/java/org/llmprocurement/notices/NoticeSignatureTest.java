package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.notices.NoticeSignature.Headers;
import org.llmprocurement.notices.NoticeSignature.Outcome;

/** The HMAC rule alone: what verifies, what is refused and why, with a fixed clock. */
class NoticeSignatureTest {

  static final String SECRET = "f3Jk9vQ2xLr8mWc4TzYb6Hn1PdGs5UaE0oKiVjRqXw7";
  static final String OTHER = "Zq8Wm3Lk7Yt2Rx9Pv4Nc6Bh1Gf5Dj0Sa8Ee3Ui7Oo2Kw";
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Duration WINDOW = Duration.ofMinutes(5);
  static final byte[] BODY = "{\"noticeId\":\"n-1\",\"contract\":\"P-1\"}".getBytes(StandardCharsets.UTF_8);

  private static Headers signed(String secret, long timestamp, byte[] body) {
    return new Headers("7", String.valueOf(timestamp), NoticeSignature.sign(secret, timestamp, body));
  }

  @Test
  void theSignatureIsWhatOpensslComputesFromTheDocumentedRecipe() {
    // printf '%s' '1764583200.{}' | openssl dgst -sha256 -hmac 'key'
    assertThat(NoticeSignature.sign("key", 1764583200L, "{}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=8e97d93ef31729bfe969a8a017c927632a324ed3d9c3f48fa712772891984f32");
  }

  @Test
  void theVendorsSignatureOverTimestampAndBodyVerifies() {
    long ts = NOW.getEpochSecond();
    assertThat(NoticeSignature.verify(signed(SECRET, ts, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.VALID);
  }

  @Test
  void upperCaseHexAndThePrefixInAnyCaseVerifyToo() {
    long ts = NOW.getEpochSecond();
    String hex = NoticeSignature.sign(SECRET, ts, BODY).substring(7).toUpperCase();
    assertThat(NoticeSignature.verify(new Headers("7", String.valueOf(ts), "SHA256=" + hex), BODY, List.of(SECRET), NOW, WINDOW))
        .isEqualTo(Outcome.VALID);
  }

  @Test
  void aWrongSecretAnAlteredBodyOrAMovedTimestampDoNotVerify() {
    long ts = NOW.getEpochSecond();
    assertThat(NoticeSignature.verify(signed(OTHER, ts, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.MISMATCH);
    byte[] altered = "{\"noticeId\":\"n-2\",\"contract\":\"P-1\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(NoticeSignature.verify(signed(SECRET, ts, BODY), altered, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.MISMATCH);
    Headers moved = new Headers("7", String.valueOf(ts + 1), NoticeSignature.sign(SECRET, ts, BODY));
    assertThat(NoticeSignature.verify(moved, BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.MISMATCH);
  }

  @Test
  void aVendorWithoutActiveSecretsNeverVerifies() {
    long ts = NOW.getEpochSecond();
    assertThat(NoticeSignature.verify(signed(SECRET, ts, BODY), BODY, List.of(), NOW, WINDOW)).isEqualTo(Outcome.MISMATCH);
  }

  @Test
  void duringARotationEitherActiveSecretVerifies() {
    long ts = NOW.getEpochSecond();
    assertThat(NoticeSignature.verify(signed(SECRET, ts, BODY), BODY, List.of(SECRET, OTHER), NOW, WINDOW)).isEqualTo(Outcome.VALID);
    assertThat(NoticeSignature.verify(signed(OTHER, ts, BODY), BODY, List.of(SECRET, OTHER), NOW, WINDOW)).isEqualTo(Outcome.VALID);
  }

  @Test
  void timestampsOutsideTheWindowEitherSideAreStaleEvenWithTheRightSecret() {
    long ts = NOW.getEpochSecond();
    assertThat(NoticeSignature.verify(signed(SECRET, ts - 300, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.VALID);
    assertThat(NoticeSignature.verify(signed(SECRET, ts + 300, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.VALID);
    assertThat(NoticeSignature.verify(signed(SECRET, ts - 301, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.STALE);
    assertThat(NoticeSignature.verify(signed(SECRET, ts + 301, BODY), BODY, List.of(SECRET), NOW, WINDOW)).isEqualTo(Outcome.STALE);
  }

  @Test
  void missingAndMalformedHeadersAreNamedBeforeAnySecretIsTried() {
    long ts = NOW.getEpochSecond();
    String sig = NoticeSignature.sign(SECRET, ts, BODY);
    assertThat(NoticeSignature.precheck(new Headers(null, String.valueOf(ts), sig), NOW, WINDOW)).isEqualTo(Outcome.MISSING);
    assertThat(NoticeSignature.precheck(new Headers("7", " ", sig), NOW, WINDOW)).isEqualTo(Outcome.MISSING);
    assertThat(NoticeSignature.precheck(new Headers("7", String.valueOf(ts), null), NOW, WINDOW)).isEqualTo(Outcome.MISSING);
    assertThat(NoticeSignature.precheck(new Headers("seven", String.valueOf(ts), sig), NOW, WINDOW)).isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", "2026-12-01T10:00:00Z", sig), NOW, WINDOW)).isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", "-5", sig), NOW, WINDOW)).isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", String.valueOf(ts), sig.substring(7)), NOW, WINDOW)).isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", String.valueOf(ts), "sha256=abc"), NOW, WINDOW)).isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", String.valueOf(ts), "sha256=" + "g".repeat(64)), NOW, WINDOW))
        .isEqualTo(Outcome.MALFORMED);
    assertThat(NoticeSignature.precheck(new Headers("7", String.valueOf(ts), sig), NOW, WINDOW)).isNull();
  }

  @Test
  void noRefusalExplanationNamesASecret() {
    for (Outcome outcome : Outcome.values()) {
      assertThat(outcome.explanation()).doesNotContain(SECRET).isNotBlank();
    }
  }
}
