package org.llmprocurement.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code negotiation_obligation}; read through {@link NegotiationObligations}. */
@Entity
@Table(name = "negotiation_obligation")
class NegotiationObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NegotiationObligation() {}

  NegotiationObligation(long procurementId, String kind, String description, String createdBy, Instant createdAt) {
    this.procurementId = procurementId;
    this.kind = kind;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  NegotiationObligations.Obligation toRecord() {
    return new NegotiationObligations.Obligation(kind, description, createdBy, createdAt);
  }
}
