package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmprocurement.clauses.ClauseAnalysis.Check;
import org.llmprocurement.clauses.ClauseAnalysis.Figure;
import org.llmprocurement.clauses.ClauseAnalysis.NormalizedUnit;
import org.llmprocurement.clauses.ClauseAnalysis.WeakPhrase;
import org.llmprocurement.clauses.ClauseRule.Direction;
import org.llmprocurement.clauses.ClauseRule.Polarity;
import org.llmprocurement.clauses.ClauseRule.ThresholdCheck;

/**
 * Judges one vendor clause against one requirement rule and the tier's thresholds. Plain Java,
 * stateless, thread-safe.
 *
 * <p>How it reads a clause (details in {@code docs/clause-analysis.md}):
 *
 * <ol>
 *   <li>The text is cut into <em>parts</em>: sentences, semicolon-separated limbs and "but" limbs.
 *       A part is <em>relevant</em> when it matches an element of the rule or holds a figure of a
 *       quantity the rule checks. No element anywhere: the clause is silent.
 *   <li>A weak phrase <em>qualifies the commitment</em> when it sits in a relevant part; weak
 *       phrases in other parts are reported but do not change the verdict. A figure used by a check
 *       that sits in a hedged (permissive) part makes the clause VAGUE (NO_COMMITMENT).
 *   <li>A disclaimer in a relevant part, or (for a PROHIBITION) a permissive phrase in one, gives
 *       NO_COMMITMENT.
 *   <li>The commitment is binding when at least one relevant part carries a binding verb of the
 *       rule's polarity and no qualifying weak phrase ("clean" part); inverted negations ("under no
 *       circumstances shall") and declarative rights of the customer side ("Customer owns", "renews
 *       unless Customer gives notice") count as binding. Without a clean part the
 *       clause is NO_COMMITMENT when a permissive phrase qualifies it or nothing binds, else VAGUE.
 *       Decision: "shall notify" with no figure is BELOW_THRESHOLD; "shall notify promptly" is VAGUE.
 *   <li>A binding clause meets the bar when every element is present, every check is satisfied
 *       and the scope is covered; otherwise it is BELOW_THRESHOLD.
 * </ol>
 */
public final class ClauseAnalyzer {

  /** Calendar days per business day (and business days per calendar day, inverted) when units mix. */
  public static final double CALENDAR_DAYS_PER_BUSINESS_DAY = 1.4;

  private static final double CALENDAR_MINUTES_PER_BUSINESS_MINUTE = CALENDAR_DAYS_PER_BUSINESS_DAY * 1440 / 480;

  private static final Pattern POSITIVE_BINDING = Pattern.compile(
      "\\b(?:shall|must|will|agrees? (?:to|that)|(?:is|are) (?:obliged|obligated|required|bound|committed) to|undertakes? (?:to|that)"
          + "|commits? to|warrants? that|guarantees?|covenants? (?:to|that)|(?:is|are|shall be) entitled to"
          + "|(?:has|have|shall have) the right to)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATED_BINDING = Pattern.compile(
      "\\b(?:(?:shall|must|will|may)\\s+not\\b(?!\\s+(?:be\\s+)?(?:liable|responsible|obliged|obligated|required))|shall never|will never"
          + "|(?:agrees?|undertakes?|commits?) not to|(?:is|are) (?:prohibited|forbidden|not permitted) (?:from|to)"
          + "|refrains? from|(?:(?:in|under) no (?:case|event|circumstances?)|at no time),? (?:shall|will|may|must)|won't|(?:solely|only|exclusively) (?:for|to) (?:the purpose of )?provid)",
      Pattern.CASE_INSENSITIVE);
  /**
   * Declarative rights of the customer side, binding without a modal verb: "Customer owns the
   * outputs", "Customer retains all rights in its inputs", "renews unless either party gives notice".
   */
  private static final Pattern CUSTOMER_RIGHT = Pattern.compile(
      "\\b(?:customer|client|buyer|licensee|subscriber)\\s+(?:(?:shall|will)\\s+)?(?:solely\\s+|exclusively\\s+)?"
          + "(?:owns|retains|holds|keeps|is the (?:sole |exclusive )?owner of)\\b"
          + "|\\bunless\\s+(?:the\\s+)?(?:customer|client|buyer|licensee|subscriber|either party|each party|you)\\s+"
          + "(?:gives|serves|provides|sends|delivers)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PART_BOUNDARY = Pattern.compile(
      "(?<!\\b(?:e\\.g|i\\.e|etc|no|sec|art|para|vs)\\.)(?<=[.!?])\\s+(?=[A-Z(\"'“])|;\\s*|,?\\s+(?i:but)\\s+");
  private static final Pattern PHRASE_BOUNDARY = Pattern.compile("[,;]\\s*|(?<=[.!?])\\s+|\\s+and\\s+(?!\\d)");
  private static final Pattern SENTENCE_BOUNDARY = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z(\"'“])");
  private static final Pattern CUSTOMER_ACTOR = Pattern.compile(
      "(?i)\\b(?:customer|client|buyer|licensee|subscriber|you|either party|each party|the parties|auditors?|its auditor)");
  private static final Pattern ACTOR = Pattern.compile(
      "(?i)\\b(?:customer|client|buyer|licensee|subscriber|you|either party|each party|the parties|auditors?|its auditor"
          + "|provider|vendor|supplier|we|company|processor|licensor|contractor|logs?|data|content|reports?|it)\\b");

  /**
   * Analyses a clause.
   *
   * @param rule the requirement's rule
   * @param thresholds the tier's thresholds (numbers as Double, Integer or Long, or numeric strings)
   * @param text the clause as pasted; positions in the result refer to it
   * @param scope the procurement's scope, or {@link Scope#none()}
   */
  public ClauseAnalysis analyze(ClauseRule rule, Map<String, Object> thresholds, String text, Scope scope) {
    String t = text == null ? "" : text;
    Map<String, Object> bars = thresholds == null ? Map.of() : thresholds;
    Scope sc = scope == null ? Scope.none() : scope;

    List<Figure> figures = FigureExtractor.extract(t);
    List<int[]> sentences = split(t, SENTENCE_BOUNDARY);
    List<int[]> parts = split(t, PART_BOUNDARY);
    List<int[]> customerMays = new ArrayList<>();
    List<WeakPhrase> weak = weakPhrases(t, figures, sentences, parts, customerMays);

    // elements
    List<String> missing = new ArrayList<>();
    List<int[]> elementHits = new ArrayList<>();
    for (ClauseRule.Element e : rule.elements()) {
      boolean found = false;
      for (String re : e.anyOf()) {
        Matcher m = Pattern.compile(re, Pattern.CASE_INSENSITIVE).matcher(t);
        while (m.find()) {
          found = true;
          elementHits.add(new int[] {m.start(), m.end()});
        }
      }
      if (!found) {
        missing.add(e.name());
      }
    }

    // checks: choose figures
    List<Figure> chosen = new ArrayList<>();
    for (ThresholdCheck c : rule.checks()) {
      chosen.add(chooseFigure(t, c, figures));
    }

    // relevant parts
    List<int[]> relevant = new ArrayList<>();
    for (int[] p : parts) {
      boolean hasElement = elementHits.stream().anyMatch(h -> h[0] >= p[0] && h[0] < p[1]);
      boolean hasFigure = figures.stream().anyMatch(f -> f.start() >= p[0] && f.start() < p[1]
          && rule.checks().stream().anyMatch(c -> quantityMatches(c.unit(), f.normalizedUnit())));
      if (hasElement || hasFigure) {
        relevant.add(p);
      }
    }
    boolean silent = elementHits.isEmpty() && !rule.elements().isEmpty();
    if (rule.elements().isEmpty() && relevant.isEmpty()) {
      relevant.addAll(parts); // a rule without elements is judged on the whole clause
    }

    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < rule.checks().size(); i++) {
      checks.add(check(rule.checks().get(i), bars, chosen.get(i)));
    }
    List<String> scopeFindings = sc.isNone() ? List.of() : sc.findings(t);

    Verdict verdict;
    boolean binding = false;
    WeakPhrase reason = null;
    if (silent) {
      verdict = Verdict.NO_COMMITMENT;
    } else {
      WeakPhrase disclaimer = firstIn(weak, relevant, WeakFamily.Kind.DISCLAIMER, null);
      List<int[]> clean = new ArrayList<>();
      WeakPhrase hedge = null;
      WeakPhrase permissive = null;
      for (int[] p : relevant) {
        boolean bindingHere = binding(t, p, rule.polarity(), customerMays);
        WeakPhrase h = firstIn(weak, List.of(p), WeakFamily.Kind.HEDGE, null);
        WeakPhrase perm = weak.stream().filter(w -> w.family().kind() == WeakFamily.Kind.PERMISSIVE && inside(w.start(), p))
            .filter(w -> w.family() != WeakFamily.MAY || !bindingHere).findFirst().orElse(null);
        if (hedge == null) {
          hedge = h;
        }
        if (permissive == null) {
          permissive = perm;
        }
        if (bindingHere && h == null && perm == null) {
          clean.add(p);
        }
      }
      WeakPhrase figureHedge = null;
      WeakPhrase figurePermissive = null;
      for (Figure f : chosen) {
        if (f == null) {
          continue;
        }
        for (int[] p : relevant) {
          if (inside(f.start(), p)) {
            boolean bindingHere = binding(t, p, rule.polarity(), customerMays);
            for (WeakPhrase w : weak) {
              if (!inside(w.start(), p)) {
                continue;
              }
              if (w.family().kind() == WeakFamily.Kind.HEDGE && figureHedge == null) {
                figureHedge = w;
              } else if (w.family().kind() == WeakFamily.Kind.PERMISSIVE && figurePermissive == null
                  && (w.family() != WeakFamily.MAY || !bindingHere)) {
                figurePermissive = w;
              }
            }
          }
        }
      }
      if (disclaimer != null) {
        verdict = Verdict.NO_COMMITMENT;
        reason = disclaimer;
      } else if (figurePermissive != null) {
        verdict = Verdict.NO_COMMITMENT;
        reason = figurePermissive;
      } else if (figureHedge != null) {
        verdict = Verdict.VAGUE;
        reason = figureHedge;
      } else if (rule.polarity() == Polarity.PROHIBITION && permissive != null) {
        verdict = Verdict.NO_COMMITMENT;
        reason = permissive;
      } else if (clean.isEmpty()) {
        if (permissive != null || hedge == null) {
          verdict = Verdict.NO_COMMITMENT;
          reason = permissive;
        } else {
          verdict = Verdict.VAGUE;
          reason = hedge;
        }
      } else {
        binding = true;
        boolean allPassed = checks.stream().allMatch(Check::passed);
        if (!missing.isEmpty() || !allPassed || !scopeFindings.isEmpty()) {
          verdict = Verdict.BELOW_THRESHOLD;
        } else {
          verdict = Verdict.MEETS;
        }
      }
    }
    String advice = Advice.sentence(verdict, rule, reason, checks, missing, scopeFindings, silent);
    return new ClauseAnalysis(verdict, weak, figures, checks, missing, binding, scopeFindings, advice);
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean inside(int pos, int[] span) {
    return pos >= span[0] && pos < span[1];
  }

  private static WeakPhrase firstIn(List<WeakPhrase> weak, List<int[]> parts, WeakFamily.Kind kind, WeakFamily except) {
    for (WeakPhrase w : weak) {
      if (w.family().kind() == kind && w.family() != except && parts.stream().anyMatch(p -> inside(w.start(), p))) {
        return w;
      }
    }
    return null;
  }

  private static boolean binding(String t, int[] part, Polarity polarity, List<int[]> customerMays) {
    String s = t.substring(part[0], part[1]);
    boolean negated = NEGATED_BINDING.matcher(s).find();
    if (polarity == Polarity.PROHIBITION) {
      return negated;
    }
    return negated || POSITIVE_BINDING.matcher(s).find() || CUSTOMER_RIGHT.matcher(s).find()
        || customerMays.stream().anyMatch(c -> inside(c[0], part));
  }

  /** Cuts text into spans at the given boundaries. */
  static List<int[]> split(String t, Pattern boundary) {
    List<int[]> out = new ArrayList<>();
    Matcher m = boundary.matcher(t);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        out.add(new int[] {from, m.start()});
      }
      from = m.end();
    }
    if (from < t.length() || out.isEmpty()) {
      out.add(new int[] {from, t.length()});
    }
    return out;
  }

  private static List<WeakPhrase> weakPhrases(String t, List<Figure> figures, List<int[]> sentences, List<int[]> parts,
      List<int[]> customerMays) {
    List<WeakPhrase> all = new ArrayList<>();
    for (WeakFamily f : WeakFamily.values()) {
      for (Pattern p : f.patterns()) {
        Matcher m = p.matcher(t);
        while (m.find()) {
          all.add(new WeakPhrase(m.group(), f, m.start(), m.end()));
        }
      }
    }
    all.sort(Comparator.comparingInt(WeakPhrase::start).thenComparing(w -> -(w.end() - w.start())));
    List<WeakPhrase> out = new ArrayList<>();
    int lastEnd = -1;
    for (WeakPhrase w : all) {
      if (w.start() < lastEnd) {
        continue;
      }
      if ((w.family() == WeakFamily.WITHOUT_UNDUE_DELAY || w.family() == WeakFamily.INVESTIGATE)
          && hasDurationInSentence(w.start(), figures, sentences)) {
        continue;
      }
      if (w.family() == WeakFamily.PRODUCT_IMPROVEMENT && restricted(t, w.start(), parts)) {
        continue; // "shall not use ... for product improvement", "limit any service improvement to ..."
      }
      if ((w.family() == WeakFamily.MAY || w.phrase().toLowerCase(Locale.ROOT).startsWith("reserve"))
          && customerSubject(t, w.start(), parts)) {
        customerMays.add(new int[] {w.start(), w.end()});
        continue;
      }
      out.add(w);
      lastEnd = w.end();
    }
    return out;
  }

  private static boolean hasDurationInSentence(int pos, List<Figure> figures, List<int[]> sentences) {
    for (int[] s : sentences) {
      if (inside(pos, s)) {
        return figures.stream().anyMatch(f -> inside(f.start(), s)
            && (f.normalizedUnit() == NormalizedUnit.MINUTES || f.normalizedUnit() == NormalizedUnit.BUSINESS_MINUTES));
      }
    }
    return false;
  }

  private static final Pattern RESTRICTION = Pattern.compile(
      "\\b(?:not|never|no|only|solely|limit(?:s|ed)?(?: (?:any|all))?|restrict(?:s|ed)?|prohibit(?:s|ed)?|except)\\b[^.;]{0,40}$",
      Pattern.CASE_INSENSITIVE);

  /** Whether a permission-like phrase is itself restricted by a negation or limitation just before it. */
  private static boolean restricted(String t, int pos, List<int[]> parts) {
    int from = 0;
    for (int[] p : parts) {
      if (inside(pos, p)) {
        from = p[0];
      }
    }
    return RESTRICTION.matcher(t.substring(Math.max(from, pos - 60), pos)).find();
  }

  /** Whether the nearest actor before pos (within its part) is the customer side. */
  private static boolean customerSubject(String t, int pos, List<int[]> parts) {
    int from = 0;
    for (int[] p : parts) {
      if (inside(pos, p)) {
        from = p[0];
      }
    }
    String before = t.substring(Math.max(from, pos - 80), pos);
    Matcher m = ACTOR.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    return last != null && CUSTOMER_ACTOR.matcher(last).matches();
  }

  private static Figure chooseFigure(String t, ThresholdCheck c, List<Figure> figures) {
    List<Figure> candidates = figures.stream().filter(f -> quantityMatches(c.unit(), f.normalizedUnit())).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    if (c.near() == null || c.near().isBlank()) {
      return candidates.get(0);
    }
    List<int[]> anchors = new ArrayList<>();
    Matcher m = Pattern.compile(c.near(), Pattern.CASE_INSENSITIVE).matcher(t);
    while (m.find()) {
      anchors.add(new int[] {m.start(), m.end()});
    }
    if (anchors.isEmpty()) {
      return candidates.get(0);
    }
    // Prefer a figure in the same phrase as an anchor (phrases cut at commas, semicolons, sentence
    // ends and "and"/"or"), so "p95 ... 800 ms and p99 ... 2,500 ms" pairs each figure with its label.
    List<int[]> phrases = split(t, PHRASE_BOUNDARY);
    Figure best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Figure f : candidates) {
      for (int[] a : anchors) {
        int d = f.end() <= a[0] ? a[0] - f.end() : a[1] <= f.start() ? f.start() - a[1] : 0;
        boolean samePhrase = phrases.stream().anyMatch(p -> inside(f.start(), p) && inside(a[0], p));
        int score = samePhrase ? d : 100_000 + d;
        if (score < bestScore) {
          bestScore = score;
          best = f;
        }
      }
    }
    return best;
  }

  static boolean quantityMatches(ClauseRule.Unit unit, NormalizedUnit n) {
    return switch (unit) {
      case PERCENT -> n == NormalizedUnit.PERCENT;
      case MILLISECONDS -> n == NormalizedUnit.MILLISECONDS;
      case COUNT -> n == NormalizedUnit.COUNT;
      default -> n == NormalizedUnit.MINUTES || n == NormalizedUnit.BUSINESS_MINUTES;
    };
  }

  private static Check check(ThresholdCheck c, Map<String, Object> bars, Figure figure) {
    Double bar = number(bars.get(c.threshold()));
    if (bar == null) {
      return new Check(c.threshold(), null, c.unit(), c.direction(), figure, true);
    }
    if (figure == null) {
      return new Check(c.threshold(), bar, c.unit(), c.direction(), null, false);
    }
    boolean barBusiness = c.unit() == ClauseRule.Unit.BUSINESS_HOURS || c.unit() == ClauseRule.Unit.BUSINESS_DAYS;
    double barBase = bar * switch (c.unit()) {
      case HOURS, BUSINESS_HOURS -> 60;
      case DAYS -> 1440;
      case BUSINESS_DAYS -> 480;
      case MONTHS -> 30 * 1440;
      default -> 1;
    };
    double weaker = c.direction() == Direction.AT_MOST ? figure.normalizedValue() : figure.normalizedLow();
    if (figure.normalizedUnit() == NormalizedUnit.BUSINESS_MINUTES && !barBusiness && isDuration(c.unit())) {
      weaker = weaker * CALENDAR_MINUTES_PER_BUSINESS_MINUTE;
    } else if (figure.normalizedUnit() == NormalizedUnit.MINUTES && barBusiness) {
      weaker = weaker / CALENDAR_MINUTES_PER_BUSINESS_MINUTE;
    }
    double eps = 1e-9 * Math.max(1, Math.abs(barBase));
    boolean passed = c.direction() == Direction.AT_MOST ? weaker <= barBase + eps : weaker >= barBase - eps;
    return new Check(c.threshold(), bar, c.unit(), c.direction(), figure, passed);
  }

  private static boolean isDuration(ClauseRule.Unit u) {
    return u != ClauseRule.Unit.PERCENT && u != ClauseRule.Unit.MILLISECONDS && u != ClauseRule.Unit.COUNT;
  }

  static Double number(Object o) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    if (o instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
