package org.llmprocurement.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of {@code accepted_risk}; read through {@link AcceptedRisks}. */
@Entity
@Table(name = "accepted_risk")
class AcceptedRiskEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(nullable = false, length = 4000)
  private String justification;

  @Column(name = "risk_owner", nullable = false, length = 200)
  private String riskOwner;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "accepted_by", nullable = false, length = 100)
  private String acceptedBy;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  protected AcceptedRiskEntity() {}

  AcceptedRiskEntity(long procurementId, AcceptedRisk risk) {
    this.procurementId = procurementId;
    this.requirementId = risk.requirementId();
    this.justification = risk.justification();
    this.riskOwner = risk.owner();
    this.expiresOn = risk.expiresOn();
    this.acceptedBy = risk.acceptedBy();
    this.acceptedAt = risk.acceptedAt();
  }

  AcceptedRisk toRecord() {
    return new AcceptedRisk(requirementId, justification, riskOwner, expiresOn, acceptedBy, acceptedAt);
  }
}
