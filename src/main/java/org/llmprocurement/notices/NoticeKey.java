package org.llmprocurement.notices;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.llmprocurement.identity.AdminPasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * The application key that encrypts vendor notice secrets at rest: {@code llmp.notices.secret-key}
 * (environment variable {@code NOTICE_SECRET_KEY}), base64 of 32 random bytes. A key that is set
 * but malformed stops start-up. Without a key the demo profile uses a fixed development key (and
 * says so in the log); any other profile starts without one, and adding a secret is refused (503)
 * until the key is configured.
 */
@Component
class NoticeKey {

  private static final Logger LOG = LoggerFactory.getLogger(NoticeKey.class);
  /** Development and test only: known to anyone who reads this file. */
  static final byte[] DEMO_KEY = SecretCipher.sha256("llmp demo profile notice secret key, never for production".getBytes(StandardCharsets.US_ASCII));

  private final SecretCipher cipher;

  NoticeKey(@Value("${llmp.notices.secret-key:${NOTICE_SECRET_KEY:}}") String configured, ConfigurableEnvironment environment) {
    if (configured != null && !configured.isBlank()) {
      this.cipher = SecretCipher.fromBase64(configured);
      LOG.info("Vendor notice secrets are encrypted with the configured key {}", cipher.keyId());
    } else if (AdminPasswordPolicy.isDemo(environment)) {
      this.cipher = new SecretCipher(DEMO_KEY);
      LOG.warn("Vendor notice secrets are encrypted with the demo profile's built-in key {}: set NOTICE_SECRET_KEY"
          + " (openssl rand -base64 32) for anything but a demo", cipher.keyId());
    } else {
      this.cipher = null;
      LOG.warn("NOTICE_SECRET_KEY is not set: vendor notice secrets cannot be added, so no vendor can sign notices");
    }
  }

  /** The cipher, absent when no key is configured outside the demo profile. */
  Optional<SecretCipher> cipher() {
    return Optional.ofNullable(cipher);
  }
}
