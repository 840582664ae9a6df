package org.llmprocurement.notices;

/** What the vendor failed to do, as recorded against the contract in {@link VendorBreaches}. */
public enum BreachKind {
  /** A notice given later than the contract requires (advance notice days, incident notice hours). */
  LATE_NOTICE,
  /** A change we discovered without any notice from the vendor. */
  UNANNOUNCED_CHANGE,
  /** A contracted deadline passed without the deliverable (update, root cause report, action plan, rollback). */
  MISSED_DEADLINE,
  /** Our data stored or processed outside the regions the contract allows for its data type. */
  OUT_OF_REGION,
  /** SLA violations reached the contract's termination threshold in its window. */
  REPEATED_SLA_VIOLATIONS
}
