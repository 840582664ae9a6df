package org.llmprocurement.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One breach of the contract by the vendor: row of {@code vendor_breach}. */
@Entity
@Table(name = "vendor_breach")
public class VendorBreach {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private BreachKind kind;

  @Column(name = "notice_id")
  private Long noticeId;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected VendorBreach() {}

  VendorBreach(long contractId, long vendorId, BreachKind kind, Long noticeId, String description, Instant occurredAt,
      Instant recordedAt) {
    this.contractId = contractId;
    this.vendorId = vendorId;
    this.kind = kind;
    this.noticeId = noticeId;
    this.description = description;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getVendorId() { return vendorId; }
  public BreachKind getKind() { return kind; }
  /** The notice whose handling found the breach, or {@code null}. */
  public Long getNoticeId() { return noticeId; }
  public String getDescription() { return description; }
  /** When the breach happened (e.g. when a deadline passed), not when it was recorded. */
  public Instant getOccurredAt() { return occurredAt; }
  public Instant getRecordedAt() { return recordedAt; }
}
