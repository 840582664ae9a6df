package org.llmprocurement.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.review.ReviewStatus;

/** The review progress chart's counts: pending waivers and disputes are gaps, not decided. */
class ReviewProgressTest {

  @Test
  void decidedGapsAndOpenFollowWhatCountsAsAGap() {
    int[] counts = ReviewProgress.counts(List.of(ReviewStatus.MET, ReviewStatus.WAIVED, ReviewStatus.NOT_APPLICABLE,
        ReviewStatus.GAP, ReviewStatus.WAIVER_PENDING, ReviewStatus.DISPUTE_PENDING, ReviewStatus.OPEN, ReviewStatus.OPEN));
    assertThat(counts).containsExactly(3, 3, 2);
  }

  @Test
  void nothingToCountIsAllZero() {
    assertThat(ReviewProgress.counts(List.of())).containsExactly(0, 0, 0);
  }
}
