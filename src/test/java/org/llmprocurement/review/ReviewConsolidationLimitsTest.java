package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored gap list always fits its column, however long the reviewers' texts: every requirement
 * of the catalogue a gap with a 4,000-character finding and justification is still a list that a
 * 100,000-character column holds (a longer one failed consolidation and left the procurement stuck).
 */
class ReviewConsolidationLimitsTest {

  @Test
  void aGapListOfTheWholeCatalogueWithMaximalTextsFitsTheColumn() throws Exception {
    List<ReviewConsolidation.Gap> gaps = new ArrayList<>();
    for (int i = 0; i < 120; i++) { // the catalogue has 87 requirements
      gaps.add(new ReviewConsolidation.Gap("REQ-" + "X".repeat(36), "a".repeat(60), "data-governance", "DISPUTE_PENDING",
          true, ReviewItem.clip("f".repeat(4000), ReviewConsolidation.SUMMARY_CHARS),
          ReviewItem.clip("j".repeat(4000), ReviewConsolidation.SUMMARY_CHARS)));
    }
    assertThat(new ObjectMapper().writeValueAsString(gaps).length()).isLessThan(100_000);
    assertThat(gaps.get(0).finding()).hasSize(ReviewConsolidation.SUMMARY_CHARS).endsWith("\u2026");
  }
}
