package org.llmprocurement.clauses;

import java.util.List;

/**
 * How a contract clause is judged against one catalogue requirement.
 *
 * <p>The catalogue file carries one rule per requirement (its {@code analysis} block); the clause
 * analysis reads it together with the thresholds of the procurement's tier.
 *
 * @param polarity whether the vendor must do something ({@link Polarity#OBLIGATION}) or must refrain
 *     from it ({@link Polarity#PROHIBITION}, e.g. "shall not use customer content to train")
 * @param elements what a clause must mention to meet the requirement; every element is needed
 * @param checks measurable bars, each compared with a figure found in the clause
 */
public record ClauseRule(Polarity polarity, List<Element> elements, List<ThresholdCheck> checks) {

  public ClauseRule {
    polarity = polarity == null ? Polarity.OBLIGATION : polarity;
    elements = elements == null ? List.of() : List.copyOf(elements);
    checks = checks == null ? List.of() : List.copyOf(checks);
  }

  public enum Polarity {
    OBLIGATION,
    PROHIBITION
  }

  /**
   * One thing the clause must cover.
   *
   * @param name shown to reviewers, e.g. "named services"
   * @param anyOf case-insensitive regular expressions; one match is enough
   */
  public record Element(String name, List<String> anyOf) {
    public Element {
      anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
  }

  /**
   * A measurable bar.
   *
   * @param threshold key of an output of the tier thresholds decision, e.g. {@code sev1AckMinutes}
   * @param unit the unit that decision output is expressed in
   * @param direction whether the clause's figure must be at least or at most the bar
   * @param near optional case-insensitive regular expression: the figure is taken from the part of
   *     the clause closest to a match (e.g. {@code p99}), for clauses that state several figures
   */
  public record ThresholdCheck(String threshold, Unit unit, Direction direction, String near) {}

  public enum Direction {
    AT_LEAST,
    AT_MOST
  }

  public enum Unit {
    PERCENT,
    MILLISECONDS,
    MINUTES,
    HOURS,
    BUSINESS_HOURS,
    DAYS,
    BUSINESS_DAYS,
    MONTHS,
    COUNT
  }
}
