package org.llmprocurement.notices;

import java.util.List;
import java.util.Objects;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice secrets of each vendor: added by an operator, retired by an operator, at most
 * {@value #MAX_ACTIVE} active at once so a vendor can move from the old secret to the new one
 * without a gap. A third is refused (409) rather than retiring the oldest on its own: which secret
 * the vendor still signs with is the operator's call. Secrets are stored encrypted
 * ({@link SecretCipher}) and leave this class in clear only towards the signature check.
 */
@Service
public class VendorSecrets {

  /** Active secrets a vendor may have at once (old and new during a rotation). */
  public static final int MAX_ACTIVE = 2;
  private static final Logger LOG = LoggerFactory.getLogger(VendorSecrets.class);

  private final VendorSecretRepository secrets;
  private final VendorLookup vendors;
  private final NoticeKey key;

  VendorSecrets(VendorSecretRepository secrets, VendorLookup vendors, NoticeKey key) {
    this.secrets = secrets;
    this.vendors = vendors;
    this.key = key;
  }

  /**
   * The vendor's secrets, newest first, active and retired.
   *
   * @throws ApiException 404 when the vendor does not exist
   */
  @Transactional(readOnly = true)
  public List<VendorSecret> of(long vendorId) {
    if (!vendors.existsById(vendorId)) {
      throw ApiException.notFound("Vendor " + vendorId);
    }
    return secrets.findByVendorIdOrderByCreatedAtDescIdDesc(vendorId);
  }

  /**
   * Adds a secret for the vendor.
   *
   * @param secret what the operator entered ({@link SecretStrength})
   * @throws ApiException 404 unknown vendor, 400 naming every problem with the secret, 409 when the
   *     vendor has {@value #MAX_ACTIVE} active secrets already or this one is active already, 503 when
   *     no notice key is configured; nothing is written on refusal
   */
  @Transactional
  public VendorSecret add(long vendorId, Object secret, String userId) {
    SecretCipher cipher = key.cipher().orElseThrow(() -> new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
        "Vendor notice secrets cannot be stored: the application's notice key is not configured (NOTICE_SECRET_KEY)"));
    vendors.lockById(vendorId).orElseThrow(() -> ApiException.notFound("Vendor " + vendorId));
    List<String> problems = SecretStrength.problems(secret);
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The secret was not stored", problems);
    }
    String text = (String) secret;
    List<VendorSecret> active = secrets.findByVendorIdAndRetiredAtIsNullOrderByCreatedAtAscIdAsc(vendorId);
    if (active.stream().anyMatch(s -> text.equals(cipher.decrypt(vendorId, s.secretEncrypted())))) {
      throw new ApiException(HttpStatus.CONFLICT, "The secret was not stored", List.of("secret: is one of the vendor's active secrets already"));
    }
    if (active.size() >= MAX_ACTIVE) {
      throw new ApiException(HttpStatus.CONFLICT, "The secret was not stored", List.of("secret: vendor " + vendorId + " has "
          + MAX_ACTIVE + " active secrets (ids " + active.stream().map(s -> String.valueOf(s.getId())).toList()
          + "); retire the one the vendor no longer signs with first"));
    }
    return secrets.saveAndFlush(new VendorSecret(vendorId, cipher.encrypt(vendorId, text), cipher.keyId(),
        SecretCipher.fingerprint(text), userId, EngineClock.now()));
  }

  /**
   * Retires a secret: notices signed with it are refused from now on.
   *
   * @throws ApiException 404 unknown vendor or a secret that is not the vendor's, 409 retired already
   */
  @Transactional
  public VendorSecret retire(long vendorId, long secretId, String userId) {
    vendors.lockById(vendorId).orElseThrow(() -> ApiException.notFound("Vendor " + vendorId));
    VendorSecret secret = secrets.findById(secretId).filter(s -> Objects.equals(s.getVendorId(), vendorId))
        .orElseThrow(() -> ApiException.notFound("Notice secret " + secretId + " of vendor " + vendorId));
    if (!secret.isActive()) {
      throw new ApiException(HttpStatus.CONFLICT, "Notice secret " + secretId + " was retired already on " + secret.getRetiredAt());
    }
    secret.retire(userId, EngineClock.now());
    return secret;
  }

  /**
   * The vendor's active secrets in clear, for the signature check only; empty for an unknown vendor
   * or when no notice key is configured. A row that does not decrypt (written under another key) is
   * left out and logged.
   */
  @Transactional(readOnly = true)
  public List<String> active(long vendorId) {
    SecretCipher cipher = key.cipher().orElse(null);
    if (cipher == null) {
      return List.of();
    }
    return secrets.findByVendorIdAndRetiredAtIsNullOrderByCreatedAtAscIdAsc(vendorId).stream().map(s -> {
      String clear = cipher.decrypt(vendorId, s.secretEncrypted());
      if (clear == null) {
        LOG.warn("Notice secret {} of vendor {} does not decrypt with the notice key {} (written under key {}); add it again",
            s.getId(), vendorId, cipher.keyId(), s.getKeyId());
      }
      return clear;
    }).filter(Objects::nonNull).toList();
  }

  /** Whether this row decrypts with the configured key (false: written under another key, unusable). */
  boolean usable(VendorSecret secret) {
    return key.cipher().map(c -> c.keyId().equals(secret.getKeyId())).orElse(false);
  }
}
