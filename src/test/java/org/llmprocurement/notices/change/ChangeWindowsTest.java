package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.notices.change.ChangeWindows.NoticeFinding;
import org.llmprocurement.notices.change.ChangeWindows.Period;
import org.llmprocurement.notices.change.ChangeWindows.Source;

/** The window and deadline rules of change notices, without an engine. */
class ChangeWindowsTest {

  private static Obligation obligation(String code, String figure) {
    return new Obligation(code, "words", "REQ-1", "Title", code, figure, "DAYS");
  }

  @Test
  void theContractsOwnObligationWinsOverTheThresholdAndTheStrictestFigureCounts() {
    Period period = ChangeWindows.period(List.of(obligation("validationWindowDays", "30"),
        obligation("validationWindowDays", "14"), obligation("modelChangeNoticeDays", "60")),
        List.of("validationWindowDays"), "validationWindowDays", () -> 90);

    assertThat(period).isEqualTo(new Period(14, Source.OBLIGATION, "validationWindowDays"));
  }

  @Test
  void theObjectionWindowFallsBackToTheSubprocessorNoticeObligationThenToTheThreshold() {
    List<String> codes = List.of("subprocessorObjectionDays", "subprocessorNoticeDays");
    assertThat(ChangeWindows.period(List.of(obligation("subprocessorObjectionDays", "21"),
        obligation("subprocessorNoticeDays", "30")), codes, "subprocessorNoticeDays", () -> 45))
        .isEqualTo(new Period(21, Source.OBLIGATION, "subprocessorObjectionDays"));
    assertThat(ChangeWindows.period(List.of(obligation("subprocessorNoticeDays", "30")), codes, "subprocessorNoticeDays",
        () -> 45)).isEqualTo(new Period(30, Source.OBLIGATION, "subprocessorNoticeDays"));
    assertThat(ChangeWindows.period(List.of(obligation("subprocessorNoticeDays", "thirty")), codes,
        "subprocessorNoticeDays", () -> 45)).as("a figure that is no whole number is skipped")
        .isEqualTo(new Period(45, Source.THRESHOLD, "subprocessorNoticeDays"));
    assertThat(ChangeWindows.period(List.of(), codes, "subprocessorNoticeDays", () -> 0))
        .as("a fallback below one day counts as one").isEqualTo(new Period(1, Source.THRESHOLD, "subprocessorNoticeDays"));
  }

  @Test
  void lessAdvanceNoticeThanTheContractRequiresIsLateAndExactlyEnoughIsInTime() {
    Period required = new Period(30, Source.OBLIGATION, "modelChangeNoticeDays");
    LocalDate effective = LocalDate.of(2027, 3, 1);

    var inTime = ChangeWindows.noticeFinding(Instant.parse("2027-01-30T23:59:00Z"), effective, false, required);
    var late = ChangeWindows.noticeFinding(Instant.parse("2027-01-31T00:00:00Z"), effective, false, required);
    var afterTheFact = ChangeWindows.noticeFinding(Instant.parse("2027-03-03T08:00:00Z"), effective, false, required);

    assertThat(inTime.finding()).isEqualTo(NoticeFinding.IN_TIME);
    assertThat(inTime.givenDays()).isEqualTo(30);
    assertThat(inTime.breach()).isFalse();
    assertThat(late.finding()).isEqualTo(NoticeFinding.LATE_NOTICE);
    assertThat(late.givenDays()).isEqualTo(29);
    assertThat(late.describe()).isEqualTo("announced 29 days ahead; the contract requires 30 (modelChangeNoticeDays, obligation)");
    assertThat(afterTheFact.finding()).isEqualTo(NoticeFinding.LATE_NOTICE);
    assertThat(afterTheFact.givenDays()).isEqualTo(-2);
  }

  @Test
  void aChangeFoundWithoutNoticeIsUnannouncedWhateverTheDates() {
    var found = ChangeWindows.noticeFinding(null, LocalDate.of(2027, 3, 1), true,
        new Period(14, Source.THRESHOLD, "regionChangeNoticeDays"));

    assertThat(found.finding()).isEqualTo(NoticeFinding.UNANNOUNCED_CHANGE);
    assertThat(found.breach()).isTrue();
    assertThat(found.describe()).isEqualTo("found without notice; the contract requires 14 days' notice (regionChangeNoticeDays, threshold)");
  }

  @Test
  void theValidationWindowRunsFromTheEffectiveDateOrFromTheDayWeWereToldWhenLater() {
    Period window = new Period(30, Source.OBLIGATION, "validationWindowDays");

    assertThat(ChangeWindows.validationWindowEnd(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 2, 1), window))
        .isEqualTo(LocalDate.of(2027, 3, 3));
    assertThat(ChangeWindows.validationWindowEnd(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 1), window))
        .as("told after the change took effect").isEqualTo(LocalDate.of(2027, 3, 12));
  }

  @Test
  void theObjectionWindowRunsFromTheDayWeWereTold() {
    assertThat(ChangeWindows.objectionWindowEnd(LocalDate.of(2027, 1, 10), new Period(30, Source.THRESHOLD, "x")))
        .isEqualTo(LocalDate.of(2027, 2, 9));
  }

  @Test
  void theRollbackDeadlineSkipsWeekendsAndHolidays() {
    BusinessCalendar calendar = new BusinessCalendar("de");
    // Wednesday 23 December 2026: 24th is a working day, 25th and 26th are holidays, then a weekend
    assertThat(ChangeWindows.rollbackDeadline(LocalDate.of(2026, 12, 23), 2, calendar)).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(ChangeWindows.rollbackDeadline(LocalDate.of(2026, 12, 23), 0, calendar))
        .as("at least one business day").isEqualTo(LocalDate.of(2026, 12, 24));
  }

  @Test
  void aWindowIsDueAtMidnightUtcAfterItsLastDay() {
    assertThat(ChangeWindows.dueAt(LocalDate.of(2027, 2, 9)).toInstant()).isEqualTo(Instant.parse("2027-02-10T00:00:00Z"));
  }
}
