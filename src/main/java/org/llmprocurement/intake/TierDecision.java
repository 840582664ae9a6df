package org.llmprocurement.intake;

import org.llmprocurement.domain.RiskTier;

/** How the tier procurement confirms compares with the tier the decision table proposed. */
public enum TierDecision {
  UNCHANGED,
  RAISED,
  LOWERED;

  static TierDecision compare(RiskTier proposed, RiskTier confirmed) {
    if (confirmed == proposed) {
      return UNCHANGED;
    }
    return confirmed.isStricterThan(proposed) ? RAISED : LOWERED;
  }
}
