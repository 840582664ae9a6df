package org.llmprocurement.notices.change;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmprocurement.security.TextRules;

/**
 * Reads what people submit on the change notices' task forms; every problem names its field.
 * Engine-free: the task guards call these and write nothing on a refusal.
 */
public final class ChangeDecisions {

  public static final int MIN_TEXT = 10;
  public static final int MAX_TEXT = 4000;

  /** How much a model change affects our use. */
  public enum Impact { LOW, MEDIUM, HIGH }

  /** What to do about a model change (an assessment recommends one; the decision takes one). */
  public enum ModelDecision { ACCEPT, ROLL_BACK, RENEGOTIATE }

  /** What to do about a subprocessor change. */
  public enum SubprocessorDecision { OBJECT, ACCEPT }

  /** What to do about a change that takes data outside the contract's regions. */
  public enum RegionDecision { SUSPEND, RENEGOTIATE, EXIT }

  /** Data governance's residency finding. */
  public enum Residency { WITHIN, OUTSIDE }

  /** What renegotiating with the vendor came to. */
  public enum Renegotiation { AGREED, NOT_AGREED }

  /** One group's impact assessment. */
  public record Assessment(Impact impact, ModelDecision recommendation, String findings) {}

  /** A decision with its reason. */
  public record Decision<E extends Enum<E>>(E choice, String reason) {}

  /** A residency finding with its note ({@code null} when none was given). */
  public record ResidencyCheck(Residency residency, String note) {}

  public static final String IMPACT = "impact";
  public static final String RECOMMENDATION = "recommendation";
  public static final String FINDINGS = "findings";
  public static final String DECISION = "decision";
  public static final String REASON = "reason";
  public static final String ROLLED_BACK = "rolledBack";
  public static final String ROLLBACK_NOTE = "rollbackNote";
  public static final String RENEGOTIATION_OUTCOME = "renegotiationOutcome";
  public static final String RENEGOTIATION_SUMMARY = "renegotiationSummary";
  public static final String RESIDENCY = "residency";
  public static final String RESIDENCY_NOTE = "residencyNote";

  private ChangeDecisions() {}

  /** An impact assessment: impact, recommendation and findings (10–4,000 characters) all required. */
  public static Assessment assessment(Map<String, Object> values, List<String> problems) {
    Impact impact = choice(values, IMPACT, Impact.class, problems);
    ModelDecision recommendation = choice(values, RECOMMENDATION, ModelDecision.class, problems);
    String findings = text(values, FINDINGS, true, problems);
    return new Assessment(impact, recommendation, findings);
  }

  /** A decision of the type's choices with a reason (10–4,000 characters), both required. */
  public static <E extends Enum<E>> Decision<E> decision(Map<String, Object> values, Class<E> type, List<String> problems) {
    E choice = choice(values, DECISION, type, problems);
    String reason = text(values, REASON, true, problems);
    return new Decision<>(choice, reason);
  }

  /** IT's confirmation of a rollback: ticked, with how it was checked (10–4,000 characters). */
  public static String rollback(Map<String, Object> values, List<String> problems) {
    if (!Boolean.TRUE.equals(values.get(ROLLED_BACK))) {
      problems.add(ROLLED_BACK + ": confirm that the vendor serves the pinned version again; until then leave the task open");
    }
    return text(values, ROLLBACK_NOTE, true, problems);
  }

  /** What renegotiation came to, with a summary (10–4,000 characters). */
  public static Decision<Renegotiation> renegotiation(Map<String, Object> values, List<String> problems) {
    Renegotiation outcome = choice(values, RENEGOTIATION_OUTCOME, Renegotiation.class, problems);
    String summary = text(values, RENEGOTIATION_SUMMARY, true, problems);
    return new Decision<>(outcome, summary);
  }

  /**
   * Data governance's residency finding. WITHIN is refused while the comparison finds regions
   * outside the contract (naming them); OUTSIDE against a comparison that finds none needs a note
   * saying why. A note is otherwise optional.
   *
   * @param outside the comparison's regions outside the contract, in words; empty when within
   */
  public static ResidencyCheck residency(Map<String, Object> values, List<String> outside, List<String> problems) {
    Residency residency = choice(values, RESIDENCY, Residency.class, problems);
    boolean noteRequired = residency == Residency.OUTSIDE && outside.isEmpty();
    String note = text(values, RESIDENCY_NOTE, false, problems);
    if (residency == Residency.WITHIN && !outside.isEmpty()) {
      problems.add(RESIDENCY + ": the change is outside the contract's regions: " + String.join("; ", outside));
    }
    if (noteRequired && note == null && problems.stream().noneMatch(p -> p.startsWith(RESIDENCY_NOTE + ":"))) {
      problems.add(RESIDENCY_NOTE + ": say why the change is outside although every region is in the contract ("
          + MIN_TEXT + " to " + MAX_TEXT + " characters)");
    }
    return new ResidencyCheck(residency, note);
  }

  private static <E extends Enum<E>> E choice(Map<String, Object> values, String field, Class<E> type, List<String> problems) {
    Object value = values.get(field);
    String text = value == null ? "" : value.toString().strip().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    problems.add(field + (text.isEmpty() ? ": required, one of " : ": '" + value + "' is not one of ") + allowed);
    return null;
  }

  private static String text(Map<String, Object> values, String field, boolean required, List<String> problems) {
    Object value = values.get(field);
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      if (required) {
        problems.add(field + ": required, " + MIN_TEXT + " to " + MAX_TEXT + " characters");
      }
      return null;
    }
    if (text.length() < MIN_TEXT) {
      problems.add(field + ": at least " + MIN_TEXT + " characters (got " + text.length() + ")");
      return null;
    }
    if (text.length() > MAX_TEXT) {
      problems.add(field + ": at most " + MAX_TEXT + " characters (got " + text.length() + ")");
      return null;
    }
    int before = problems.size();
    TextRules.check(field, text, problems);
    return problems.size() == before ? text : null;
  }
}
