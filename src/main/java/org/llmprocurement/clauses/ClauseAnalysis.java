package org.llmprocurement.clauses;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param commitment the part of the clause that carries the binding commitment, the verb form that
 *     binds it and who is bound; null when nothing relevant binds
 */
public record ClauseAnalysis(
    Verdict verdict,
    List<WeakPhrase> weakPhrases,
    List<Figure> figures,
    List<Check> checks,
    List<String> missingElements,
    boolean binding,
    List<String> scopeFindings,
    String advice,
    Commitment commitment) {

  public ClauseAnalysis {
    weakPhrases = List.copyOf(weakPhrases);
    figures = List.copyOf(figures);
    checks = List.copyOf(checks);
    missingElements = List.copyOf(missingElements);
    scopeFindings = List.copyOf(scopeFindings);
  }

  /** The result without an explained commitment (kept for callers written before it existed). */
  public ClauseAnalysis(Verdict verdict, List<WeakPhrase> weakPhrases, List<Figure> figures, List<Check> checks,
      List<String> missingElements, boolean binding, List<String> scopeFindings, String advice) {
    this(verdict, weakPhrases, figures, checks, missingElements, binding, scopeFindings, advice, null);
  }

  /**
   * One line a reviewer can read in a review row: the verdict, what binds (verb form and the
   * start of the sentence carrying it), each checked figure against its bar, and each weak phrase
   * with whether it undermines the commitment or is harmless and why. Example: {@code MEETS -
   * binds by present tense 'notifies' (vendor): "Provider notifies Customer of a confirmed ..."; breach
   * notice confirmed: '36 hours' vs at most 48 hours, met.}
   */
  @JsonProperty("explanation")
  public String explanation() {
    return Explanation.line(this);
  }

  /** Whether a weak phrase takes effect on the commitment. */
  public enum Effect {
    /** It hedges, permits or disclaims the commitment: it decides the verdict. */
    UNDERMINES,
    /** Reported, but it does not weaken the commitment (bounded, conditional, a defined term, elsewhere). */
    HARMLESS
  }

  /**
   * A weak phrase as found in the text.
   *
   * @param effect whether it undermines the commitment or is harmless
   * @param reason why, in a few words ("bounded by the hard cap 'in any event within 24 hours'")
   */
  public record WeakPhrase(String phrase, WeakFamily family, int start, int end, Effect effect, String reason) {

    public WeakPhrase(String phrase, WeakFamily family, int start, int end) {
      this(phrase, family, start, end, Effect.UNDERMINES, null);
    }

    public boolean undermines() {
      return effect != Effect.HARMLESS;
    }
  }

  /**
   * The span that carries the commitment.
   *
   * @param text the part of the clause (a sentence or one limb of it)
   * @param form the verb form that binds it: "modal 'shall'", "present tense 'encrypts'", "'hereby assigns'",
   *     "lead-in ... distributed over the list", "service-level table row", "customer right 'may'" ...
   * @param bound who is bound or entitled: VENDOR, CUSTOMER (a right of ours) or NEUTRAL (passive, the data)
   */
  public record Commitment(String text, int start, int end, String form, String bound) {}

  /** A span of the clause text. */
  public record Span(String text, int start, int end) {}

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
   * @param span the part of the clause the figure sits in (the commitment it belongs to), or null
   * @param attachment why this figure was attached to this threshold ("lead time before the change",
   *     "next to 'p95'", "in the phrase naming 'root cause'"), or null when there is no figure
   */
  public record Check(String threshold, Double bar, ClauseRule.Unit unit, ClauseRule.Direction direction,
      Figure figure, boolean passed, Span span, String attachment) {

    public Check(String threshold, Double bar, ClauseRule.Unit unit, ClauseRule.Direction direction, Figure figure,
        boolean passed) {
      this(threshold, bar, unit, direction, figure, passed, null, null);
    }
  }
}
