package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Secrets at rest: encrypted, bound to their vendor, unreadable under another key, never stored in clear. */
class SecretCipherTest {

  static final String SECRET = "f3Jk9vQ2xLr8mWc4TzYb6Hn1PdGs5UaE0oKiVjRqXw7";
  final SecretCipher cipher = new SecretCipher(new byte[32]);

  @Test
  void aSecretComesBackOnlyForItsVendor() {
    String stored = cipher.encrypt(7, SECRET);
    assertThat(stored).doesNotContain(SECRET);
    assertThat(cipher.decrypt(7, stored)).isEqualTo(SECRET);
    assertThat(cipher.decrypt(8, stored)).as("copied to another vendor's row").isNull();
    assertThat(cipher.encrypt(7, SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
  }

  @Test
  void anotherKeyOrAnAlteredValueDecryptsToNothing() {
    String stored = cipher.encrypt(7, SECRET);
    byte[] other = new byte[32];
    other[0] = 1;
    SecretCipher otherCipher = new SecretCipher(other);
    assertThat(otherCipher.decrypt(7, stored)).isNull();
    assertThat(otherCipher.keyId()).isNotEqualTo(cipher.keyId()).hasSize(16);
    byte[] bytes = Base64.getDecoder().decode(stored);
    bytes[bytes.length - 1] ^= 1;
    assertThat(cipher.decrypt(7, Base64.getEncoder().encodeToString(bytes))).isNull();
    assertThat(cipher.decrypt(7, "not base64!")).isNull();
  }

  @Test
  void theConfiguredKeyMustBeBase64Of32Bytes() {
    assertThat(SecretCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32])).keyId()).isEqualTo(cipher.keyId());
    assertThatThrownBy(() -> SecretCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("must decode to 32 bytes, not 16");
    assertThatThrownBy(() -> SecretCipher.fromBase64("this is not base64"))
        .hasMessageContaining("is not base64").hasMessageNotContaining("this is not");
  }

  @Test
  void theFingerprintIsTheStartOfTheSecretsSha256() {
    // printf '%s' abc | sha256sum
    assertThat(SecretCipher.fingerprint("abc")).isEqualTo("sha256:ba7816bf8f01cfea");
  }
}
