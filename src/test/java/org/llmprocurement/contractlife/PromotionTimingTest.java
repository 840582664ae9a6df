package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** When a pilot's promotion review starts and when an unpromoted pilot is escalated. Engine-free. */
@Tag("unit")
class PromotionTimingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void theReviewStartsTheLeadTimeBeforeThePilotEnds() {
    assertThat(PromotionTiming.kickOff(LocalDate.of(2027, 6, 30), 30, TODAY)).isEqualTo(LocalDate.of(2027, 5, 31));
  }

  @Test
  void aKickOffAlreadyPastStartsToday() {
    assertThat(PromotionTiming.kickOff(TODAY.plusDays(10), 30, TODAY)).isEqualTo(TODAY);
    assertThat(PromotionTiming.kickOff(TODAY.minusDays(5), 30, TODAY)).isEqualTo(TODAY);
    assertThat(PromotionTiming.kickOff(TODAY.plusDays(30), 30, TODAY)).isEqualTo(TODAY);
  }

  @Test
  void leapYearsAndMonthEndsCountCalendarDays() {
    assertThat(PromotionTiming.kickOff(LocalDate.of(2028, 3, 1), 1, TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(PromotionTiming.kickOff(LocalDate.of(2028, 3, 30), 30, TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(PromotionTiming.kickOff(LocalDate.of(2027, 3, 31), 31, TODAY)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(PromotionTiming.escalation(LocalDate.of(2028, 2, 28), TODAY)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(PromotionTiming.escalation(LocalDate.of(2027, 12, 31), TODAY)).isEqualTo(LocalDate.of(2028, 1, 1));
  }

  @Test
  void noLeadTimeStartsOnThePilotEnd() {
    assertThat(PromotionTiming.kickOff(LocalDate.of(2027, 6, 30), 0, TODAY)).isEqualTo(LocalDate.of(2027, 6, 30));
  }

  @Test
  void anUnpromotedPilotIsEscalatedTheDayAfterItsEndOrAtOnce() {
    assertThat(PromotionTiming.escalation(LocalDate.of(2027, 6, 30), TODAY)).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(PromotionTiming.escalation(TODAY.minusDays(3), TODAY)).isEqualTo(TODAY);
  }

  @Test
  void aNegativeLeadIsRefused() {
    assertThatThrownBy(() -> PromotionTiming.kickOff(TODAY, -1, TODAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a lead time must not be negative, got -1 days");
    assertThatThrownBy(() -> RenewalSchedule.kickOff(TODAY, -1, TODAY)).as("the renewal's lead time too")
        .isInstanceOf(IllegalArgumentException.class);
  }
}
