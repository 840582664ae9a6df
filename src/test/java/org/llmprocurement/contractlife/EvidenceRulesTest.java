package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contractlife.EvidenceRules.Assessment;
import org.llmprocurement.contractlife.EvidenceRules.Held;
import org.llmprocurement.contractlife.EvidenceRules.Input;
import org.llmprocurement.contractlife.EvidenceRules.Open;
import org.llmprocurement.contractlife.EvidenceRules.Reason;
import org.llmprocurement.contractlife.EvidenceRules.Type;

/** The evidence timing rules, engine-free: states, lead times, cadence, due dates, next check. */
class EvidenceRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  private static final LocalDate SIGNED = LocalDate.of(2027, 1, 1);
  private static final Type SOC2 = new Type("SOC 2 Type II report", List.of("AUD-01"), 12, 90, 30);
  private static final Type MONTHLY = new Type("Monthly availability report", List.of("SLA-01", "SLA-02"), 3, 10, 10);

  private static Assessment assess(Type type, Held held, Open open, LocalDate lastRequested, int cadence) {
    return EvidenceRules.assess(new Input(type, held, open, lastRequested), cadence, SIGNED, TODAY);
  }

  @Test
  void validUntilIsTheEarlierOfTheExpiryAndTheIssueDatePlusTheMaximumAge() {
    assertThat(EvidenceRules.validUntil(new Held(LocalDate.of(2027, 1, 31), LocalDate.of(2028, 1, 1)), 3))
        .as("month end: 31 January + 3 months").isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(EvidenceRules.validUntil(new Held(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)), 3))
        .isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(EvidenceRules.validUntil(new Held(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1)), 0))
        .as("no maximum age").isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(EvidenceRules.validUntil(new Held(LocalDate.of(2028, 2, 29), LocalDate.of(2031, 1, 1)), 12))
        .as("leap day + 12 months").isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(EvidenceRules.validUntil(null, 12)).isNull();
  }

  @Test
  void missingEvidenceIsRequestedAtOnceDueAfterTheTypesResponseDays() {
    Assessment a = assess(SOC2, null, null, null, 0);
    assertThat(a.state()).isEqualTo(EvidenceRules.MISSING);
    assertThat(a.request()).isEqualTo(Reason.MISSING);
    assertThat(a.requestDueOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(a.nextCheck()).isNull();
  }

  @Test
  void expiredEvidenceIsRequestedAtOnceButTheLastValidDayItselfIsStillValid() {
    Held lastValidToday = new Held(LocalDate.of(2027, 1, 10), TODAY);
    Assessment today = assess(MONTHLY, lastValidToday, null, null, 0);
    assertThat(today.state()).as("valid on its last day, but within the lead time").isEqualTo(EvidenceRules.EXPIRING);
    assertThat(today.requestDueOn()).isEqualTo(TODAY);

    Assessment expired = assess(SOC2, new Held(LocalDate.of(2026, 1, 1), TODAY.minusDays(1)), null, null, 0);
    assertThat(expired.state()).isEqualTo(EvidenceRules.EXPIRED);
    assertThat(expired.request()).isEqualTo(Reason.EXPIRED);
    assertThat(expired.requestDueOn()).isEqualTo(TODAY.plusDays(30));
  }

  @Test
  void evidenceTurnsExpiringExactlyLeadDaysBeforeItsLastValidDayAndIsDueOnThatDay() {
    LocalDate lastValid = TODAY.plusDays(90);
    Assessment onTheDay = assess(SOC2, new Held(LocalDate.of(2026, 9, 1), lastValid), null, null, 0);
    assertThat(onTheDay.state()).isEqualTo(EvidenceRules.EXPIRING);
    assertThat(onTheDay.request()).isEqualTo(Reason.EXPIRING);
    assertThat(onTheDay.requestDueOn()).isEqualTo(lastValid);

    Assessment dayBefore = assess(SOC2, new Held(LocalDate.of(2026, 9, 1), lastValid.plusDays(1)), null, null, 0);
    assertThat(dayBefore.state()).isEqualTo(EvidenceRules.CURRENT);
    assertThat(dayBefore.request()).isNull();
    assertThat(dayBefore.nextCheck()).as("the day it turns expiring").isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void anOpenRequestIsNeverDuplicatedAndCarriesItsDueDateAndOverdueFlag() {
    Assessment a = assess(SOC2, null, new Open(TODAY.minusDays(2), true), TODAY.minusDays(40), 6);
    assertThat(a.state()).isEqualTo(EvidenceRules.MISSING);
    assertThat(a.request()).isNull();
    assertThat(a.requestDueOn()).isEqualTo(TODAY.minusDays(2));
    assertThat(a.overdue()).isTrue();
    assertThat(a.nextCheck()).isNull();
  }

  @Test
  void theCadenceAsksAgainMonthsAfterTheEffectiveDateOrTheLastRequestWhicheverIsLater() {
    Held current = new Held(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 1));
    // effective 1 January + 2 months = 1 March <= 10 March: due
    Assessment due = assess(SOC2, current, null, null, 2);
    assertThat(due.state()).isEqualTo(EvidenceRules.CURRENT);
    assertThat(due.request()).isEqualTo(Reason.CADENCE);
    assertThat(due.requestDueOn()).isEqualTo(TODAY.plusDays(30));

    // last request 1 February + 2 months = 1 April: not yet, checked again then
    Assessment later = assess(SOC2, current, null, LocalDate.of(2027, 2, 1), 2);
    assertThat(later.request()).isNull();
    assertThat(later.nextCheck()).isEqualTo(LocalDate.of(2027, 4, 1));

    // no cadence (LOW): only the expiry counts
    Assessment none = assess(SOC2, current, null, null, 0);
    assertThat(none.request()).isNull();
    assertThat(none.nextCheck()).as("issued + 12 months, minus 90 days").isEqualTo(LocalDate.of(2028, 1, 1).minusDays(90));
  }

  @Test
  void thePlanChecksAgainAtTheEarliestDateAndWithinTwelveMonths() {
    EvidenceRules.Plan plan = EvidenceRules.plan(List.of(
        new Input(SOC2, new Held(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), null, null),
        new Input(MONTHLY, new Held(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31)), null, null),
        new Input(new Type("Signed DPA", List.of("DPA-01"), 0, 30, 30), null, null, null)), 0, SIGNED, TODAY);
    assertThat(plan.requests()).extracting(a -> a.type().evidenceType()).containsExactly("Signed DPA");
    // monthly: 1 March + 3 months = 1 June, minus 10 days
    assertThat(plan.nextCheck()).isEqualTo(LocalDate.of(2027, 5, 22));

    EvidenceRules.Plan quiet = EvidenceRules.plan(List.of(
        new Input(new Type("Signed DPA", List.of("DPA-01"), 0, 30, 30), new Held(SIGNED, LocalDate.of(2035, 1, 1)), null, null)),
        0, SIGNED, TODAY);
    assertThat(quiet.requests()).isEmpty();
    assertThat(quiet.nextCheck()).isEqualTo(TODAY.plusMonths(EvidenceRules.MAX_WAIT_MONTHS));
    assertThat(EvidenceRules.plan(List.of(), 6, SIGNED, TODAY).nextCheck()).isEqualTo(TODAY.plusMonths(12));
  }
}
