package org.llmprocurement.contractlife;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One owning function's view in a pre-renewal review: its advice (RENEW, RENEGOTIATE, EXIT) and comment. */
@Entity
@Table(name = "renewal_assessment")
public class RenewalAssessment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "review_id", nullable = false)
  private Long reviewId;

  @Column(nullable = false, length = 40)
  private String role;

  @Column(nullable = false, length = 20)
  private String advice;

  @Column(length = 4000)
  private String comment;

  @Column(name = "assessed_by", nullable = false, length = 100)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  protected RenewalAssessment() {}

  RenewalAssessment(long reviewId, String role, RenewalRules.Advice advice, String assessedBy, Instant assessedAt) {
    this.reviewId = reviewId;
    this.role = role;
    this.advice = advice.advice();
    this.comment = advice.comment();
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public Long getId() { return id; }
  public Long getReviewId() { return reviewId; }
  public String getRole() { return role; }
  public String getAdvice() { return advice; }
  public String getComment() { return comment; }
  public String getAssessedBy() { return assessedBy; }
  public Instant getAssessedAt() { return assessedAt; }
}
