package org.llmprocurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private final BusinessCalendar germany = new BusinessCalendar("de");

  @Test
  void weekendsAndPublicHolidaysAreNoBusinessDays() {
    assertThat(germany.isBusinessDay(LocalDate.of(2027, Month.MARCH, 3))).as("a Wednesday").isTrue();
    assertThat(germany.isBusinessDay(LocalDate.of(2027, Month.MARCH, 6))).as("a Saturday").isFalse();
    assertThat(germany.isBusinessDay(LocalDate.of(2027, Month.DECEMBER, 25))).as("Christmas").isFalse();
    assertThat(germany.isBusinessDay(LocalDate.of(2027, Month.OCTOBER, 4))).as("the Monday after unity day").isTrue();
    assertThat(germany.isBusinessDay(LocalDate.of(2027, Month.MARCH, 26))).as("Good Friday 2027").isFalse();
  }

  @Test
  void fiveBusinessDaysBeforeADeadlineSkipEasterAndTheWeekend() {
    // Tuesday 30 March 2027: back over Easter Monday (29th), the weekend and Good Friday (26th)
    assertThat(germany.minusBusinessDays(LocalDate.of(2027, Month.MARCH, 30), 5)).isEqualTo(LocalDate.of(2027, Month.MARCH, 19));
    assertThat(germany.minusBusinessDays(LocalDate.of(2027, Month.MARCH, 12), 5)).isEqualTo(LocalDate.of(2027, Month.MARCH, 5));
  }

  @Test
  void businessDaysForwardCrossTheYearEnd() {
    // Wednesday 23 December 2026: 24th, 28th, 29th, 30th, 31st are business days (25th, 26th holidays)
    assertThat(germany.plusBusinessDays(LocalDate.of(2026, Month.DECEMBER, 23), 5)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 31));
    assertThat(germany.plusBusinessDays(LocalDate.of(2026, Month.DECEMBER, 23), 6)).isEqualTo(LocalDate.of(2027, Month.JANUARY, 4));
  }

  @Test
  void zeroDaysRollsOffANonBusinessDay() {
    LocalDate saturday = LocalDate.of(2027, Month.MARCH, 6);
    assertThat(germany.plusBusinessDays(saturday, 0)).isEqualTo(LocalDate.of(2027, Month.MARCH, 8));
    assertThat(germany.minusBusinessDays(saturday, 0)).isEqualTo(LocalDate.of(2027, Month.MARCH, 5));
  }

  @Test
  void aRegionalCalendarAddsItsOwnHolidays() {
    LocalDate epiphany = LocalDate.of(2027, Month.JANUARY, 6);
    assertThat(germany.isBusinessDay(epiphany)).as("not a holiday everywhere in Germany").isTrue();
    assertThat(new BusinessCalendar("de-by").isBusinessDay(epiphany)).as("a holiday in Bavaria").isFalse();
  }

  @Test
  void anUnknownCountryAndNegativeDaysAreRefused() {
    assertThatThrownBy(() -> new BusinessCalendar("zz")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zz");
    assertThatThrownBy(() -> germany.minusBusinessDays(LocalDate.of(2027, 1, 4), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void companyDaysAreNoBusinessDays() {
    BusinessCalendar company = new BusinessCalendar("de", java.util.List.of("2026-12-24", " 2026-12-31 ", ""));
    assertThat(company.isBusinessDay(LocalDate.of(2026, Month.DECEMBER, 24))).as("Christmas Eve, a company day").isFalse();
    assertThat(germany.isBusinessDay(LocalDate.of(2026, Month.DECEMBER, 24))).as("no public holiday in Germany").isTrue();
    // Wednesday 23 December 2026: 24th (company), 25th, 26th (holidays), weekend, 31st (company) are skipped
    assertThat(company.plusBusinessDays(LocalDate.of(2026, Month.DECEMBER, 23), 3)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 30));
    assertThat(company.plusBusinessDays(LocalDate.of(2026, Month.DECEMBER, 23), 4)).isEqualTo(LocalDate.of(2027, Month.JANUARY, 4));
    assertThat(company.companyDays()).containsExactly(LocalDate.of(2026, Month.DECEMBER, 24), LocalDate.of(2026, Month.DECEMBER, 31));
  }

  @Test
  void aCompanyDayThatIsNoDateIsRefusedNamingIt() {
    assertThatThrownBy(() -> new BusinessCalendar("de", java.util.List.of("2026-12-24", "24.12.2026")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("llmp.calendar.company-days")
        .hasMessageContaining("24.12.2026");
  }
}
