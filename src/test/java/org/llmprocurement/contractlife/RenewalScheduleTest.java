package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The kick-off rule on calendar edges: month ends, leap days, a date already past. */
class RenewalScheduleTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

  @Test
  void kickOffIsTheDeadlineMinusTheLead() {
    // term end 2028-12-31, 90 days' notice: deadline 2028-10-02; 30 days earlier
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2028, 10, 2), 30, TODAY)).isEqualTo(LocalDate.of(2028, 9, 2));
  }

  @Test
  void leapYearsAndMonthEndsCountEveryCalendarDay() {
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2028, 3, 30), 30, TODAY)).as("through 29 February 2028")
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2027, 3, 30), 30, TODAY)).as("no leap day in 2027")
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2028, 4, 30), 60, TODAY)).isEqualTo(LocalDate.of(2028, 3, 1));
  }

  @Test
  void theLeadIsThirtyDaysAtEveryTierButSixtyAtCritical() {
    var thresholds = org.llmprocurement.catalogue.CatalogueFixtures.thresholdService();
    for (org.llmprocurement.domain.RiskTier tier : org.llmprocurement.domain.RiskTier.values()) {
      assertThat(thresholds.forTier(tier).getInt(RenewalSchedule.LEAD)).as(tier.name())
          .isEqualTo(tier == org.llmprocurement.domain.RiskTier.CRITICAL ? 60 : 30);
    }
  }

  @Test
  void aKickOffAlreadyPastIsToday() {
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2027, 2, 1), 30, TODAY)).isEqualTo(TODAY);
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2026, 12, 1), 30, TODAY)).as("even a deadline already past").isEqualTo(TODAY);
    assertThat(RenewalSchedule.kickOff(LocalDate.of(2027, 2, 14), 30, TODAY)).as("exactly today").isEqualTo(TODAY);
  }
}
