package org.llmprocurement.notices.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.notices.incident.IncidentRules.Figures;
import org.llmprocurement.notices.incident.IncidentRules.Source;

/** The contracted clocks of an incident: figures, late notice, business-day deadlines, the update check. */
@Tag("unit")
class IncidentRulesTest {

  private static final BusinessCalendar GERMANY = new BusinessCalendar("de");
  private static final BusinessCalendar COMPANY = new BusinessCalendar("de", List.of("2026-12-24", "2026-12-31"));
  /** The HIGH tier's current thresholds, as a fallback. */
  private static final Map<String, Integer> THRESHOLDS = Map.of("breachNoticeSuspectedHours", 24,
      "breachNoticeConfirmedHours", 48, "breachUpdateHours", 24, "rootCauseBusinessDays", 5, "correctiveActionBusinessDays", 10);

  static Obligation obligation(String code, String figure) {
    return new Obligation(code, "the vendor's duty", "INC-X", "Incident duty", code, figure, "HOURS");
  }

  private static Figures figures(Obligation... obligations) {
    return IncidentRules.figures(List.of(obligations), THRESHOLDS::get);
  }

  @Test
  void theContractsOwnFiguresWinAndTheThresholdsFillTheGaps() {
    Figures f = figures(obligation("breachNoticeSuspectedHours", "12"), obligation("breachNoticeSuspectedHours", "36"),
        obligation("rootCauseBusinessDays", "seven"), obligation("breachUpdateHours", "0"));
    assertThat(f.suspectedHours()).as("the strictest of two").isEqualTo(new IncidentRules.Figure(12, Source.OBLIGATION));
    assertThat(f.rootCauseDays()).as("no whole number").isEqualTo(new IncidentRules.Figure(5, Source.THRESHOLD));
    assertThat(f.updateHours()).as("zero is no figure").isEqualTo(new IncidentRules.Figure(24, Source.THRESHOLD));
    assertThat(f.confirmedHours().value()).isEqualTo(48);
  }

  @Test
  void noticeWithinTheContractedHoursIsInTime() {
    Instant aware = Instant.parse("2026-12-01T08:00:00Z");
    assertThat(IncidentRules.lateNotice(aware, null, aware.plusSeconds(24 * 3600), figures())).isEmpty();
  }

  @Test
  void noticeAfterTheSuspectedHoursIsLate() {
    Instant aware = Instant.parse("2026-12-01T08:00:00Z");
    assertThat(IncidentRules.lateNotice(aware, null, Instant.parse("2026-12-02T14:30:00Z"), figures()))
        .containsExactly("told us 30 h 30 min after becoming aware (2026-12-01T08:00:00Z); the contract allows 24 hours");
  }

  @Test
  void noticeLongAfterConfirmationIsLateOnBothCounts() {
    Instant aware = Instant.parse("2026-12-01T08:00:00Z");
    Instant confirmed = Instant.parse("2026-12-02T08:00:00Z");
    assertThat(IncidentRules.lateNotice(aware, confirmed, Instant.parse("2026-12-04T09:00:00Z"),
        figures(obligation("breachNoticeConfirmedHours", "24"))))
        .containsExactly("told us 73 hours after becoming aware (2026-12-01T08:00:00Z); the contract allows 24 hours",
            "told us 49 hours after confirming the incident (2026-12-02T08:00:00Z); the contract allows 24 hours");
  }

  @Test
  void aConfirmationAfterTheNoticeIsNoLateness() {
    Instant aware = Instant.parse("2026-12-01T08:00:00Z");
    assertThat(IncidentRules.lateNotice(aware, aware.plusSeconds(90_000), aware.plusSeconds(3_600), figures())).isEmpty();
  }

  @Test
  void businessDayDeadlinesSkipTheWeekend() {
    // Thursday 3 December 2026 + 5 business days: Fri 4, Mon 7, Tue 8, Wed 9, Thu 10
    Instant thursday = Instant.parse("2026-12-03T16:00:00Z");
    assertThat(IncidentRules.deadline(thursday, 5, GERMANY)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 10));
    assertThat(IncidentRules.passedAt(LocalDate.of(2026, Month.DECEMBER, 10)).toInstant())
        .as("the vendor has the whole deadline day").isEqualTo(Instant.parse("2026-12-11T00:00:00Z"));
  }

  @Test
  void businessDayDeadlinesSkipANationalHoliday() {
    // Thursday 25 March 2027 + 3 business days skips Good Friday (26th), the weekend and Easter Monday (29th):
    // Tue 30, Wed 31, Thu 1 April
    Instant thursday = Instant.parse("2027-03-25T10:00:00Z");
    assertThat(IncidentRules.deadline(thursday, 3, GERMANY)).isEqualTo(LocalDate.of(2027, Month.APRIL, 1));
  }

  @Test
  void businessDayDeadlinesSkipACompanyDay() {
    // Wednesday 23 December 2026 + 3 business days: 24th (company day), 25th/26th (holidays), weekend: 28, 29, 30
    Instant wednesday = Instant.parse("2026-12-23T09:00:00Z");
    assertThat(IncidentRules.deadline(wednesday, 3, GERMANY)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 29));
    assertThat(IncidentRules.deadline(wednesday, 3, COMPANY)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 30));
  }

  @Test
  void aNoticeAfterMidnightUtcCountsFromItsUtcDate() {
    Instant fridayNight = Instant.parse("2026-12-04T23:30:00Z");
    assertThat(IncidentRules.deadline(fridayNight, 1, GERMANY)).isEqualTo(LocalDate.of(2026, Month.DECEMBER, 7));
  }

  @Test
  void theUpdateCheckRunsEveryIntervalAndAsksForOneUpdatePerInterval() {
    Instant told = Instant.parse("2026-12-01T08:30:12.345Z");
    assertThat(IncidentRules.updateCycle(told, 24)).isEqualTo("R/2026-12-01T08:30:12Z/PT24H");
    Instant check = told.plusSeconds(24 * 3600);
    assertThat(IncidentRules.updateMissed(told, check, 24)).as("the notice itself counts for the first interval").isFalse();
    assertThat(IncidentRules.updateMissed(told, check.plusSeconds(24 * 3600), 24)).isTrue();
    assertThat(IncidentRules.updateMissed(told.plusSeconds(30 * 3600), check.plusSeconds(24 * 3600), 24)).isFalse();
  }

  @Test
  void theWorkedExampleOfTheDocs() {
    // docs/notices.md: HIGH thresholds, calendar de with company days 24 and 31 December 2026
    Instant told = Instant.parse("2026-12-23T10:00:00Z");
    assertThat(IncidentRules.lateNotice(Instant.parse("2026-12-21T16:00:00Z"), Instant.parse("2026-12-22T12:00:00Z"), told,
        figures())).containsExactly("told us 42 hours after becoming aware (2026-12-21T16:00:00Z); the contract allows 24 hours");
    assertThat(IncidentRules.deadline(told, 5, COMPANY)).isEqualTo(LocalDate.of(2027, Month.JANUARY, 5));
    assertThat(IncidentRules.deadline(told, 10, COMPANY)).isEqualTo(LocalDate.of(2027, Month.JANUARY, 12));
    assertThat(IncidentRules.passedAt(LocalDate.of(2027, Month.JANUARY, 5)).toInstant())
        .isEqualTo(Instant.parse("2027-01-06T00:00:00Z"));
  }
}
