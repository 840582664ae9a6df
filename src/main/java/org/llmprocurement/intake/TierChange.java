package org.llmprocurement.intake;

import org.llmprocurement.domain.RiskTier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a procurement's tier history: old tier, new tier, who and when. */
@Entity
@Table(name = "tier_change")
public class TierChange {

  public enum Kind { PROPOSED, CONFIRMED, RAISED, LOWERED, NARROWED }

  public enum Status { APPLIED, PENDING_APPROVAL, APPROVED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Enumerated(EnumType.STRING)
  @Column(name = "old_tier", length = 20)
  private RiskTier oldTier;

  @Enumerated(EnumType.STRING)
  @Column(name = "new_tier", nullable = false, length = 20)
  private RiskTier newTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(length = 4000)
  private String justification;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment", length = 4000)
  private String decisionComment;

  protected TierChange() {}

  TierChange(Long procurementId, RiskTier oldTier, RiskTier newTier, Kind kind, Status status,
      String justification, String changedBy, Instant changedAt) {
    this.procurementId = procurementId;
    this.oldTier = oldTier;
    this.newTier = newTier;
    this.kind = kind;
    this.status = status;
    this.justification = justification;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  void decide(boolean approved, String userId, String comment, Instant at) {
    this.status = approved ? Status.APPROVED : Status.REFUSED;
    this.decidedBy = userId;
    this.decisionComment = comment;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public Long getProcurementId() { return procurementId; }
  public RiskTier getOldTier() { return oldTier; }
  public RiskTier getNewTier() { return newTier; }
  public Kind getKind() { return kind; }
  public Status getStatus() { return status; }
  public String getJustification() { return justification; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionComment() { return decisionComment; }
}
