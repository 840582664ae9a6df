package org.llmprocurement.contracts;

/** What started the exit of a register entry (see {@link ContractEvent.ExitRequested}). */
public enum ExitTrigger {
  /** Procurement decided "exit" in the pre-renewal review, or the renewal negotiation was abandoned. */
  RENEWAL_DECISION,
  /** Legal exercised the termination right after repeated SLA violations. */
  SLA_TERMINATION,
  /** Data governance or legal decided to exit after a breach by the vendor (today: a region change outside the contract's regions). */
  BREACH_TERMINATION,
  /** The vendor terminates, suspends or materially changes the service and we decided to exit. */
  SERVICE_CHANGE,
  /** Procurement or a manager started the exit by hand (Tasklist or {@code POST /api/contracts/{id}/exit}). */
  MANUAL
}
