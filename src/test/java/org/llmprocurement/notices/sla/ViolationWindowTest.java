package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.notices.sla.ViolationWindow.Count;
import org.llmprocurement.notices.sla.ViolationWindow.Source;
import org.llmprocurement.notices.sla.ViolationWindow.Threshold;

@Tag("unit")
class ViolationWindowTest {

  private static final Threshold THREE_IN_SIX = new Threshold(3, 6, Source.THRESHOLD);

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void theContractsObligationsComeBeforeTheTier() {
    List<Obligation> own = List.of(SlaViolationRulesTest.obligation("slaViolationsForTermination", "4"),
        SlaViolationRulesTest.obligation("slaViolationWindowMonths", "12"));
    assertThat(ViolationWindow.threshold(own, () -> 3, () -> 6)).isEqualTo(new Threshold(4, 12, Source.OBLIGATION));
    // one figure alone is no term: the tier's pair applies
    assertThat(ViolationWindow.threshold(own.subList(0, 1), () -> 3, () -> 6)).isEqualTo(new Threshold(3, 6, Source.THRESHOLD));
    assertThat(ViolationWindow.threshold(List.of(), () -> 0, () -> 0)).isEqualTo(new Threshold(1, 1, Source.THRESHOLD));
  }

  @Test
  void threeInSixMonthsReachTheThreshold() {
    Count count = ViolationWindow.count(List.of(d("2026-01-31"), d("2026-03-31")), d("2026-06-30"), THREE_IN_SIX);
    assertThat(count.counted()).isEqualTo(3);
    assertThat(count.reached()).isTrue();
    assertThat(count.windowStart()).isEqualTo(d("2026-01-31"));
    assertThat(count.windowEnd()).isEqualTo(d("2026-07-31"));
  }

  @Test
  void violationsOlderThanTheWindowNoLongerCount() {
    Count count = ViolationWindow.count(List.of(d("2026-01-31"), d("2026-03-31")), d("2026-08-31"), THREE_IN_SIX);
    assertThat(count.counted()).isEqualTo(2);
    assertThat(count.reached()).isFalse();
    assertThat(count.windowStart()).isEqualTo(d("2026-03-31"));
    // the window ends before the same day six months later
    assertThat(ViolationWindow.count(List.of(d("2026-01-31"), d("2026-03-31")), d("2026-07-31"), THREE_IN_SIX).counted())
        .isEqualTo(2);
  }

  @Test
  void aLateReportForAnEarlierMonthCountsWhereItBelongs() {
    Count count = ViolationWindow.count(List.of(d("2026-01-31"), d("2026-09-30"), d("2026-10-31")), d("2026-03-31"),
        THREE_IN_SIX);
    assertThat(count.counted()).isEqualTo(2);
    count = ViolationWindow.count(List.of(d("2026-09-30"), d("2026-10-31")), d("2026-06-30"), THREE_IN_SIX);
    assertThat(count.counted()).isEqualTo(3);
    assertThat(count.windowStart()).isEqualTo(d("2026-06-30"));
  }

  @Test
  void theFirstViolationCountsOne() {
    Count count = ViolationWindow.count(List.of(), d("2026-11-30"), THREE_IN_SIX);
    assertThat(count.counted()).isEqualTo(1);
    assertThat(count.reached()).isFalse();
    assertThat(ViolationWindow.count(List.of(), d("2026-11-30"), new Threshold(1, 12, Source.OBLIGATION)).reached()).isTrue();
  }
}
