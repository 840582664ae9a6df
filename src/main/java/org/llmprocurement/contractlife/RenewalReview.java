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
 * One pre-renewal review of a register entry and its decision record: who decided, when, why, the
 * decision, the new term end, the items listed for renegotiation, how negotiation ended, the
 * outcome and whether managers were escalated to.
 */
@Entity
@Table(name = "renewal_review")
public class RenewalReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Column(name = "non_renewal_deadline", nullable = false)
  private LocalDate nonRenewalDeadline;

  @Column(name = "escalation_due_on", nullable = false)
  private LocalDate escalationDueOn;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(length = 20)
  private String decision;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 4000)
  private String reason;

  @Column(name = "new_term_end")
  private LocalDate newTermEnd;

  @Column(name = "listed_items", length = 4000)
  private String listedItems;

  @Column(name = "negotiation_outcome", length = 20)
  private String negotiationOutcome;

  @Column(length = 20)
  private String outcome;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected RenewalReview() {}

  RenewalReview(long contractId, long procurementId, String businessKey, String processInstanceId, LocalDate termEnd,
      LocalDate nonRenewalDeadline, LocalDate escalationDueOn, Instant startedAt) {
    this.contractId = contractId;
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.termEnd = termEnd;
    this.nonRenewalDeadline = nonRenewalDeadline;
    this.escalationDueOn = escalationDueOn;
    this.startedAt = startedAt;
  }

  void decide(RenewalRules.Decision d, String userId, Instant at) {
    this.decision = d.decision();
    this.decidedBy = userId;
    this.decidedAt = at;
    this.reason = d.reason();
    this.newTermEnd = d.newTermEnd();
    this.listedItems = d.requirementIds().isEmpty() ? null : String.join(",", d.requirementIds());
  }

  void reschedule(LocalDate termEnd, LocalDate nonRenewalDeadline, LocalDate escalationDueOn) {
    this.termEnd = termEnd;
    this.nonRenewalDeadline = nonRenewalDeadline;
    this.escalationDueOn = escalationDueOn;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  void negotiated(String negotiationOutcome) {
    this.negotiationOutcome = negotiationOutcome;
  }

  void close(String outcome, Instant at) {
    this.outcome = outcome;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getProcurementId() { return procurementId; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDate getTermEnd() { return termEnd; }
  public LocalDate getNonRenewalDeadline() { return nonRenewalDeadline; }
  public LocalDate getEscalationDueOn() { return escalationDueOn; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public String getDecision() { return decision; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getReason() { return reason; }
  public LocalDate getNewTermEnd() { return newTermEnd; }
  /** Requirement ids listed for renegotiation, comma-separated, or null. */
  public String getListedItems() { return listedItems; }
  public String getNegotiationOutcome() { return negotiationOutcome; }
  public String getOutcome() { return outcome; }
  public Instant getClosedAt() { return closedAt; }
}
