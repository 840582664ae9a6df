package org.llmprocurement.contracts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a register entry stands. Registration makes it {@link #ACTIVE}; the later stages (renewal,
 * vendor notices, exit) move it on, only along {@link #canMoveTo}. An entry that {@link #isEnded}
 * (terminated, expired or closed) is no longer amended; only the exit runbook's "Retain and close"
 * still moves a terminated or expired entry to {@link #CLOSED}, which is final.
 */
public enum ContractStatus {
  /** In force. */
  ACTIVE,
  /** Notice of termination or non-renewal has been given by either party (or an exit froze it); still in force. */
  NOTICE_GIVEN,
  /** Ended early by either party (DORA B_02.02.0090 gives the reason). */
  TERMINATED,
  /** Reached its term end without renewal. */
  EXPIRED,
  /** The exit runbook finished: our record is retained, nothing more happens on this entry. */
  CLOSED;

  private static final Map<ContractStatus, Set<ContractStatus>> NEXT = Map.of(
      ACTIVE, EnumSet.of(NOTICE_GIVEN, TERMINATED, EXPIRED, CLOSED),
      // a notice can be withdrawn by agreement
      NOTICE_GIVEN, EnumSet.of(ACTIVE, TERMINATED, EXPIRED, CLOSED),
      TERMINATED, EnumSet.of(CLOSED),
      EXPIRED, EnumSet.of(CLOSED),
      CLOSED, EnumSet.noneOf(ContractStatus.class));

  /** Whether an entry in this status may move to {@code next}. */
  public boolean canMoveTo(ContractStatus next) {
    return NEXT.get(this).contains(next);
  }

  /**
   * Whether the contract is over (terminated, expired or closed): the entry is no longer amended,
   * renewed or promoted, and no new work (evidence, deletion requests, new use cases) starts on it.
   * A terminated or expired entry may still be {@link #CLOSED} by the exit runbook.
   */
  public boolean isEnded() {
    return this == TERMINATED || this == EXPIRED || this == CLOSED;
  }

  /** Whether no move is left ({@link #CLOSED} only). */
  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }

  /** The names, comma-separated, for messages naming the allowed values. */
  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
