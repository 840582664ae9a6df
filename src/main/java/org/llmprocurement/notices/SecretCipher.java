package org.llmprocurement.notices;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts vendor notice secrets at rest with the application's notice key (AES-256-GCM, a random
 * 96-bit nonce per value, the vendor id bound in as associated data so a value copied to another
 * vendor's row does not decrypt). Stored form: base64 of nonce followed by ciphertext and tag.
 * {@link #keyId()} names the key (first 16 hex digits of a SHA-256 over it), so a row written under
 * another key is recognised instead of failing in silence.
 */
final class SecretCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final String keyId;

  /** @param key 32 bytes */
  SecretCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the notice secret key must be 32 bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
    this.keyId = HexFormat.of().formatHex(sha256(concat("llmp-notice-secret-key:".getBytes(StandardCharsets.US_ASCII), key)), 0, 8);
  }

  /**
   * The key from its configured text: base64 (standard or URL-safe) of exactly 32 bytes.
   *
   * @throws IllegalArgumentException naming what is wrong (never the value)
   */
  static SecretCipher fromBase64(String text) {
    byte[] bytes;
    try {
      String trimmed = text.strip();
      bytes = trimmed.contains("-") || trimmed.contains("_") ? Base64.getUrlDecoder().decode(trimmed) : Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("llmp.notices.secret-key (NOTICE_SECRET_KEY) is not base64; generate one with openssl rand -base64 32");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException("llmp.notices.secret-key (NOTICE_SECRET_KEY) must decode to 32 bytes, not " + bytes.length
          + "; generate one with openssl rand -base64 32");
    }
    return new SecretCipher(bytes);
  }

  String keyId() {
    return keyId;
  }

  String encrypt(long vendorId, String secret) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associated(vendorId));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The secret, or {@code null} when the value does not decrypt under this key for this vendor
   * (another key, another vendor's row, or altered).
   */
  String decrypt(long vendorId, String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      if (all.length <= NONCE_BYTES) {
        return null;
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(associated(vendorId));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  /** What the secret lists show instead of the secret: {@code sha256:} and the first 16 hex digits of its SHA-256. */
  static String fingerprint(String secret) {
    return "sha256:" + HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)), 0, 8);
  }

  private static byte[] associated(long vendorId) {
    return ("vendor-notice-secret:" + vendorId).getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }
}
