package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which secrets an operator may store: the lengths of 32 random bytes in base64 or hex, no patterns. */
class SecretStrengthTest {

  @Test
  void opensslBase64AndHexOf32RandomBytesPass() {
    assertThat(SecretStrength.problems("q4T0Qm9yZ2h7c2Vjcm4tZm9yLXZlbmRvci1ub3RpY2VzIQ==")).isEmpty();
    assertThat(SecretStrength.problems("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).isEmpty();
    assertThat(SecretStrength.problems("f3Jk9vQ2xLr8mWc4TzYb6Hn1PdGs5UaE0oKiVjRqXw7")).as("base64url, 43 characters").isEmpty();
  }

  @Test
  void shortSecretsAreRefusedWithTheLengthTheyNeed() {
    assertThat(SecretStrength.problems("f3Jk9vQ2xLr8mWc4TzYb6Hn1PdGs5UaE0oKiVjRqXw"))
        .containsExactly("secret: at least 43 characters (32 random bytes in base64, openssl rand -base64 32)");
    assertThat(SecretStrength.problems("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"))
        .containsExactly("secret: a hex secret needs at least 64 digits (32 random bytes, openssl rand -hex 32)");
  }

  @Test
  void missingSpacedLongAndPatternedSecretsAreRefused() {
    assertThat(SecretStrength.problems(null)).singleElement().asString().startsWith("secret: required");
    assertThat(SecretStrength.problems(42)).singleElement().asString().startsWith("secret: required");
    assertThat(SecretStrength.problems("")).singleElement().asString().startsWith("secret: required");
    assertThat(SecretStrength.problems("f3Jk9vQ2xLr8mWc4 TzYb6Hn1PdGs5UaE0oKiVjRqXw7"))
        .containsExactly("secret: printable ASCII characters only, no spaces");
    assertThat(SecretStrength.problems("f3Jk9vQ2xLr8mWc4TzYb6Hn1PdGs5UaE0oKiVjRqXw7".repeat(6)))
        .containsExactly("secret: at most 256 characters");
    assertThat(SecretStrength.problems("xyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxy"))
        .containsExactly("secret: uses fewer than 12 different characters; generate it at random");
  }
}
