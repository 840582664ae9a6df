package org.llmprocurement.contractlife;

/** Where a deletion request stands. */
public enum DeletionStatus {
  /** Requested; the vendor's confirmation is not yet in and the deadline has not passed. */
  OPEN,
  /** The deadline passed without a confirmation; managers were escalated to. The task stays open. */
  OVERDUE,
  /** Data governance confirmed the vendor's deletion with a confirmation document. */
  CONFIRMED
}
