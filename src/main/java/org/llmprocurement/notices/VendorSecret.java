package org.llmprocurement.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One notice secret of a vendor: row of {@code vendor_notice_secret}. The secret is held only
 * encrypted ({@link SecretCipher}); nothing here returns it in clear.
 */
@Entity
@Table(name = "vendor_notice_secret")
public class VendorSecret {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;

  @Column(name = "secret_encrypted", nullable = false, length = 1000)
  private String secretEncrypted;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(nullable = false, length = 30)
  private String fingerprint;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_by", length = 100)
  private String retiredBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected VendorSecret() {}

  VendorSecret(long vendorId, String secretEncrypted, String keyId, String fingerprint, String createdBy, Instant createdAt) {
    this.vendorId = vendorId;
    this.secretEncrypted = secretEncrypted;
    this.keyId = keyId;
    this.fingerprint = fingerprint;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void retire(String userId, Instant at) {
    this.retiredBy = userId;
    this.retiredAt = at;
  }

  String secretEncrypted() {
    return secretEncrypted;
  }

  public Long getId() { return id; }
  public Long getVendorId() { return vendorId; }
  /** Names the application key the secret was encrypted with. */
  public String getKeyId() { return keyId; }
  /** {@code sha256:} and the first 16 hex digits of the secret's SHA-256. */
  public String getFingerprint() { return fingerprint; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public String getRetiredBy() { return retiredBy; }
  public Instant getRetiredAt() { return retiredAt; }
  public boolean isActive() { return retiredAt == null; }
}
