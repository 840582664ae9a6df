package org.llmprocurement.notices.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import org.llmprocurement.contracts.Obligation;

/**
 * Counting SLA violations towards the termination right, free of the engine.
 *
 * <p>A violation counts on the last day of its measurement period. The right arises when
 * {@code slaViolationsForTermination} violations fall within any {@code slaViolationWindowMonths}
 * months: a window runs from a violation's day up to, not including, the same day that many months
 * later (31 January + 6 months: up to 31 July). A new violation reaches the threshold when some
 * window holding it holds that many, so a violation reported late for an earlier month counts
 * where it belongs, and violations older than the window no longer count ("the window slides").
 */
public final class ViolationWindow {

  /** Obligation code and threshold key: violations that give the termination right. */
  public static final String COUNT_CODE = "slaViolationsForTermination";
  /** Obligation code and threshold key: the window, in months. */
  public static final String WINDOW_CODE = "slaViolationWindowMonths";

  private ViolationWindow() {}

  /** Where the threshold comes from. */
  public enum Source {
    /** The contract's own obligations (REM-TERM-01 met at signature). */
    OBLIGATION,
    /** No such obligation: the tier thresholds at the contract's tier. */
    THRESHOLD
  }

  /**
   * The termination threshold: so many violations within so many months.
   *
   * @param violations at least 1
   * @param months at least 1
   */
  public record Threshold(int violations, int months, Source source) {}

  /**
   * What counting found for a new violation.
   *
   * @param counted violations in the fullest window holding the new one, the new one included
   * @param windowStart first day of that window
   * @param windowEnd first day after that window
   * @param reached whether {@code counted} reaches the threshold
   */
  public record Count(int counted, LocalDate windowStart, LocalDate windowEnd, boolean reached) {}

  /**
   * The threshold: the contract's obligations when they name both figures (the smallest count and
   * the longest window, the strictest reading for the vendor); otherwise the tier's figures. A figure
   * below one counts as one.
   */
  public static Threshold threshold(Collection<Obligation> obligations, IntSupplier tierViolations, IntSupplier tierMonths) {
    OptionalInt count = obligations.stream().filter(o -> COUNT_CODE.equals(o.code())).map(o -> whole(o.figure()))
        .flatMap(Optional::stream).mapToInt(Integer::intValue).min();
    OptionalInt months = obligations.stream().filter(o -> WINDOW_CODE.equals(o.code())).map(o -> whole(o.figure()))
        .flatMap(Optional::stream).mapToInt(Integer::intValue).max();
    if (count.isPresent() && months.isPresent()) {
      return new Threshold(Math.max(1, count.getAsInt()), Math.max(1, months.getAsInt()), Source.OBLIGATION);
    }
    return new Threshold(Math.max(1, tierViolations.getAsInt()), Math.max(1, tierMonths.getAsInt()), Source.THRESHOLD);
  }

  /**
   * Counts the fullest window holding the new violation.
   *
   * @param earlier the days of the contract's other recorded violations (any order)
   * @param current the day of the new violation
   */
  public static Count count(Collection<LocalDate> earlier, LocalDate current, Threshold threshold) {
    List<LocalDate> all = new ArrayList<>(earlier);
    all.add(current);
    LocalDate bestStart = current;
    int best = 0;
    // the fullest window holding `current` starts on some violation's day no later than `current`
    for (LocalDate start : all) {
      LocalDate end = start.plusMonths(threshold.months());
      if (start.isAfter(current) || !current.isBefore(end)) {
        continue;
      }
      int n = (int) all.stream().filter(d -> !d.isBefore(start) && d.isBefore(end)).count();
      if (n > best || (n == best && start.isBefore(bestStart))) {
        best = n;
        bestStart = start;
      }
    }
    return new Count(best, bestStart, bestStart.plusMonths(threshold.months()), best >= threshold.violations());
  }

  private static Optional<Integer> whole(String figure) {
    try {
      return Optional.of(Integer.parseInt(figure.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
