package org.llmprocurement.notices.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;

/**
 * The contracted clocks of a vendor security incident, free of the engine: the figures the contract
 * sets (notice hours, update interval, root-cause and corrective-action-plan business days), late
 * notice, the business-day deadlines and the update check. Source of the figures: the contract's
 * obligations (code = the tier thresholds' key, figure as text), else the current tier thresholds.
 */
public final class IncidentRules {

  /** Hours from the vendor's awareness (even of a suspected incident) within which it must tell us. */
  public static final String SUSPECTED_HOURS = "breachNoticeSuspectedHours";
  /** Hours from the vendor's confirmation of a breach within which it must tell us. */
  public static final String CONFIRMED_HOURS = "breachNoticeConfirmedHours";
  /** Hours between the vendor's updates while the root cause is open. */
  public static final String UPDATE_HOURS = "breachUpdateHours";
  /** Business days from the notice by which the vendor delivers the root-cause report. */
  public static final String ROOT_CAUSE_DAYS = "rootCauseBusinessDays";
  /** Business days from the notice by which the vendor delivers the corrective-action plan. */
  public static final String CORRECTIVE_ACTION_DAYS = "correctiveActionBusinessDays";
  /** The figures, in this order. */
  public static final List<String> KEYS = List.of(SUSPECTED_HOURS, CONFIRMED_HOURS, UPDATE_HOURS, ROOT_CAUSE_DAYS,
      CORRECTIVE_ACTION_DAYS);

  private IncidentRules() {}

  /** Where a figure came from. */
  public enum Source {
    /** The contract's own obligation. */
    OBLIGATION,
    /** No usable obligation: the current tier thresholds at the contract's tier. */
    THRESHOLD
  }

  /** One figure and its source. */
  public record Figure(int value, Source source) {}

  /**
   * The contract's incident figures.
   *
   * @param suspectedHours hours from awareness to notice
   * @param confirmedHours hours from confirmation to notice
   * @param updateHours hours between updates
   * @param rootCauseDays business days from the notice to the root-cause report
   * @param correctiveActionDays business days from the notice to the corrective-action plan
   */
  public record Figures(Figure suspectedHours, Figure confirmedHours, Figure updateHours, Figure rootCauseDays,
      Figure correctiveActionDays) {

    /** The figures by key, for display ("24 (contract)" etc.). */
    public Map<String, Figure> byKey() {
      return Map.of(SUSPECTED_HOURS, suspectedHours, CONFIRMED_HOURS, confirmedHours, UPDATE_HOURS, updateHours,
          ROOT_CAUSE_DAYS, rootCauseDays, CORRECTIVE_ACTION_DAYS, correctiveActionDays);
    }
  }

  /**
   * The figures: for each key the strictest (smallest) positive whole figure among the contract's
   * obligations of that code; without one, the fallback (the current thresholds), at least 1.
   *
   * @param fallback the current thresholds' figure by key
   */
  public static Figures figures(Collection<Obligation> obligations, ToIntFunction<String> fallback) {
    List<Figure> found = new ArrayList<>();
    for (String key : KEYS) {
      OptionalInt own = obligations.stream().filter(o -> key.equals(o.code())).map(o -> whole(o.figure()))
          .filter(Optional::isPresent).mapToInt(Optional::get).filter(v -> v > 0).min();
      found.add(own.isPresent() ? new Figure(own.getAsInt(), Source.OBLIGATION)
          : new Figure(Math.max(1, fallback.applyAsInt(key)), Source.THRESHOLD));
    }
    return new Figures(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4));
  }

  private static Optional<Integer> whole(String figure) {
    try {
      return Optional.of(Integer.parseInt(figure.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Late notice: each contracted notice period the vendor overran, in words; empty when it told us
   * in time. Suspected: {@code toldAt - awareAt > suspectedHours}. Confirmed (when it confirmed the
   * incident before telling us): {@code toldAt - confirmedAt > confirmedHours}.
   */
  public static List<String> lateNotice(Instant awareAt, Instant confirmedAt, Instant toldAt, Figures figures) {
    List<String> late = new ArrayList<>();
    Duration sinceAware = Duration.between(awareAt, toldAt);
    int suspected = figures.suspectedHours().value();
    if (sinceAware.compareTo(Duration.ofHours(suspected)) > 0) {
      late.add("told us " + hours(sinceAware) + " after becoming aware (" + awareAt + "); the contract allows "
          + suspected + " hours");
    }
    if (confirmedAt != null && !confirmedAt.isAfter(toldAt)) {
      Duration sinceConfirmed = Duration.between(confirmedAt, toldAt);
      int confirmed = figures.confirmedHours().value();
      if (sinceConfirmed.compareTo(Duration.ofHours(confirmed)) > 0) {
        late.add("told us " + hours(sinceConfirmed) + " after confirming the incident (" + confirmedAt
            + "); the contract allows " + confirmed + " hours");
      }
    }
    return late;
  }

  /** A duration in hours and minutes, e.g. {@code 30 h 15 min}. */
  static String hours(Duration d) {
    long minutes = d.toMinutes();
    return minutes % 60 == 0 ? (minutes / 60) + " hours" : (minutes / 60) + " h " + (minutes % 60) + " min";
  }

  /**
   * A deadline in business days from the notice: the UTC date we were told plus {@code days}
   * business days ({@link BusinessCalendar#plusBusinessDays}; weekends, public holidays and company
   * days skipped). The vendor has the whole deadline day.
   */
  public static LocalDate deadline(Instant toldAt, int days, BusinessCalendar calendar) {
    return calendar.plusBusinessDays(toldAt.atZone(ZoneOffset.UTC).toLocalDate(), days);
  }

  /** When a deadline date has passed: 00:00 UTC of the day after it (timer and task due date). */
  public static Date passedAt(LocalDate deadline) {
    return BusinessCalendar.startOf(deadline.plusDays(1));
  }

  /**
   * The update check's cycle: every {@code updateHours} from when we were told, as an ISO-8601
   * repeating interval ({@code R/2026-12-01T08:30:00Z/PT24H}).
   */
  public static String updateCycle(Instant toldAt, int updateHours) {
    return "R/" + toldAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "/PT" + updateHours + "H";
  }

  /**
   * Whether an update was missed at a check: no notice or update of the incident arrived in the
   * {@code updateHours} before {@code checkAt} (a small tolerance of one minute for the timer).
   *
   * @param lastHeardAt when the vendor last told us anything about the incident
   */
  public static boolean updateMissed(Instant lastHeardAt, Instant checkAt, int updateHours) {
    return lastHeardAt.plus(Duration.ofHours(updateHours)).plusSeconds(60).isBefore(checkAt);
  }
}
