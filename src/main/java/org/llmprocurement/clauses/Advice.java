package org.llmprocurement.clauses;

import java.util.List;
import java.util.Locale;
import org.llmprocurement.clauses.ClauseAnalysis.Check;
import org.llmprocurement.clauses.ClauseAnalysis.WeakPhrase;

/** Writes the one sentence of advice a reviewer can act on. */
final class Advice {

  private Advice() {}

  static String sentence(Verdict verdict, ClauseRule rule, WeakPhrase reason, List<Check> checks, List<String> missing,
      List<String> scopeFindings, boolean silent) {
    String ask = ask(rule, checks);
    return switch (verdict) {
      case MEETS -> checks.isEmpty()
          ? "Meets the bar: binding and covers " + elements(rule) + "; accept it as worded."
          : "Meets the bar (" + bars(checks) + "): accept it and keep the figures unchanged in the signed version.";
      case VAGUE -> "Rests on '" + phrase(reason) + "': ask for a binding 'shall' " + ask + ".";
      case NO_COMMITMENT -> {
        if (silent) {
          yield "Silent on " + elements(rule) + ": ask for a binding 'shall' " + ask + ".";
        }
        if (reason != null && reason.family() == WeakFamily.DISCLAIMER) {
          yield "Disclaimed by '" + phrase(reason) + "': strike the disclaimer and ask for a binding 'shall' " + ask + ".";
        }
        if (reason != null) {
          yield "Left to the vendor by '" + phrase(reason) + "': ask for a binding 'shall' " + ask + ".";
        }
        yield "Nothing in it binds the vendor: ask for a binding 'shall' " + ask + ".";
      }
      case BELOW_THRESHOLD -> below(checks, missing, scopeFindings);
    };
  }

  private static String below(List<Check> checks, List<String> missing, List<String> scopeFindings) {
    for (Check c : checks) {
      if (!c.passed() && c.figure() != null) {
        return "States '" + c.figure().text() + "' where the bar is " + bar(c) + " for " + label(c.threshold())
            + ": ask for " + fmt(c.bar()) + unit(c) + " or better.";
      }
    }
    for (Check c : checks) {
      if (!c.passed()) {
        return "Binding but gives no figure for " + label(c.threshold()) + ": ask to add " + bar(c) + ".";
      }
    }
    if (!missing.isEmpty()) {
      return "Binding but does not cover " + String.join(", ", missing) + ": ask to add " + (missing.size() == 1 ? "it" : "them") + ".";
    }
    return "Binding but short of the procurement's scope (" + String.join("; ", scopeFindings) + "): ask to extend it.";
  }

  private static String ask(ClauseRule rule, List<Check> checks) {
    List<Check> withBars = checks.stream().filter(c -> c.bar() != null).toList();
    if (withBars.isEmpty()) {
      return "that commits to " + elements(rule);
    }
    return "with " + bars(withBars) + (rule.elements().isEmpty() ? "" : " covering " + elements(rule));
  }

  private static String bars(List<Check> checks) {
    return String.join(" and ", checks.stream().filter(c -> c.bar() != null).map(c -> label(c.threshold()) + " " + bar(c)).toList());
  }

  private static String elements(ClauseRule rule) {
    return rule.elements().isEmpty() ? "the requirement" : String.join(", ", rule.elements().stream().map(ClauseRule.Element::name).toList());
  }

  private static String phrase(WeakPhrase w) {
    return w == null ? "weak wording" : w.phrase();
  }

  static String bar(Check c) {
    return (c.direction() == ClauseRule.Direction.AT_MOST ? "at most " : "at least ") + fmt(c.bar()) + unit(c);
  }

  private static String unit(Check c) {
    return switch (c.unit()) {
      case PERCENT -> "%";
      case MILLISECONDS -> " ms";
      case MINUTES -> " minutes";
      case HOURS -> " hours";
      case BUSINESS_HOURS -> " business hours";
      case DAYS -> " days";
      case BUSINESS_DAYS -> " business days";
      case MONTHS -> " months";
      case COUNT -> "";
    };
  }

  static String fmt(Double d) {
    if (d == null) {
      return "?";
    }
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  /** "breachNoticeConfirmedHours" -> "breach notice confirmed". */
  static String label(String key) {
    String words = Regexes.replaceAll(key, "([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Regexes.replaceAll(words, "\\s+(percent|ms|minutes|hours|business hours|days|business days|months)$", "").trim();
  }
}
