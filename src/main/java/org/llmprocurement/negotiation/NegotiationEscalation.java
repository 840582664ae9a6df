package org.llmprocurement.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A negotiation escalated to managers and what a manager decided: row of {@code negotiation_escalation}. */
@Entity
@Table(name = "negotiation_escalation")
class NegotiationEscalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "round_number", nullable = false)
  private int roundNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private NegotiationRules.EscalationReason reason;

  @Column(name = "reason_text", length = 4000)
  private String reasonText;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private EscalationChoice.Choice decision;

  @Column(length = 4000)
  private String comment;

  @Column(name = "expected_users")
  private Integer expectedUsers;

  @Column(length = 200)
  private String regions;

  @Column(length = 300)
  private String surfaces;

  @Column(name = "pilot_only")
  private Boolean pilotOnly;

  @Column(name = "tier_before", length = 20)
  private String tierBefore;

  @Column(name = "tier_after", length = 20)
  private String tierAfter;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected NegotiationEscalation() {}

  NegotiationEscalation(long procurementId, int roundNumber, NegotiationRules.EscalationReason reason, String reasonText,
      Instant at) {
    this.procurementId = procurementId;
    this.roundNumber = roundNumber;
    this.reason = reason;
    this.reasonText = NegotiationItem.clip(reasonText, 4000);
    this.openedAt = at;
  }

  void decide(EscalationChoice.Choice choice, String comment, String userId, Instant at) {
    this.decision = choice;
    this.comment = comment;
    this.decidedBy = userId;
    this.decidedAt = at;
  }

  void narrowing(Integer expectedUsers, String regions, String surfaces, boolean pilotOnly, String tierBefore) {
    this.expectedUsers = expectedUsers;
    this.regions = regions;
    this.surfaces = surfaces;
    this.pilotOnly = pilotOnly;
    this.tierBefore = tierBefore;
  }

  void tierAfter(String tier) {
    this.tierAfter = tier;
  }

  Long getId() { return id; }
  long getProcurementId() { return procurementId; }
  int getRoundNumber() { return roundNumber; }
  NegotiationRules.EscalationReason getReason() { return reason; }
  String getReasonText() { return reasonText; }
  EscalationChoice.Choice getDecision() { return decision; }
  String getComment() { return comment; }
  Integer getExpectedUsers() { return expectedUsers; }
  String getRegions() { return regions; }
  String getSurfaces() { return surfaces; }
  Boolean getPilotOnly() { return pilotOnly; }
  String getTierBefore() { return tierBefore; }
  String getTierAfter() { return tierAfter; }
  Instant getOpenedAt() { return openedAt; }
  String getDecidedBy() { return decidedBy; }
  Instant getDecidedAt() { return decidedAt; }
}
