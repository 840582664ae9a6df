package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The clause analysis's derived texts always fit their columns. */
@Tag("unit")
class ReviewItemClipTest {

  @Test
  void derivedTextsAreCutToTheirColumnsWithAnEllipsis() throws Exception {
    assertThat(ReviewItem.clip(null, 10)).isNull();
    assertThat(ReviewItem.clip("short", 10)).isEqualTo("short");
    assertThat(ReviewItem.clip("x".repeat(1001), ReviewItem.CONFLICT_LENGTH)).hasSize(1000).endsWith("\u2026");
    assertThat(ReviewItem.FINDING_LENGTH).isEqualTo(ReviewItem.class.getDeclaredField("finding").getAnnotation(Column.class).length());
    assertThat(ReviewItem.FIGURES_LENGTH).isEqualTo(ReviewItem.class.getDeclaredField("figures").getAnnotation(Column.class).length());
    assertThat(ReviewItem.CONFLICT_LENGTH).isEqualTo(ReviewItem.class.getDeclaredField("conflict").getAnnotation(Column.class).length());
  }
}
