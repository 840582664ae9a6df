package org.llmprocurement.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, read by our services too, so that a timestamp in our tables and a timer in the
 * engine agree, and a test that moves the engine clock moves both. Dates are UTC calendar dates.
 */
public final class EngineClock {

  private EngineClock() {}

  /** Now, as the engine sees it. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today's date in UTC, as the engine sees it. */
  public static LocalDate today() {
    return now().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** Sets the engine clock (tests and operations drills only). */
  public static void set(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Back to the system clock. */
  public static void reset() {
    ClockUtil.reset();
  }
}
