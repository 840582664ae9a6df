package org.llmprocurement.notices.change;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;

/**
 * The windows and deadlines of change notices, in calendar days (UTC) unless named otherwise.
 * Engine-free; the figures come from the contract's obligations ({@code ObligationRules}) with the
 * current tier thresholds as fallback.
 *
 * <ul>
 *   <li>Advance notice: whole days from the day the vendor announced a change to the day it takes
 *       effect; fewer than the contract's notice days is late notice, a change found without any
 *       announcement is unannounced ({@link #noticeFinding}).
 *   <li>Validation window of a model change: the contract's {@code validationWindowDays} from the
 *       later of the effective date and the day we were told ({@link #validationWindowEnd}).
 *   <li>Objection window of a subprocessor change: the contract's {@code subprocessorObjectionDays}
 *       (else {@code subprocessorNoticeDays}) from the day we were told ({@link #objectionWindowEnd}).
 *   <li>Rollback deadline: {@code vendorResponseDays} business days after the decision to roll back.
 *   <li>A window or deadline ends at the end of its last day: the timer fires at 00:00 UTC of the day
 *       after ({@link #dueAt}).
 * </ul>
 */
public final class ChangeWindows {

  /** Where a figure came from. */
  public enum Source {
    /** The contract's own obligation. */
    OBLIGATION,
    /** No such obligation: the current tier thresholds at the contract's current tier. */
    THRESHOLD
  }

  /** A period in days, where it came from and the obligation code or threshold key it was read from. */
  public record Period(int days, Source source, String code) {}

  /** How a change was announced, measured against the contract's advance notice. */
  public enum NoticeFinding {
    /** Announced with at least the contracted advance notice. */
    IN_TIME,
    /** Announced, but with less advance notice than the contract requires. */
    LATE_NOTICE,
    /** Found by us without any announcement. */
    UNANNOUNCED_CHANGE
  }

  /**
   * The advance notice a change was given and what the contract requires.
   *
   * @param givenDays whole days from the announcement day to the effective day (negative when
   *     announced after it took effect); {@code null} for an unannounced change
   */
  public record Notice(NoticeFinding finding, Long givenDays, Period required) {

    /** Whether the change is a vendor breach (late or unannounced). */
    public boolean breach() {
      return finding != NoticeFinding.IN_TIME;
    }

    /** In words, for the breach record and the task. */
    public String describe() {
      return switch (finding) {
        case IN_TIME -> "announced " + givenDays + " days ahead; the contract requires " + required.days();
        case LATE_NOTICE -> "announced " + givenDays + " days ahead; the contract requires " + required.days()
            + " (" + required.code() + ", " + required.source().name().toLowerCase() + ")";
        case UNANNOUNCED_CHANGE -> "found without notice; the contract requires " + required.days() + " days' notice ("
            + required.code() + ", " + required.source().name().toLowerCase() + ")";
      };
    }
  }

  private ChangeWindows() {}

  /**
   * The strictest (smallest) positive whole-day figure among the contract's obligations of the
   * first code that has one, in the order given; without any, the fallback (a threshold key's
   * figure, at least one day).
   *
   * @param codes obligation codes in order of preference, e.g. {@code subprocessorObjectionDays}
   *     then {@code subprocessorNoticeDays}
   * @param fallbackKey the threshold key the fallback reads, named in the result
   */
  public static Period period(Collection<Obligation> obligations, List<String> codes, String fallbackKey, IntSupplier fallback) {
    for (String code : codes) {
      OptionalInt own = obligations.stream().filter(o -> code.equals(o.code())).map(o -> wholeDays(o.figure()))
          .filter(Optional::isPresent).mapToInt(Optional::get).filter(d -> d > 0).min();
      if (own.isPresent()) {
        return new Period(own.getAsInt(), Source.OBLIGATION, code);
      }
    }
    return new Period(Math.max(1, fallback.getAsInt()), Source.THRESHOLD, fallbackKey);
  }

  private static Optional<Integer> wholeDays(String figure) {
    try {
      return Optional.of(new BigDecimal(figure.strip()).intValueExact());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Late, unannounced or in time.
   *
   * @param announcedAt when the vendor announced the change; ignored when {@code discoveredWithoutNotice}
   * @param effectiveDate the day the change takes (or took) effect
   * @param discoveredWithoutNotice we found the change ourselves, without any announcement
   */
  public static Notice noticeFinding(Instant announcedAt, LocalDate effectiveDate, boolean discoveredWithoutNotice,
      Period required) {
    if (discoveredWithoutNotice || announcedAt == null) {
      return new Notice(NoticeFinding.UNANNOUNCED_CHANGE, null, required);
    }
    long given = ChronoUnit.DAYS.between(announcedAt.atZone(ZoneOffset.UTC).toLocalDate(), effectiveDate);
    return new Notice(given < required.days() ? NoticeFinding.LATE_NOTICE : NoticeFinding.IN_TIME, given, required);
  }

  /**
   * Last day of a model change's validation window: the window days counted from the effective
   * date, or from the day we were told when that is later (a change we hear of late still gets
   * the whole window).
   */
  public static LocalDate validationWindowEnd(LocalDate received, LocalDate effectiveDate, Period window) {
    LocalDate from = effectiveDate == null || received.isAfter(effectiveDate) ? received : effectiveDate;
    return from.plusDays(window.days());
  }

  /** Last day of a subprocessor objection window: the window days from the day we were told. */
  public static LocalDate objectionWindowEnd(LocalDate received, Period window) {
    return received.plusDays(window.days());
  }

  /**
   * Last day the vendor has to confirm a rollback: {@code businessDays} business days after the
   * decision day (at least one).
   */
  public static LocalDate rollbackDeadline(LocalDate decided, int businessDays, BusinessCalendar calendar) {
    return calendar.plusBusinessDays(decided, Math.max(1, businessDays));
  }

  /** 00:00 UTC of the day after the last day: the task is due and its timer fires. */
  public static Date dueAt(LocalDate lastDay) {
    return BusinessCalendar.startOf(lastDay.plusDays(1));
  }
}
