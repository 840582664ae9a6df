package org.llmprocurement.contractlife;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One promotion review of a pilot contract: procurement's decision on the production scope (who,
 * when, why), the tier before and after, the escalation at pilot end and the outcome.
 */
@Entity
@Table(name = "pilot_promotion")
public class PilotPromotion {

  /** Procurement's decision at "Confirm production scope". */
  public enum Decision { PROMOTE, END }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "pilot_end_date", nullable = false)
  private LocalDate pilotEndDate;

  @Column(length = 20)
  private String decision;

  @Column(length = 500)
  private String surfaces;

  @Column(length = 500)
  private String regions;

  @Column(name = "expected_users")
  private Integer expectedUsers;

  @Column(length = 2000)
  private String comment;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "tier_before", nullable = false, length = 20)
  private String tierBefore;

  @Column(name = "tier_after", length = 20)
  private String tierAfter;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(length = 20)
  private String outcome;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected PilotPromotion() {}

  PilotPromotion(long contractId, String businessKey, LocalDate pilotEndDate, String tierBefore, Instant now) {
    this.contractId = contractId;
    this.businessKey = businessKey;
    this.pilotEndDate = pilotEndDate;
    this.tierBefore = tierBefore;
    this.startedAt = now;
  }

  void pilotEnd(LocalDate date) {
    this.pilotEndDate = date;
  }

  void decide(Decision decision, String surfaces, String regions, Integer expectedUsers, String comment, String userId,
      Instant now) {
    this.decision = decision.name();
    this.surfaces = surfaces;
    this.regions = regions;
    this.expectedUsers = expectedUsers;
    this.comment = comment;
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  void tierAfter(String tier) {
    this.tierAfter = tier;
  }

  void escalated(Instant now) {
    if (escalatedAt == null) {
      escalatedAt = now;
    }
  }

  void end(String outcome, Instant now) {
    this.outcome = outcome;
    this.endedAt = now;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public LocalDate getPilotEndDate() { return pilotEndDate; }
  /** {@link Decision} name, or {@code null} before procurement decided. */
  public String getDecision() { return decision; }
  /** Production surfaces, comma-separated {@code Surface} names. */
  public String getSurfaces() { return surfaces; }
  /** Production regions, comma-separated {@code Region} names. */
  public String getRegions() { return regions; }
  public Integer getExpectedUsers() { return expectedUsers; }
  public String getComment() { return comment; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getTierBefore() { return tierBefore; }
  public String getTierAfter() { return tierAfter; }
  public Instant getEscalatedAt() { return escalatedAt; }
  /** {@link PilotPromotionProcess#PROMOTED} or {@link PilotPromotionProcess#ENDED}; {@code null} while open. */
  public String getOutcome() { return outcome; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getEndedAt() { return endedAt; }
}
