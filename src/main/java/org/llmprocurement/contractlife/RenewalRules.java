package org.llmprocurement.contractlife;

import java.time.LocalDate;
import org.llmprocurement.contracts.ContractRegister;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.llmprocurement.security.TextRules;

/**
 * The rules of the pre-renewal review, free of the engine: the default renewed term, when managers
 * are escalated to, and what an assessment and a decision must contain. Dates are UTC calendar
 * dates (the engine clock's); the term end is the last day of the term.
 */
public final class RenewalRules {

  /** Longest comment or reason, in characters. */
  public static final int MAX_TEXT = 4000;
  /**
   * Longest renewal decision reason: the register records it with the renewal, after a prefix of at
   * most {@value #REGISTER_PREFIX_ROOM} characters ("Renewed after renegotiating 12 listed
   * requirements: "), and keeps at most {@link ContractRegister#MAX_REASON}; the reason is never cut.
   */
  public static final int MAX_REASON = ContractRegister.MAX_REASON - 100;
  static final int REGISTER_PREFIX_ROOM = 100;
  /** Shortest reason for a decision, in characters (as for a register amendment). */
  public static final int MIN_REASON = 10;
  /** What an owning function may advise, and procurement decide. */
  public static final List<String> CHOICES = List.of(ContractRenewalProcess.RENEW_DECISION,
      ContractRenewalProcess.RENEGOTIATE_DECISION, ContractRenewalProcess.EXIT_DECISION);

  private RenewalRules() {}

  /**
   * The default end of a renewed term: the same length again after the current term. A term from
   * 2026-01-01 to 2026-12-31 (one year) renews to 2027-12-31; 2026-01-15 to 2027-01-14 renews to
   * 2028-01-14. A term ending on the last day of a month that began on the first or the last day
   * of a month counts whole calendar months and renews to a month end: 2025-03-31 to 2025-09-30
   * (six months) renews to 2026-03-31, 2023-03-01 to 2024-02-29 to 2025-02-28.
   *
   * @param effectiveDate first day of the current term
   * @param termEnd last day of the current term (not before {@code effectiveDate})
   */
  public static LocalDate defaultNewTermEnd(LocalDate effectiveDate, LocalDate termEnd) {
    boolean endsAtMonthEnd = termEnd.getDayOfMonth() == termEnd.lengthOfMonth();
    boolean startsAtMonthBoundary = effectiveDate.getDayOfMonth() == 1
        || effectiveDate.getDayOfMonth() == effectiveDate.lengthOfMonth();
    if (endsAtMonthEnd && startsAtMonthBoundary) {
      long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(effectiveDate.minusDays(1)), YearMonth.from(termEnd));
      if (months > 0) {
        return YearMonth.from(termEnd).plusMonths(months).atEndOfMonth();
      }
    }
    LocalDate next = termEnd.plusDays(1);
    Period length = Period.between(effectiveDate, next);
    return next.plus(length).minusDays(1);
  }

  /**
   * The reason the register keeps for a renewal agreed by renegotiation: the listed requirement ids
   * when they fit, else their count, then the decision's reason (at most {@link #MAX_REASON}), so the
   * whole fits {@link ContractRegister#MAX_REASON} and the reason itself is never cut.
   *
   * @param listedItems comma-separated requirement ids, or {@code null}
   */
  public static String renegotiatedReason(String listedItems, String reason) {
    String items = listedItems == null ? "" : listedItems;
    String full = "Renewed after renegotiating " + items + ": " + reason;
    if (full.length() <= ContractRegister.MAX_REASON) {
      return full;
    }
    int count = items.isEmpty() ? 0 : items.split(",").length;
    String counted = "Renewed after renegotiating " + count + " listed requirements: " + reason;
    return counted.length() <= ContractRegister.MAX_REASON ? counted : counted.substring(0, ContractRegister.MAX_REASON);
  }

  /**
   * The day managers are escalated to when procurement has not decided: {@code businessDays}
   * business days before the non-renewal deadline, never after it, and never before {@code today}
   * (a date already past escalates at once).
   *
   * @param minusBusinessDays the business calendar's subtraction ({@code BusinessCalendar::minusBusinessDays} with the count bound)
   */
  public static LocalDate escalationDay(LocalDate nonRenewalDeadline, UnaryOperator<LocalDate> minusBusinessDays,
      LocalDate today) {
    LocalDate day = minusBusinessDays.apply(nonRenewalDeadline);
    if (day.isAfter(nonRenewalDeadline)) {
      day = nonRenewalDeadline;
    }
    return day.isBefore(today) ? today : day;
  }

  /** One owning function's advice: a choice of {@link #CHOICES} and a comment (required unless renewing). */
  public record Advice(String advice, String comment) {}

  /** Checks an assessment; problems name the field. */
  public static Advice advice(Object rawAdvice, String comment, List<String> problems) {
    String advice = choice("advice", rawAdvice, problems);
    String text = comment == null ? "" : comment.trim();
    if (text.length() > MAX_TEXT) {
      problems.add("comment: at most " + MAX_TEXT + " characters (got " + text.length() + ")");
    } else {
      TextRules.check("comment", text, problems);
    }
    if (advice != null && !ContractRenewalProcess.RENEW_DECISION.equals(advice) && text.isEmpty()) {
      problems.add("comment: say why you advise " + advice);
    }
    return new Advice(advice, text.isEmpty() ? null : text);
  }

  /**
   * Procurement's decision.
   *
   * @param decision {@code RENEW}, {@code RENEGOTIATE} or {@code EXIT}
   * @param newTermEnd last day of the renewed term (RENEW and RENEGOTIATE); null for EXIT
   * @param requirementIds the items to renegotiate (RENEGOTIATE only), in the order listed
   * @param reason why, always
   */
  public record Decision(String decision, LocalDate newTermEnd, List<String> requirementIds, String reason) {}

  /**
   * Checks a decision; problems name the field.
   *
   * @param termEnd the contract's current term end: a renewed term must end after it
   * @param negotiable requirement ids that may be renegotiated (the contract's review items)
   * @param addedSinceSignature requirement ids the current catalogue adds at the contract's tier since
   *     signature: they may be listed too (negotiation creates their items against the current catalogue)
   */
  public static Decision decision(Object rawDecision, Object rawNewTermEnd, Object rawItems, String reason,
      LocalDate termEnd, Set<String> negotiable, Set<String> addedSinceSignature, List<String> problems) {
    String decision = choice("decision", rawDecision, problems);
    String why = reason == null ? "" : reason.trim();
    if (why.length() < MIN_REASON) {
      problems.add("reason: say why (at least " + MIN_REASON + " characters)");
    } else if (why.length() > MAX_REASON) {
      problems.add("reason: at most " + MAX_REASON + " characters, the register keeps it with the renewal (got " + why.length() + ")");
    } else {
      TextRules.check("reason", why, problems);
    }
    LocalDate newTermEnd = null;
    boolean continues = ContractRenewalProcess.RENEW_DECISION.equals(decision)
        || ContractRenewalProcess.RENEGOTIATE_DECISION.equals(decision);
    String termText = rawNewTermEnd == null ? "" : rawNewTermEnd.toString().trim();
    if (continues) {
      if (termText.isEmpty()) {
        problems.add("newTermEnd: required to " + decision.toLowerCase(Locale.ROOT));
      } else {
        try {
          newTermEnd = LocalDate.parse(termText.length() > 10 ? termText.substring(0, 10) : termText);
          if (!newTermEnd.isAfter(termEnd)) {
            problems.add("newTermEnd: must be after the current term end " + termEnd + " (got " + newTermEnd + ")");
          }
        } catch (DateTimeParseException e) {
          problems.add("newTermEnd: '" + termText + "' is not a date (YYYY-MM-DD)");
        }
      }
    }
    List<String> items = items(rawItems);
    if (ContractRenewalProcess.RENEGOTIATE_DECISION.equals(decision)) {
      if (items.isEmpty()) {
        problems.add("requirementIds: list the requirements to renegotiate");
      }
      for (String id : items) {
        if (!negotiable.contains(id) && !addedSinceSignature.contains(id)) {
          problems.add("requirementIds: " + id + " is not a requirement of this contract nor one the current catalogue"
              + " adds at its tier");
        }
      }
    } else if (decision != null && !items.isEmpty()) {
      problems.add("requirementIds: only a renegotiation lists requirements");
    }
    return new Decision(decision, continues ? newTermEnd : null,
        ContractRenewalProcess.RENEGOTIATE_DECISION.equals(decision) ? items : List.of(), why);
  }

  /** Requirement ids from a comma- or whitespace-separated text or a list, trimmed, duplicates dropped. */
  public static List<String> items(Object raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    if (raw instanceof java.util.Collection<?> values) {
      values.forEach(v -> ids.addAll(items(v)));
    } else {
      Arrays.stream(raw.toString().split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
    return new ArrayList<>(ids);
  }

  private static String choice(String field, Object raw, List<String> problems) {
    String value = raw == null ? "" : raw.toString().trim().toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      problems.add(field + ": choose one of " + String.join(", ", CHOICES));
      return null;
    }
    if (!CHOICES.contains(value)) {
      problems.add(field + ": '" + raw + "' is not one of " + String.join(", ", CHOICES));
      return null;
    }
    return value;
  }
}
