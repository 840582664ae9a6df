package org.llmprocurement.notices;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a vendor notice: HMAC-SHA256, keyed with the vendor's notice secret (its UTF-8
 * bytes, exactly as the operator entered it), over {@code <timestamp> "." <raw body bytes>}, where
 * the timestamp is the {@value #TIMESTAMP_HEADER} header (whole seconds since 1970-01-01T00:00Z).
 * The {@value #SIGNATURE_HEADER} header carries {@code sha256=<64 lower- or upper-case hex digits>}.
 * Pure: no clock, no database; the caller passes "now" (the engine clock) and the vendor's active
 * secrets. Comparison is constant-time, and every active secret is tried (two during a rotation).
 */
public final class NoticeSignature {

  /** The vendor's id in our register (a whole number). */
  public static final String VENDOR_HEADER = "X-Vendor-Id";
  /** When the vendor signed the notice, in whole seconds since the epoch. */
  public static final String TIMESTAMP_HEADER = "X-Notice-Timestamp";
  /** {@code sha256=} followed by the hex HMAC-SHA256. */
  public static final String SIGNATURE_HEADER = "X-Notice-Signature";
  static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private NoticeSignature() {}

  /** Why a signature was accepted or refused; only {@link #VALID} lets a notice in. */
  public enum Outcome {
    VALID("the signature verifies"),
    MISSING("sign the notice: the headers " + VENDOR_HEADER + ", " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " are required"),
    MALFORMED(VENDOR_HEADER + " must be a whole number, " + TIMESTAMP_HEADER + " whole seconds since 1970-01-01T00:00Z and "
        + SIGNATURE_HEADER + " sha256= followed by 64 hex digits"),
    STALE(TIMESTAMP_HEADER + " is outside the replay window around our clock; sign the notice again with the current time"),
    /** Wrong secret, altered body or timestamp, unknown vendor or a vendor without an active secret: one answer for all. */
    MISMATCH("the signature does not verify with the vendor's notice secret");

    private final String explanation;

    Outcome(String explanation) {
      this.explanation = explanation;
    }

    /** A sentence for the 401 body; it never says which secret or vendor was tried. */
    public String explanation() {
      return explanation;
    }
  }

  /** The headers of a signed request as they arrived ({@code null} when absent). */
  public record Headers(String vendorId, String timestamp, String signature) {

    /** The vendor id when the header is a whole number, else {@code null}. */
    public Long vendor() {
      return wholeNumber(vendorId);
    }
  }

  /**
   * Checks the form of the headers and the timestamp, before any secret is looked up.
   *
   * @param now the engine clock
   * @param window how far the timestamp may lie before or after {@code now}
   * @return {@code null} when the headers may be verified against secrets, else the refusal
   */
  public static Outcome precheck(Headers headers, Instant now, Duration window) {
    if (blank(headers.vendorId()) || blank(headers.timestamp()) || blank(headers.signature())) {
      return Outcome.MISSING;
    }
    Long timestamp = wholeNumber(headers.timestamp());
    if (headers.vendor() == null || timestamp == null || digest(headers.signature()) == null) {
      return Outcome.MALFORMED;
    }
    long skew = Math.abs(now.getEpochSecond() - timestamp);
    if (skew > window.toSeconds()) {
      return Outcome.STALE;
    }
    return null;
  }

  /**
   * The full check: {@link #precheck}, then the HMAC against every active secret of the vendor.
   *
   * @param secrets the vendor's active secrets (empty for an unknown vendor)
   * @param body the raw request body, byte for byte
   */
  public static Outcome verify(Headers headers, byte[] body, List<String> secrets, Instant now, Duration window) {
    Outcome refused = precheck(headers, now, window);
    if (refused != null) {
      return refused;
    }
    byte[] given = digest(headers.signature());
    long timestamp = wholeNumber(headers.timestamp());
    boolean match = false;
    for (String secret : secrets) {
      // every secret is tried, so the time taken does not tell which one matched
      match |= MessageDigest.isEqual(given, hmac(secret, timestamp, body));
    }
    return match ? Outcome.VALID : Outcome.MISMATCH;
  }

  /** The {@value #SIGNATURE_HEADER} value a vendor sends: {@code sha256=<hex>} (lower case). */
  public static String sign(String secret, long timestamp, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac(secret, timestamp, body));
  }

  static byte[] hmac(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** The 32 bytes of a {@code sha256=<hex>} value, or {@code null} when it has another form. */
  static byte[] digest(String header) {
    if (header == null) {
      return null;
    }
    String value = header.strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      return null;
    }
    String hex = value.substring(PREFIX.length());
    if (hex.length() != 64) {
      return null;
    }
    try {
      return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A non-negative whole number of at most 18 digits, else {@code null}. */
  static Long wholeNumber(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.parseLong(value);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
