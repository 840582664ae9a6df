package org.llmprocurement.review;

/** Where one review item stands. */
public enum ReviewStatus {
  /** Not decided yet. */
  OPEN,
  /** A clause meets the requirement. */
  MET,
  /** Something is missing or wrong; negotiation needed. */
  GAP,
  /** The reviewer asks to waive it; counts as a gap until the approver agrees. */
  WAIVER_PENDING,
  /** Waived by the approver the thresholds decision names. */
  WAIVED,
  /** The reviewer disputes the clause analysis; counts as a gap until a manager agrees. */
  DISPUTE_PENDING,
  /** Set aside because the catalogue allows it for this procurement's scope. */
  NOT_APPLICABLE;

  public boolean countsAsGap() {
    return this == GAP || this == WAIVER_PENDING || this == DISPUTE_PENDING || this == OPEN;
  }
}
