package org.llmprocurement.contractlife;

import java.time.LocalDate;

/**
 * When a pilot's promotion review starts and when an unpromoted pilot is escalated. Dates are UTC
 * calendar dates (engine clock); engine-free.
 */
public final class PromotionTiming {

  private PromotionTiming() {}

  /**
   * The review's kick-off: {@code pilotEnd} minus {@code leadDays} calendar days
   * ({@code pilotPromotionLeadDays} of the contract's current tier, current thresholds), or
   * {@code today} when that day has passed (a pilot registered or amended late starts at once).
   *
   * @throws IllegalArgumentException negative lead days
   */
  public static LocalDate kickOff(LocalDate pilotEnd, int leadDays, LocalDate today) {
    return KickOff.before(pilotEnd, leadDays, today);
  }

  /**
   * The day an unpromoted pilot is escalated and flagged "used after pilot end": the day after the
   * pilot end date (the pilot's last day), or {@code today} when that has passed.
   */
  public static LocalDate escalation(LocalDate pilotEnd, LocalDate today) {
    LocalDate firstDayAfter = pilotEnd.plusDays(1);
    return firstDayAfter.isBefore(today) ? today : firstDayAfter;
  }
}
