package org.llmprocurement.notices;

import java.util.ArrayList;
import java.util.List;

/**
 * What a vendor notice secret must look like to carry at least 256 bits of chance: printable ASCII
 * without spaces (it travels through shells and configuration files), at least 64 characters when
 * it is hex (4 bits a character) and at least 43 otherwise (base64 of 32 random bytes, 6 bits a
 * character), at most {@value #MAX_LENGTH} characters, and not a pattern of few characters. The
 * lengths are those of {@code openssl rand -hex 32} and {@code openssl rand -base64 32}. A
 * plausibility check on what the operator typed, not a proof of randomness.
 */
public final class SecretStrength {

  public static final int MIN_HEX_LENGTH = 64;
  public static final int MIN_LENGTH = 43;
  public static final int MAX_LENGTH = 256;
  public static final int MIN_DISTINCT = 12;

  private SecretStrength() {}

  /** Every problem with the secret, each starting with {@code secret:}; empty when it may be stored. */
  public static List<String> problems(Object value) {
    List<String> problems = new ArrayList<>();
    if (!(value instanceof String secret) || secret.isEmpty()) {
      problems.add("secret: required, text of at least " + MIN_LENGTH + " characters (e.g. the output of openssl rand -base64 32)");
      return problems;
    }
    if (!secret.chars().allMatch(c -> c > 32 && c < 127)) {
      problems.add("secret: printable ASCII characters only, no spaces");
    }
    if (secret.length() > MAX_LENGTH) {
      problems.add("secret: at most " + MAX_LENGTH + " characters");
    }
    boolean hex = secret.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    if (hex && secret.length() < MIN_HEX_LENGTH) {
      problems.add("secret: a hex secret needs at least " + MIN_HEX_LENGTH + " digits (32 random bytes, openssl rand -hex 32)");
    } else if (!hex && secret.length() < MIN_LENGTH) {
      problems.add("secret: at least " + MIN_LENGTH + " characters (32 random bytes in base64, openssl rand -base64 32)");
    }
    if (secret.chars().distinct().count() < MIN_DISTINCT) {
      problems.add("secret: uses fewer than " + MIN_DISTINCT + " different characters; generate it at random");
    }
    return problems;
  }
}
