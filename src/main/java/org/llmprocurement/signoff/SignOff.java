package org.llmprocurement.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-off round of a procurement: where it stands, its blockers and what it sent back. */
@Entity
@Table(name = "sign_off")
public class SignOff {

  /** Where a round stands. */
  public enum Status {
    /** The functions' tasks are open. */
    OPEN,
    /** Every function approved and the gateway found nothing missing. */
    SIGNED,
    /** Every function approved but the gateway found problems; procurement decides where the case goes. */
    BLOCKED,
    BACK_TO_NEGOTIATION,
    BACK_TO_REVIEW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "sign_off_round", nullable = false)
  private int round;

  @Column(name = "risk_tier", nullable = false, length = 20)
  private String riskTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Status status;

  @Column(length = 100000)
  private String blockers;

  @Column(name = "return_reason", length = 4000)
  private String returnReason;

  @Column(name = "return_items", length = 4000)
  private String returnItems;

  @Column(name = "resolved_by", length = 100)
  private String resolvedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected SignOff() {}

  SignOff(long procurementId, String businessKey, int round, String riskTier, Instant startedAt) {
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.round = round;
    this.riskTier = riskTier;
    this.status = Status.OPEN;
    this.startedAt = startedAt;
  }

  void signed(Instant at) {
    status = Status.SIGNED;
    endedAt = at;
  }

  void blocked(String blockersJson) {
    status = Status.BLOCKED;
    blockers = blockersJson;
  }

  void sendBack(Status target, String reason, String items, String resolvedBy, Instant at) {
    status = target;
    returnReason = reason;
    returnItems = items;
    this.resolvedBy = resolvedBy;
    endedAt = at;
  }

  public Long getId() { return id; }
  public Long getProcurementId() { return procurementId; }
  public String getBusinessKey() { return businessKey; }
  public int getRound() { return round; }
  public String getRiskTier() { return riskTier; }
  public Status getStatus() { return status; }
  /** JSON list of the gateway's problems; null unless the round was blocked. */
  public String getBlockers() { return blockers; }
  public String getReturnReason() { return returnReason; }
  /** Comma-separated requirement ids; null when none were named. */
  public String getReturnItems() { return returnItems; }
  /** Who chose where a blocked round went; null otherwise. */
  public String getResolvedBy() { return resolvedBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getEndedAt() { return endedAt; }
}
