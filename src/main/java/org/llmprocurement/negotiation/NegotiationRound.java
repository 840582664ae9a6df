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

/** One redline round with the vendor: row of {@code negotiation_round}. */
@Entity
@Table(name = "negotiation_round")
class NegotiationRound {

  /** Where a round stands. */
  enum Status {
    /** Procurement prepares the redline package. */
    PREPARING,
    /** Sent; the vendor's answers are awaited. */
    SENT,
    /** Every item answered; the changed items are re-decided. */
    ANSWERED,
    /** No answer by the escalation date. */
    SILENT,
    /** Re-decided and consolidated; {@code result} says what followed. */
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "round_number", nullable = false)
  private int roundNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Status status;

  @Column(name = "risk_tier", nullable = false, length = 20)
  private String riskTier;

  @Column(name = "return_reason", length = 4000)
  private String returnReason;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "sent_by", length = 100)
  private String sentBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "response_due")
  private Instant responseDue;

  @Column(name = "reminded_by", length = 100)
  private String remindedBy;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "reminder_note", length = 4000)
  private String reminderNote;

  @Column(name = "answers_closed_by", length = 100)
  private String answersClosedBy;

  @Column(name = "answers_closed_at")
  private Instant answersClosedAt;

  @Column(length = 30)
  private String result;

  @Column(name = "result_reason", length = 4000)
  private String resultReason;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected NegotiationRound() {}

  NegotiationRound(long procurementId, String businessKey, int roundNumber, String riskTier, String returnReason, Instant at) {
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.roundNumber = roundNumber;
    this.riskTier = riskTier;
    this.returnReason = returnReason;
    this.status = Status.PREPARING;
    this.openedAt = at;
  }

  void send(String userId, Instant at, Instant due) {
    status = Status.SENT;
    sentBy = userId;
    sentAt = at;
    responseDue = due;
  }

  void remind(String userId, String note, Instant at) {
    remindedBy = userId;
    remindedAt = at;
    reminderNote = note;
  }

  void closeAnswers(String userId, Instant at) {
    status = Status.ANSWERED;
    answersClosedBy = userId;
    answersClosedAt = at;
  }

  void silent(Instant at) {
    status = Status.SILENT;
    result = NegotiationRules.RoundResult.ESCALATE.name();
    resultReason = "The vendor did not answer by the escalation date";
    decidedAt = at;
  }

  void decide(NegotiationRules.Decision decision, Instant at) {
    status = Status.CLOSED;
    result = decision.result().name();
    resultReason = NegotiationItem.clip(decision.explanation(), 4000);
    decidedAt = at;
  }

  Long getId() { return id; }
  long getProcurementId() { return procurementId; }
  String getBusinessKey() { return businessKey; }
  int getRoundNumber() { return roundNumber; }
  Status getStatus() { return status; }
  String getRiskTier() { return riskTier; }
  String getReturnReason() { return returnReason; }
  Instant getOpenedAt() { return openedAt; }
  String getSentBy() { return sentBy; }
  Instant getSentAt() { return sentAt; }
  Instant getResponseDue() { return responseDue; }
  String getRemindedBy() { return remindedBy; }
  Instant getRemindedAt() { return remindedAt; }
  String getReminderNote() { return reminderNote; }
  String getAnswersClosedBy() { return answersClosedBy; }
  Instant getAnswersClosedAt() { return answersClosedAt; }
  String getResult() { return result; }
  String getResultReason() { return resultReason; }
  Instant getDecidedAt() { return decidedAt; }
}
