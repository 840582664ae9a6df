package org.llmprocurement.clauses;

import java.util.List;

/**
 * Result of {@link ClauseAnalyzer#analyze}. Positions are char offsets into the analysed text
 * ({@code start} inclusive, {@code end} exclusive).
 *
 * @param verdict what the clause amounts to
 * @param weakPhrases every weak phrase found, whether or not it qualifies the commitment
 * @param figures every measurable figure found, in text order
 * @param checks one per threshold check of the rule
 * @param missingElements names of rule elements the clause does not mention
 * @param binding whether a binding commitment (of the rule's polarity) qualifies the relevant parts
 * @param scopeFindings surfaces not covered, regions not allowed; empty for {@link Scope#none()}
 * @param advice one sentence a reviewer can act on
 */
public record ClauseAnalysis(
    Verdict verdict,
    List<WeakPhrase> weakPhrases,
    List<Figure> figures,
    List<Check> checks,
    List<String> missingElements,
    boolean binding,
    List<String> scopeFindings,
    String advice) {

  public ClauseAnalysis {
    weakPhrases = List.copyOf(weakPhrases);
    figures = List.copyOf(figures);
    checks = List.copyOf(checks);
    missingElements = List.copyOf(missingElements);
    scopeFindings = List.copyOf(scopeFindings);
  }

  /** A weak phrase as found in the text. */
  public record WeakPhrase(String phrase, WeakFamily family, int start, int end) {}

  /**
   * A measurable figure.
   *
   * @param text as found, e.g. "thirty (30) calendar days" or "between 24 and 48 hours"
   * @param value the number as written (for a range, the upper end)
   * @param unit the unit as understood, e.g. HOURS, BUSINESS_DAYS, PERCENT, SECONDS, COUNT
   * @param normalizedValue value in {@code normalizedUnit} (for a range, the upper end)
   * @param normalizedUnit PERCENT, MILLISECONDS, MINUTES, BUSINESS_MINUTES or COUNT
   * @param normalizedLow lower end of a range in {@code normalizedUnit}; equals normalizedValue otherwise
   */
  public record Figure(String text, double value, String unit, double normalizedValue, NormalizedUnit normalizedUnit,
      int start, int end, double normalizedLow) {

    public boolean isRange() {
      return normalizedLow != normalizedValue;
    }
  }

  /** Units figures are normalised to; one per measured quantity (durations have two bases). */
  public enum NormalizedUnit {
    PERCENT,
    MILLISECONDS,
    MINUTES,
    BUSINESS_MINUTES,
    COUNT
  }

  /**
   * One threshold check.
   *
   * @param threshold key of the tier thresholds, e.g. {@code breachNoticeConfirmedHours}
   * @param bar the tier's value, or null when the thresholds do not carry the key (then not checked, passed)
   * @param figure the figure compared with the bar, or null when the clause has none of that quantity
   */
  public record Check(String threshold, Double bar, ClauseRule.Unit unit, ClauseRule.Direction direction,
      Figure figure, boolean passed) {}
}
