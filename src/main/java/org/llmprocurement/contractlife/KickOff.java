package org.llmprocurement.contractlife;

import java.time.LocalDate;

/**
 * When a review that must end before a date starts: the date minus a lead time, never before today.
 * Shared by the pre-renewal review (before the non-renewal deadline) and the pilot promotion review
 * (before the pilot end). UTC calendar dates (engine clock); engine-free.
 */
final class KickOff {

  private KickOff() {}

  /**
   * {@code date} minus {@code leadDays} calendar days, or {@code today} when that day has passed (an
   * entry registered or amended after it starts its review at once).
   *
   * @throws IllegalArgumentException negative lead days
   */
  static LocalDate before(LocalDate date, int leadDays, LocalDate today) {
    if (leadDays < 0) {
      throw new IllegalArgumentException("a lead time must not be negative, got " + leadDays + " days");
    }
    LocalDate planned = date.minusDays(leadDays);
    return planned.isBefore(today) ? today : planned;
  }
}
