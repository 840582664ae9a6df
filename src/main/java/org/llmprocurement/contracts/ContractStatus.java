package org.llmprocurement.contracts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a register entry stands. Registration makes it {@link #ACTIVE}; the later stages (renewal,
 * vendor notices, exit) move it on, only along {@link #canMoveTo}. {@link #TERMINATED} and
 * {@link #EXPIRED} are final: such an entry is no longer amended.
 */
public enum ContractStatus {
  /** In force. */
  ACTIVE,
  /** Notice of termination or non-renewal has been given by either party; still in force. */
  NOTICE_GIVEN,
  /** Ended early by either party (DORA B_02.02.0090 gives the reason). */
  TERMINATED,
  /** Reached its term end without renewal. */
  EXPIRED;

  private static final Map<ContractStatus, Set<ContractStatus>> NEXT = Map.of(
      ACTIVE, EnumSet.of(NOTICE_GIVEN, TERMINATED, EXPIRED),
      // a notice can be withdrawn by agreement
      NOTICE_GIVEN, EnumSet.of(ACTIVE, TERMINATED, EXPIRED),
      TERMINATED, EnumSet.noneOf(ContractStatus.class),
      EXPIRED, EnumSet.noneOf(ContractStatus.class));

  /** Whether an entry in this status may move to {@code next}. */
  public boolean canMoveTo(ContractStatus next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether the entry is over: it can no longer be amended or moved. */
  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }
}
