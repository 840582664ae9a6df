package org.llmprocurement.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One function's approval or rejection in one sign-off round. */
@Entity
@Table(name = "sign_off_decision")
public class SignOffDecision {

  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String NEGOTIATION = "NEGOTIATION";
  public static final String REVIEW = "REVIEW";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sign_off_id", nullable = false)
  private Long signOffId;

  @Column(name = "function_key", nullable = false, length = 40)
  private String function;

  @Column(nullable = false, length = 20)
  private String decision;

  @Column(length = 4000)
  private String reason;

  @Column(name = "return_to", length = 20)
  private String returnTo;

  @Column(length = 4000)
  private String items;

  @Column(name = "decided_by", nullable = false, length = 100)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected SignOffDecision() {}

  SignOffDecision(long signOffId, String function, String decision, String reason, String returnTo, String items,
      String decidedBy, Instant decidedAt) {
    this.signOffId = signOffId;
    this.function = function;
    this.decision = decision;
    this.reason = reason;
    this.returnTo = returnTo;
    this.items = items;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public boolean rejected() { return REJECT.equals(decision); }
  /** The function (group id) decided for. */
  public String getFunction() { return function; }
  /** APPROVE or REJECT. */
  public String getDecision() { return decision; }
  public String getReason() { return reason; }
  /** For a rejection: NEGOTIATION (the vendor must change something) or REVIEW (a review error). */
  public String getReturnTo() { return returnTo; }
  /** Comma-separated requirement ids the rejection names; null when none. */
  public String getItems() { return items; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
