package org.llmprocurement.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.review.ReviewStatus;

/**
 * Review progress of one function (owner role) of a procurement: how many of its items are
 * decided, how many are gaps and how many are still open, with each item. Counting follows
 * {@link ReviewStatus#countsAsGap()}: an item is decided unless it counts as a gap; of those, OPEN
 * ones are open and the rest (GAP, WAIVER_PENDING, DISPUTE_PENDING) are gaps.
 *
 * @param role the owning group ({@code security}, {@code legal}, ...)
 */
public record ReviewProgress(String role, int decided, int gaps, int open, List<ReviewItem> items) {

  /** Items grouped by their owner role, roles in the order given (roles without items are left out). */
  public static List<ReviewProgress> of(List<ReviewItem> items, List<String> roleOrder) {
    Map<String, List<ReviewItem>> byRole = new LinkedHashMap<>();
    roleOrder.forEach(role -> byRole.put(role, new ArrayList<>()));
    for (ReviewItem item : items) {
      byRole.computeIfAbsent(item.getOwnerRole(), r -> new ArrayList<>()).add(item);
    }
    List<ReviewProgress> progress = new ArrayList<>();
    byRole.forEach((role, list) -> {
      if (!list.isEmpty()) {
        int[] counts = counts(list.stream().map(ReviewItem::getStatus).toList());
        progress.add(new ReviewProgress(role, counts[0], counts[1], counts[2], List.copyOf(list)));
      }
    });
    return progress;
  }

  /** Decided, gaps and open among these statuses (in that order). */
  static int[] counts(List<ReviewStatus> statuses) {
    int open = (int) statuses.stream().filter(s -> s == ReviewStatus.OPEN).count();
    int gaps = (int) statuses.stream().filter(ReviewStatus::countsAsGap).count() - open;
    return new int[] {statuses.size() - gaps - open, gaps, open};
  }

  public int total() {
    return decided + gaps + open;
  }
}
