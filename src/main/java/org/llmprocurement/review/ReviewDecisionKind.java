package org.llmprocurement.review;

/** What a reviewer decides for one item. */
public enum ReviewDecisionKind {
  MET,
  GAP,
  WAIVED,
  NOT_APPLICABLE
}
