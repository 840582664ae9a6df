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

  /** An entry's status moved (notice given, terminated, expired, or back to active). */
  public record StatusChanged(long contractId, String businessKey, ContractStatus status) {}
}
