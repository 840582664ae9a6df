package org.llmprocurement.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One entry of a contract's access inventory: what gives us (or the vendor) access, by name, the
 * working group that owns it and revokes it at the exit, who recorded and last changed it. Retired,
 * never deleted: a retired entry keeps who retired it, when and why.
 */
@Entity
@Table(name = "contract_access_entry")
public class ContractAccessEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AccessKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "owner_group", nullable = false, length = 40)
  private String ownerGroup;

  @Column(length = 200)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccessEnvironment environment;

  @Column(length = 2000)
  private String description;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "removed_by", length = 100)
  private String removedBy;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "removal_reason", length = 2000)
  private String removalReason;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected ContractAccessEntry() {}

  ContractAccessEntry(long contractId, AccessRules.Fields fields, String userId, Instant now) {
    this.contractId = contractId;
    apply(fields);
    this.createdBy = userId;
    this.createdAt = now;
    this.updatedBy = userId;
    this.updatedAt = now;
  }

  void update(AccessRules.Fields fields, String userId, Instant now) {
    apply(fields);
    this.updatedBy = userId;
    this.updatedAt = now;
  }

  void retire(String reason, String userId, Instant now) {
    this.removedBy = userId;
    this.removedAt = now;
    this.removalReason = reason;
  }

  private void apply(AccessRules.Fields fields) {
    this.kind = fields.kind();
    this.name = fields.name();
    this.ownerGroup = fields.ownerGroup();
    this.owner = fields.owner();
    this.environment = fields.environment();
    this.description = fields.description();
  }

  AccessRules.Fields fields() {
    return new AccessRules.Fields(kind, name, ownerGroup, owner, environment, description);
  }

  /** Whether the entry still gives access (not retired). */
  public boolean isCurrent() { return removedAt == null; }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public AccessKind getKind() { return kind; }
  public String getName() { return name; }
  /** The working group that owns the entry and confirms its revocation at the exit. */
  public String getOwnerGroup() { return ownerGroup; }
  /** The person or team within the owner group, if given. */
  public String getOwner() { return owner; }
  public AccessEnvironment getEnvironment() { return environment; }
  public String getDescription() { return description; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public String getUpdatedBy() { return updatedBy; }
  public Instant getUpdatedAt() { return updatedAt; }
  public String getRemovedBy() { return removedBy; }
  public Instant getRemovedAt() { return removedAt; }
  public String getRemovalReason() { return removalReason; }
}
