package org.llmprocurement.review;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How many gaps each procurement's review has: items decided as a gap, or waiting for a waiver
 * or a dispute to be decided (they count as gaps until then, {@link ReviewStatus#countsAsGap()});
 * undecided items are open, not gaps.
 */
@Component
public class ReviewGaps {

  /** The statuses counted. */
  public static final Set<ReviewStatus> GAPS = EnumSet.of(ReviewStatus.GAP, ReviewStatus.WAIVER_PENDING, ReviewStatus.DISPUTE_PENDING);

  private final ReviewItemRepository items;

  ReviewGaps(ReviewItemRepository items) {
    this.items = items;
  }

  /** Gap count per procurement id (0 for those with none or no review yet), one query. */
  public Map<Long, Long> count(Collection<Long> procurementIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (procurementIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows = items.countByProcurementAndStatus(procurementIds, GAPS);
    for (Object[] row : rows) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
