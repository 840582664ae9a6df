package org.llmprocurement.contracts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what looks like a secret value, so the access inventory refuses it: the inventory keeps
 * names, never secrets. Field names that announce a secret ({@code secret}, {@code password},
 * {@code token}, {@code apiKey}, {@code keyValue}, {@code privateKey}, {@code credential}…), known key
 * formats (OpenAI/Anthropic {@code sk-…}, AWS {@code AKIA…}, GitHub {@code ghp_…}, Slack {@code xox…},
 * Google {@code AIza…}, GitLab {@code glpat-…}, JSON Web Tokens, PEM blocks) and any long
 * random-looking run (20+ key characters, letters and digits mixed throughout, high entropy). A UUID is an identifier (an SSO
 * application's client id), not a secret, and passes. The problems never repeat the value.
 */
final class SecretSniffer {

  private record Format(String description, Pattern pattern) {}

  private static final List<Format> FORMATS = List.of(
      new Format("a PEM key or certificate block", Pattern.compile("-----BEGIN [A-Z ]+-----")),
      new Format("an API key of the form 'sk-…'", Pattern.compile("(?<![A-Za-z0-9])sk-[A-Za-z0-9_\\-]{16,}")),
      new Format("an AWS access key id ('AKIA…')", Pattern.compile("(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])")),
      new Format("a GitHub token", Pattern.compile("(?<![A-Za-z0-9])(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})")),
      new Format("a GitLab token ('glpat-…')", Pattern.compile("glpat-[A-Za-z0-9_\\-]{16,}")),
      new Format("a Slack token ('xox…')", Pattern.compile("xox[abprs]-[A-Za-z0-9\\-]{10,}")),
      new Format("a Google API key ('AIza…')", Pattern.compile("AIza[A-Za-z0-9_\\-]{30,}")),
      new Format("a JSON Web Token", Pattern.compile("eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.")));

  private static final Pattern SECRET_FIELD = Pattern.compile(
      "secret|passw|pwd|token|apikey|api_key|api-key|keyvalue|key_value|privatekey|private_key|credential|bearer");

  private static final Pattern UUID = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  static final int LONG_WORD = 20;

  /** A run of the characters keys are made of (base64 and hex alphabets), without separators such as - _ . : @. */
  private static final Pattern RUN = Pattern.compile("[A-Za-z0-9+/=]{" + LONG_WORD + ",}");

  static final double HIGH_ENTROPY_BITS = 3.5;

  private SecretSniffer() {}

  /** Whether a field of this name would carry a secret value. */
  static boolean secretFieldName(String field) {
    return SECRET_FIELD.matcher(field.toLowerCase(Locale.ROOT)).find();
  }

  /** What the text looks like if it looks like a secret ("an AWS access key id"), else empty. */
  static Optional<String> looksLikeSecret(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (Format format : FORMATS) {
      if (format.pattern().matcher(text).find()) {
        return Optional.of(format.description());
      }
    }
    java.util.regex.Matcher run = RUN.matcher(text);
    while (run.find()) {
      String word = run.group();
      if (!UUID.matcher(word).matches() && randomLooking(word)) {
        return Optional.of("a long random-looking string (" + word.length() + " characters)");
      }
    }
    return Optional.empty();
  }

  /**
   * Letters and digits (or both cases) mixed throughout: many changes of character class (a name
   * like {@code acmeassistintegration2026} changes once) and high entropy.
   */
  static boolean randomLooking(String word) {
    int transitions = 0;
    int previous = -1;
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    for (char c : word.toCharArray()) {
      int cls = Character.isDigit(c) ? 0 : Character.isLowerCase(c) ? 1 : Character.isUpperCase(c) ? 2 : 3;
      digit |= cls == 0;
      lower |= cls == 1;
      upper |= cls == 2;
      if (previous >= 0 && cls != previous) {
        transitions++;
      }
      previous = cls;
    }
    int classes = (digit ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0);
    return classes >= 2 && transitions * 4 >= word.length() && entropy(word) >= HIGH_ENTROPY_BITS;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String word) {
    int[] counts = new int[128];
    int other = 0;
    for (char c : word.toCharArray()) {
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits -= count == 0 ? 0 : (double) count / word.length() * (Math.log((double) count / word.length()) / Math.log(2));
    }
    if (other > 0) {
      bits -= (double) other / word.length() * (Math.log((double) other / word.length()) / Math.log(2));
    }
    return bits;
  }
}
