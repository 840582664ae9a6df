package org.llmprocurement.contracts;

/**
 * What the register tells the later stages, as Spring events published inside the register's
 * transaction (a listener's failure rolls the change back).
 */
public final class ContractEvent {

  private ContractEvent() {}

  /** An entry entered the register (once per procurement). */
  public record Registered(long contractId, String businessKey) {}

  /** An entry changed (amendment, renewal, promotion): {@code version} is its new version. */
  public record Amended(long contractId, String businessKey, int version) {}

  /** An entry's status moved (notice given, terminated, expired, back to active, or closed by its exit). */
  public record StatusChanged(long contractId, String businessKey, ContractStatus status) {}

  /**
   * A stage decided that we leave this contract, or the vendor ends the service: the exit runbook
   * (package {@code exit}) starts, unless one is already running for the entry, in which case the
   * request is recorded on that exit. Published inside the deciding transaction.
   *
   * @param trigger what decided the exit
   * @param reason why, in the decider's words (10 to 2,000 characters)
   * @param requestedBy the deciding user, or {@code null} for system work
   */
  public record ExitRequested(long contractId, String businessKey, ExitTrigger trigger, String reason, String requestedBy) {}
}
