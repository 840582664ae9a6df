package org.llmprocurement.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What consolidation found in one review round, with the gap list as it stood (JSON). */
@Entity
@Table(name = "review_outcome")
public class ReviewOutcome {

  public enum Outcome { READY_FOR_SIGN_OFF, NEGOTIATION_NEEDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "review_round", nullable = false)
  private int reviewRound;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Outcome outcome;

  @Column(name = "gap_count", nullable = false)
  private int gapCount;

  @Column(name = "no_go_gap_count", nullable = false)
  private int noGoGapCount;

  @Column(nullable = false, length = 100000)
  private String gaps;

  @Column(name = "consolidated_at", nullable = false)
  private Instant consolidatedAt;

  protected ReviewOutcome() {}

  ReviewOutcome(Long procurementId, int reviewRound, Outcome outcome, int gapCount, int noGoGapCount, String gaps, Instant at) {
    this.procurementId = procurementId;
    this.reviewRound = reviewRound;
    this.outcome = outcome;
    this.gapCount = gapCount;
    this.noGoGapCount = noGoGapCount;
    this.gaps = gaps;
    this.consolidatedAt = at;
  }

  public Long getId() { return id; }
  public Long getProcurementId() { return procurementId; }
  public int getReviewRound() { return reviewRound; }
  public Outcome getOutcome() { return outcome; }
  public int getGapCount() { return gapCount; }
  public int getNoGoGapCount() { return noGoGapCount; }
  public String getGaps() { return gaps; }
  public Instant getConsolidatedAt() { return consolidatedAt; }
}
