package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmprocurement.clauses.ClauseAnalysis.Check;
import org.llmprocurement.clauses.ClauseAnalysis.Commitment;
import org.llmprocurement.clauses.ClauseAnalysis.Effect;
import org.llmprocurement.clauses.ClauseAnalysis.Span;
import org.llmprocurement.clauses.ClauseAnalysis.Figure;
import org.llmprocurement.clauses.ClauseAnalysis.NormalizedUnit;
import org.llmprocurement.clauses.ClauseAnalysis.WeakPhrase;
import org.llmprocurement.clauses.ClauseRule.Direction;
import org.llmprocurement.clauses.ClauseRule.Polarity;
import org.llmprocurement.clauses.ClauseRule.ThresholdCheck;

/**
 * Judges one vendor clause against one requirement rule and the tier's thresholds. Plain Java,
 * thread-safe; the OpenNLP models behind {@link ClauseReading} load once per JVM ({@link EnglishNlp}).
 *
 * <p>How it reads a clause (the rules per fault kind are in {@code docs/clause-analysis.md}):
 *
 * <ol>
 *   <li>{@link ClauseReading}: sentences (OpenNLP), parts (limbs at semicolons and a contrasting
 *       "but"), conditional and relative clauses, and the cues that bind: modal verbs, performatives
 *       ("hereby assigns"), the vendor's present-tense acts ("Provider encrypts"), descriptive
 *       statements ("logs are retained for 400 days"), lead-ins over a list, service-level rows,
 *       customer rights; each with who is bound.
 *   <li>A part is <em>relevant</em> when it names an element of the rule or a figure of a checked
 *       quantity. No element anywhere: silent, NO_COMMITMENT.
 *   <li>Each weak phrase either undermines the commitment or is harmless (outside the commitment, a
 *       defined term, inside a triggering condition, bounded by a hard cap, a bounded or conditional
 *       permission, made specific by an example).
 *   <li>Figures are attached to checks by role (lead time, coverage, term length), hard caps, the
 *       check's {@code near} label and the phrase naming the requirement.
 *   <li>Verdict: disclaimed, vendor keeps the rights, escape hatch or a permissive figure:
 *       NO_COMMITMENT; hedged figure: VAGUE; no clean binding part: NO_COMMITMENT or VAGUE; binding
 *       but widened by a vendor permission, short of a bar, an element or the scope:
 *       BELOW_THRESHOLD; else MEETS.
 * </ol>
 */
public final class ClauseAnalyzer {

  /** Calendar days per business day (and business days per calendar day, inverted) when units mix. */
  public static final double CALENDAR_DAYS_PER_BUSINESS_DAY = 1.4;

  private static final double CALENDAR_MINUTES_PER_BUSINESS_MINUTE = CALENDAR_DAYS_PER_BUSINESS_DAY * 1440 / 480;

  private static final Pattern PHRASE_BOUNDARY = Pattern.compile("[,;:|]\\s*|(?<=[.!?])\\s+|\\s+and\\s+(?!\\d)|\\s+\\((?:[a-z]|[ivx]+)\\)\\s+");
  private static final Pattern CUSTOMER_ACTOR = Pattern.compile(
      "(?i)\\b(?:customers?|clients?|buyer|licensee|subscriber|you|either party|each party|the parties|auditors?|its auditor)");
  private static final Pattern ACTOR = Pattern.compile(
      "(?i)\\b(?:customers?|clients?|buyer|licensee|subscriber|you|either party|each party|the parties|auditors?|its auditor"
          + "|provider|vendor|supplier|we|company|processor|licensor|contractor|logs?|data|content|reports?|it)\\b");
  /** "in any event within 48 hours": a hard cap that bounds a hedge before it. */
  private static final Pattern HARD_CAP = Pattern.compile(
      "(?i)\\b(?:in any (?:event|case)|in all (?:events|cases)|at the (?:very )?latest|(?:and|but) (?:in no event|not|no) later than|in no event later than)\\b");
  /** "appropriate safeguards such as Standard Contractual Clauses": the generic words are made specific. */
  private static final Pattern SPECIFIED = Pattern.compile("(?i)^,?\\s*(?:such as|namely|i\\.e\\.|in the form of|including|being)\\s+(?:the\\s+)?\\p{Lu}");
  /** "except as required by law", "unless retention is required by law": a legal hold, not a limit. */
  private static final Pattern LEGAL_EXCEPTION = Pattern.compile("(?i)\\b(?:except|unless|save|other than|apart from)\\b[^,;.]{0,20}$");
  /** "excluding claims arising from Outputs": what follows is carved out, not covered. */
  private static final Pattern EXCLUSION_BEFORE = Pattern.compile(
      "(?i)\\b(?:excluding|except(?: for)?|other than|save for|with the exception of|does not (?:cover|include|apply to)|not including)\\s+(?:[\\w'-]+\\s+){0,4}$");
  /** A permission that replaces the obligation: an escape hatch. */
  private static final Pattern ESCAPE = Pattern.compile(
      "(?i)\\b(?:instead|in lieu of|alternatively|rather than|in place of|as an alternative|in substitution)\\b");
  /** "but shall give notice", "provided that it notifies": an obligation that bounds a permission before it. */
  private static final Pattern BOUNDING_CONNECTOR = Pattern.compile(
      "(?i)(?:,?\\s+but\\s+|,?\\s+provided(?:,? however,)?(?: that| always that)?\\s+|,?\\s+subject to\\s+|,?\\s+so long as\\s+)");
  private static final Pattern RESTRICTED_AFTER = Pattern.compile(
      "(?i)^[^.;]{0,30}?\\b(?:(?:is|are|shall be|will be) (?:limited|restricted|confined) to|means only|excludes|never)\\b");
  private static final Pattern ADVANCE_AFTER = Pattern.compile(
      "(?i)^(?:'s|’s|'|’)?\\s*(?:\\)\\s*)?(?:(?:prior|advance|advanced|written|prior written)\\s+)*(?:notice|notification|warning)"
          + "|^\\s*(?:\\)\\s*)?(?:before|in advance|prior to|beforehand|ahead of|preceding|earlier than)\\b");
  private static final Pattern COVERAGE_AFTER = Pattern.compile("(?i)^\\s*(?:a|per|each|every)\\s+(?:day|week|year)\\b");
  private static final Pattern TERM_BEFORE = Pattern.compile("(?i)(?<![-\\w])(?:successive|additional|further|renewal|initial|subsequent)\\s+(?:(?:terms?|periods?) of\\s+)?$");
  private static final Pattern TERM_AFTER = Pattern.compile("(?i)^\\s*(?:renewal\\s+)?(?:terms?|subscription terms?|renewal periods?)\\b");


  /** Shared reading resources are loaded once ({@link EnglishNlp#get()}); construction is cheap. */
  public ClauseAnalyzer() {}

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

    ClauseReading reading = new ClauseReading(t);
    List<Figure> figures = FigureExtractor.extract(t);
    List<int[]> sentences = reading.sentences;
    List<int[]> parts = reading.parts;
    List<int[]> customerMays = new ArrayList<>();
    List<WeakPhrase> found = weakPhrases(t, figures, sentences, parts, customerMays);

    // elements
    List<String> missing = new ArrayList<>();
    List<int[]> elementHits = new ArrayList<>();
    List<Integer> elementOf = new ArrayList<>();
    for (int ei = 0; ei < rule.elements().size(); ei++) {
      ClauseRule.Element e = rule.elements().get(ei);
      boolean any = false;
      for (String re : e.anyOf()) {
        Matcher m = Regexes.ignoringCase(re).matcher(t);
        while (m.find()) {
          if (EXCLUSION_BEFORE.matcher(t.substring(Math.max(0, m.start() - 60), m.start())).find()) {
            continue; // carved out: "excluding claims arising from Outputs"
          }
          any = true;
          elementHits.add(new int[] {m.start(), m.end()});
          elementOf.add(ei);
        }
      }
      if (!any) {
        missing.add(e.name());
      }
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

    // a descriptive statement binds where it is measured or complete
    reading.complete = missing.isEmpty() && rule.checks().stream().allMatch(c -> figures.stream()
        .anyMatch(f -> quantityMatches(c.unit(), f.normalizedUnit()) && role(t, f) != Role.COVERAGE && role(t, f) != Role.TERM));
    reading.measured = p -> figures.stream().anyMatch(f -> inside(f.start(), p) && role(t, f) != Role.COVERAGE && role(t, f) != Role.TERM
        && rule.checks().stream().anyMatch(c -> quantityMatches(c.unit(), f.normalizedUnit())));

    // which parts bind, and how weak phrases bear on them
    List<WeakPhrase> weak = new ArrayList<>();
    for (WeakPhrase w : found) {
      weak.add(judgeWeak(w, found, t, reading, relevant, rule.polarity()));
    }

    // checks: attach figures
    List<Check> checks = new ArrayList<>();
    for (ThresholdCheck c : rule.checks()) {
      Attached a = attach(t, c, figures, reading, elementHits, elementOf);
      Check raw = check(c, bars, a == null ? null : a.figure());
      int[] span = a == null ? null : reading.partAt(a.figure().start());
      checks.add(new Check(raw.threshold(), raw.bar(), raw.unit(), raw.direction(), raw.figure(), raw.passed(),
          span == null ? null : new Span(t.substring(span[0], span[1]).strip(), span[0], span[1]), a == null ? null : a.reason()));
    }
    List<String> scopeFindings = sc.isNone() ? List.of() : sc.findings(t);

    Verdict verdict;
    boolean binding = false;
    WeakPhrase reason = null;
    Commitment commitment = null;
    if (silent) {
      verdict = Verdict.NO_COMMITMENT;
    } else {
      WeakPhrase disclaimer = firstIn(weak, relevant, WeakFamily.Kind.DISCLAIMER);
      WeakPhrase escape = weak.stream().filter(w -> w.undermines() && w.family().kind() == WeakFamily.Kind.PERMISSIVE
          && ESCAPE.matcher(sentenceText(t, reading.sentenceAt(w.start()))).find()).findFirst().orElse(null);
      List<int[]> clean = new ArrayList<>();
      WeakPhrase hedge = null;
      WeakPhrase permissive = null;
      for (int[] p : relevant) {
        WeakPhrase h = firstIn(weak, List.of(p), WeakFamily.Kind.HEDGE);
        WeakPhrase perm = firstIn(weak, List.of(p), WeakFamily.Kind.PERMISSIVE);
        if (hedge == null) {
          hedge = h;
        }
        if (permissive == null) {
          permissive = perm;
        }
        if (h == null && perm == null && bindingCue(reading, p, rule.polarity()) != null) {
          clean.add(p);
        }
      }
      WeakPhrase figureHedge = null;
      WeakPhrase figurePermissive = null;
      for (Check c : checks) {
        if (c.figure() == null) {
          continue;
        }
        int[] p = reading.partAt(c.figure().start());
        for (WeakPhrase w : weak) {
          if (!w.undermines() || !inside(w.start(), p)) {
            continue;
          }
          if (w.family().kind() == WeakFamily.Kind.HEDGE && figureHedge == null) {
            figureHedge = w;
          } else if (w.family().kind() == WeakFamily.Kind.PERMISSIVE && figurePermissive == null) {
            figurePermissive = w;
          }
        }
      }
      ClauseReading.Cue vendorKeeps = rule.polarity() == Polarity.OBLIGATION ? relevant.stream()
          .flatMap(p -> reading.cuesIn(p).stream()).filter(c -> c.force() == ClauseReading.Force.RIGHT
              && c.side() == ClauseReading.Side.VENDOR).findFirst().orElse(null) : null;
      if (disclaimer != null) {
        verdict = Verdict.NO_COMMITMENT;
        reason = disclaimer;
      } else if (vendorKeeps != null) {
        verdict = Verdict.NO_COMMITMENT;
        reason = new WeakPhrase(t.substring(vendorKeeps.start(), vendorKeeps.end()), WeakFamily.DISCRETION, vendorKeeps.start(),
            vendorKeeps.end(), Effect.UNDERMINES, "the vendor keeps the rights");
      } else if (escape != null && rule.polarity() == Polarity.OBLIGATION) {
        verdict = Verdict.NO_COMMITMENT;
        reason = escape;
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
        if (!missing.isEmpty() || !allPassed || !scopeFindings.isEmpty() || permissive != null) {
          verdict = Verdict.BELOW_THRESHOLD;
          reason = permissive;
        } else {
          verdict = Verdict.MEETS;
        }
      }
      int[] carrier = null;
      for (Check c : checks) {
        if (c.figure() != null && carrier == null) {
          int[] p = reading.partAt(c.figure().start());
          carrier = clean.stream().filter(q -> q[0] == p[0]).findFirst().orElse(null);
        }
      }
      if (carrier == null && !clean.isEmpty()) {
        carrier = clean.get(0);
      }
      if (carrier != null) {
        ClauseReading.Cue cue = bindingCue(reading, carrier, rule.polarity());
        commitment = new Commitment(t.substring(carrier[0], carrier[1]).strip(), carrier[0], carrier[1], cue.form(), cue.side().name());
      }
    }
    String advice = Advice.sentence(verdict, rule, reason, checks, missing, scopeFindings, silent);
    return new ClauseAnalysis(verdict, weak, figures, checks, missing, binding, scopeFindings, advice, commitment);
  }

  private static String sentenceText(String t, int[] s) {
    return t.substring(s[0], s[1]);
  }

  /**
   * The cue that makes a part binding for the rule's polarity, or null. For an obligation: an
   * obligation or prohibition of the vendor (or of nobody in particular: a passive, the data, a
   * service-level row), a conditional permission of the vendor, a right of the customer side, or a
   * modal duty of the customer side ("Customer must give 90 days' notice": a fixed term we live
   * with). For a prohibition: a prohibition of the vendor or of nobody in particular. Cues inside a
   * conditional or relative clause count only when they are modal verbs. A descriptive cue (passive,
   * other subject, table row) counts only when {@code measured} (the part states a figure the rule
   * checks) or the clause is {@code complete} (every element named, a figure for every check): "Logs
   * are retained for 400 days" binds, "Keys are managed using secure storage" describes.
   */
  static ClauseReading.Cue bindingCue(ClauseReading reading, int[] part, Polarity polarity, boolean measured, boolean complete) {
    for (ClauseReading.Cue c : reading.cuesIn(part)) {
      if (c.subordinate() && !c.form().startsWith("modal")) {
        continue;
      }
      if (c.descriptive() && !measured && !complete) {
        continue;
      }
      boolean vendorOrNeutral = c.side() != ClauseReading.Side.CUSTOMER;
      if (polarity == Polarity.PROHIBITION) {
        if (c.force() == ClauseReading.Force.PROHIBITION && vendorOrNeutral) {
          return c;
        }
      } else if ((c.force() == ClauseReading.Force.OBLIGATION || c.force() == ClauseReading.Force.PROHIBITION) && vendorOrNeutral
          || c.force() == ClauseReading.Force.RIGHT && c.side() == ClauseReading.Side.CUSTOMER
          || c.force() == ClauseReading.Force.OBLIGATION && c.side() == ClauseReading.Side.CUSTOMER && c.form().startsWith("modal")) {
        return c;
      }
    }
    return null;
  }

  /** bindingCue with measured/complete worked out for the part. */
  private static ClauseReading.Cue bindingCue(ClauseReading reading, int[] part, Polarity polarity) {
    return bindingCue(reading, part, polarity, reading.measured != null && reading.measured.test(part), reading.complete);
  }

  /** Decides whether a weak phrase undermines the commitment or is harmless, and why. */
  private static WeakPhrase judgeWeak(WeakPhrase w, List<WeakPhrase> raw, String t, ClauseReading reading, List<int[]> relevant,
      Polarity polarity) {
    int[] part = reading.partAt(w.start());
    int[] sentence = reading.sentenceAt(w.start());
    boolean isRelevant = relevant.stream().anyMatch(p -> inside(w.start(), p));
    WeakFamily.Kind kind = w.family().kind();
    if (kind == WeakFamily.Kind.PERMISSIVE && !relevant.isEmpty() && ESCAPE.matcher(t.substring(sentence[0], sentence[1])).find()
        && reading.cuesIn(part).stream().anyMatch(c -> c.force() == ClauseReading.Force.PERMISSION)) {
      return with(w, Effect.UNDERMINES, "an escape hatch: lets the vendor do something else instead");
    }
    if (!isRelevant) {
      return with(w, Effect.HARMLESS, "in a part that states none of this requirement's elements or figures");
    }
    if (definedTerm(t, w, sentence)) {
      return with(w, Effect.HARMLESS, "part of a defined term");
    }
    if (kind == WeakFamily.Kind.DISCLAIMER) {
      return with(w, Effect.UNDERMINES, "disclaims the commitment");
    }
    if (w.family() == WeakFamily.REQUIRED_BY_LAW && LEGAL_EXCEPTION.matcher(t.substring(Math.max(sentence[0], w.start() - 25), w.start())).find()) {
      return with(w, Effect.HARMLESS, "an exception for what the law compels, not a limit on the commitment");
    }
    ClauseReading.Scope condition = reading.conditionalScopeAt(w.start());
    if (condition != null && w.start() > condition.trigger() && w.family() != WeakFamily.REQUIRED_BY_LAW) {
      boolean mainBinds = reading.cues.stream().anyMatch(c -> c.start() >= condition.end() && c.start() < sentence[1]
          && !c.subordinate() && (c.force() == ClauseReading.Force.OBLIGATION || c.force() == ClauseReading.Force.PROHIBITION)
          && c.side() != ClauseReading.Side.CUSTOMER);
      if (mainBinds) {
        return with(w, Effect.HARMLESS, "inside the condition '" + clip(t.substring(condition.start(), condition.end())) + "' that triggers the obligation");
      }
    }
    if (w.family() == WeakFamily.REASONABLENESS && SPECIFIED.matcher(t.substring(w.end(), sentence[1])).find()) {
      return with(w, Effect.HARMLESS, "made specific by the example that follows");
    }
    if (kind == WeakFamily.Kind.HEDGE) {
      Matcher cap = HARD_CAP.matcher(t.substring(w.end(), sentence[1]));
      if (cap.find() && hasFigureSoonAfter(t, w.end() + cap.end())) {
        return with(w, Effect.HARMLESS, "bounded by the hard cap '" + clip(t.substring(w.end() + cap.start(),
            Math.min(sentence[1], w.end() + cap.end() + 25))) + "'");
      }
      return with(w, Effect.UNDERMINES, "hedges the commitment");
    }
    // permissive
    if (w.family() == WeakFamily.MAY || w.family() == WeakFamily.DISCRETION) {
      ClauseReading.Cue may = reading.cuesIn(part).stream()
          .filter(c -> c.form().startsWith("conditional permission") && Math.abs(c.start() - w.start()) < 80).findFirst().orElse(null);
      if (may != null) {
        return with(w, Effect.HARMLESS, "the permission is conditional and the condition binds");
      }
      String after = t.substring(w.end(), sentence[1]);
      Matcher b = BOUNDING_CONNECTOR.matcher(after);
      while (b.find()) {
        int from = w.end() + b.end();
        boolean bound = reading.cues.stream().anyMatch(c -> c.start() >= from && c.start() < Math.min(sentence[1], from + 40)
            && (c.force() == ClauseReading.Force.OBLIGATION || c.force() == ClauseReading.Force.PROHIBITION)
            && c.side() != ClauseReading.Side.CUSTOMER);
        if (bound) {
          return with(w, Effect.HARMLESS, "bounded by the obligation after '" + b.group().trim() + "'");
        }
      }
      if (reading.cuesIn(part).stream().anyMatch(c -> c.force() == ClauseReading.Force.PROHIBITION && c.start() <= w.start()
          && c.form().contains("after 'no'"))) {
        return with(w, Effect.HARMLESS, "negated: nothing is permitted");
      }
      boolean hedgedHere = raw.stream().anyMatch(o -> o.family().kind() == WeakFamily.Kind.HEDGE && inside(o.start(), part));
      if (w.family() == WeakFamily.MAY && polarity == Polarity.OBLIGATION && bindingCue(reading, part, polarity) != null && !hedgedHere
          && reading.cuesIn(part).stream().noneMatch(c -> c.force() == ClauseReading.Force.PERMISSION && c.start() < bindingStart(reading, part, polarity))) {
        return with(w, Effect.HARMLESS, "an extra permission beside a binding verb in the same limb");
      }
      if (w.family() == WeakFamily.MAY && polarity == Polarity.PROHIBITION && bindingCue(reading, part, polarity) != null
          && reading.cuesIn(part).stream().noneMatch(c -> c.force() == ClauseReading.Force.PERMISSION)) {
        return with(w, Effect.HARMLESS, "inside the prohibition");
      }
    }
    if (ESCAPE.matcher(t.substring(sentence[0], sentence[1])).find()) {
      return with(w, Effect.UNDERMINES, "an escape hatch: lets the vendor do something else instead");
    }
    return with(w, Effect.UNDERMINES, "leaves it to the vendor");
  }

  private static int bindingStart(ClauseReading reading, int[] part, Polarity polarity) {
    ClauseReading.Cue c = bindingCue(reading, part, polarity);
    return c == null ? Integer.MAX_VALUE : c.start();
  }

  private static boolean hasFigureSoonAfter(String t, int pos) {
    return FigureExtractor.extract(t.substring(pos, Math.min(t.length(), pos + 40))).stream().anyMatch(f -> f.start() < 15);
  }

  /** "Target Availability", "\"Service Improvement\"": a capitalised defined term, not wording of the promise. */
  private static boolean definedTerm(String t, WeakPhrase w, int[] sentence) {
    if (w.start() == sentence[0] || !Character.isUpperCase(w.phrase().charAt(0))) {
      return false;
    }
    boolean quoted = w.start() > 0 && "\"“'".indexOf(t.charAt(w.start() - 1)) >= 0
        || Regexes.matches(t.substring(w.end()), "(?s)^\\s*\\w*\\s*[\"”'].*") && Regexes.matches(t.substring(Math.max(0, w.start() - 2), w.start()), ".*[\"“].*");
    boolean nextCapital = Regexes.matches(t.substring(w.end()), "(?s)^\\s+\\p{Lu}\\w*.*");
    boolean prevCapital = Regexes.matches(t.substring(Math.max(sentence[0], w.start() - 30), w.start()), "(?s).*\\b(?!Provider|Customer|The|If|A)\\p{Lu}\\w+\\s+$");
    return quoted || nextCapital || prevCapital;
  }

  private static String clip(String s) {
    String x = Regexes.replaceAll(s.strip(), "\\s+", " ");
    return x.length() <= 50 ? x : x.substring(0, 47) + "...";
  }

  private static WeakPhrase with(WeakPhrase w, Effect effect, String reason) {
    return new WeakPhrase(w.phrase(), w.family(), w.start(), w.end(), effect, reason);
  }

  // ---------------------------------------------------------------------------------------------

  private static boolean inside(int pos, int[] span) {
    return pos >= span[0] && pos < span[1];
  }

  private static WeakPhrase firstIn(List<WeakPhrase> weak, List<int[]> parts, WeakFamily.Kind kind) {
    for (WeakPhrase w : weak) {
      if (w.undermines() && w.family().kind() == kind && parts.stream().anyMatch(p -> inside(w.start(), p))) {
        return w;
      }
    }
    return null;
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
    for (WeakFamily.Match m : WeakFamily.find(t)) {
      all.add(new WeakPhrase(t.substring(m.start(), m.end()), m.family(), m.start(), m.end()));
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
      if (w.family() == WeakFamily.PRODUCT_IMPROVEMENT && (restricted(t, w.start(), parts)
          || Character.isLowerCase(w.phrase().charAt(0)) && RESTRICTED_AFTER.matcher(t.substring(w.end())).find())) {
        continue; // "shall not use ... for product improvement", "limit any service improvement to ...", "... is limited to"
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
      "\\b(?:not|never|no|only|solely|limit(?:s|ed)?(?: (?:any|all))?|restrict(?:s|ed)?|prohibit(?:s|ed)?|except)\\b[^.;]{0,60}$",
      Pattern.CASE_INSENSITIVE);

  /** Whether a permission-like phrase is itself restricted by a negation or limitation just before it. */
  private static boolean restricted(String t, int pos, List<int[]> parts) {
    int from = 0;
    for (int[] p : parts) {
      if (inside(pos, p)) {
        from = p[0];
      }
    }
    return RESTRICTION.matcher(t.substring(Math.max(from, pos - 80), pos)).find();
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

  /** A figure attached to a check, and why that one. */
  record Attached(Figure figure, String reason) {}

  /** What a figure measures, read from the words around it. */
  enum Role {
    /** "60 days' notice", "30 days before the change": a lead time. */
    ADVANCE,
    /** "24 hours a day", "7 days a week": coverage, never a time limit. */
    COVERAGE,
    /** "successive one-year terms": the length of a term, never a notice. */
    TERM,
    OTHER
  }

  static Role role(String t, Figure f) {
    String after = t.substring(f.end(), Math.min(t.length(), f.end() + 40));
    String before = t.substring(Math.max(0, f.start() - 40), f.start());
    if (COVERAGE_AFTER.matcher(after).find()) {
      return Role.COVERAGE;
    }
    if (TERM_BEFORE.matcher(before).find() || TERM_AFTER.matcher(after).find()) {
      return Role.TERM;
    }
    if (ADVANCE_AFTER.matcher(after).find()) {
      return Role.ADVANCE;
    }
    return Role.OTHER;
  }

  /** Whether a threshold is a lead time ("...NoticeDays" other than breach notices, "...LeadDays"). */
  private static boolean wantsAdvance(ThresholdCheck c) {
    String k = c.threshold();
    return (k.endsWith("NoticeDays") || k.endsWith("LeadDays")) && c.unit() != ClauseRule.Unit.HOURS;
  }

  /**
   * Attaches a figure to a check. Candidates: figures of the check's quantity that are not coverage
   * ("24 hours a day") or a term length ("successive one-year terms"). With {@code near}: the
   * candidate in the same phrase as a {@code near} match, nearest first. Otherwise, in order: a lead
   * time for a notice threshold; the figure after a hard cap ("in any event within 48 hours"); the
   * figure in the phrase naming most of the rule's elements; the first.
   */
  static Attached attach(String t, ThresholdCheck c, List<Figure> figures, ClauseReading reading, List<int[]> elementHits,
      List<Integer> elementOf) {
    List<Figure> all = figures.stream().filter(f -> quantityMatches(c.unit(), f.normalizedUnit())).toList();
    List<Figure> candidates = all.stream().filter(f -> {
      Role r = role(t, f);
      return r != Role.COVERAGE && r != Role.TERM;
    }).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    List<int[]> phrases = split(t, PHRASE_BOUNDARY);
    if (c.near() != null && !c.near().isBlank()) {
      List<int[]> anchors = new ArrayList<>();
      Matcher m = Regexes.ignoringCase(c.near()).matcher(t);
      while (m.find()) {
        anchors.add(new int[] {m.start(), m.end()});
      }
      if (!anchors.isEmpty()) {
        // Prefer a figure in the same phrase as an anchor (phrases cut at commas, semicolons, sentence
        // ends and "and"), so "p95 ... 800 ms and p99 ... 2,500 ms" pairs each figure with its label.
        Figure best = null;
        String bestAnchor = null;
        int bestScore = Integer.MAX_VALUE;
        for (Figure f : candidates) {
          for (int[] a : anchors) {
            int d = f.end() <= a[0] ? a[0] - f.end() : a[1] <= f.start() ? f.start() - a[1] : 0;
            boolean samePhrase = phrases.stream().anyMatch(p -> inside(f.start(), p) && inside(a[0], p));
            int score = samePhrase ? d : 100_000 + d;
            if (score < bestScore) {
              bestScore = score;
              best = f;
              bestAnchor = t.substring(a[0], a[1]);
            }
          }
        }
        return new Attached(best, (bestScore < 100_000 ? "in the phrase with '" : "nearest to '") + bestAnchor + "'");
      }
    }
    if (wantsAdvance(c)) {
      Figure advance = candidates.stream().filter(f -> role(t, f) == Role.ADVANCE).findFirst().orElse(null);
      if (advance != null) {
        return new Attached(advance, "a lead time (notice or 'before')");
      }
    }
    if (c.direction() == Direction.AT_MOST) {
      for (Figure f : candidates) {
        int[] s = reading.sentenceAt(f.start());
        Matcher cap = HARD_CAP.matcher(t.substring(Math.max(s[0], f.start() - 30), f.start()));
        if (cap.find()) {
          return new Attached(f, "the hard cap after '" + cap.group() + "'");
        }
      }
    }
    Figure best = candidates.get(0);
    int bestCount = -1;
    int firstCount = -1;
    for (Figure f : candidates) {
      int[] phrase = phrases.stream().filter(p -> inside(f.start(), p)).findFirst().orElse(new int[] {f.start(), f.end()});
      int[] part = reading.partAt(f.start());
      int from = Math.max(part[0], phrase[0] - 1);
      int to = Math.min(part[1], phrase[1] + 1);
      java.util.Set<Integer> named = new java.util.HashSet<>();
      for (int i = 0; i < elementHits.size(); i++) {
        if (elementHits.get(i)[0] >= from && elementHits.get(i)[0] < to) {
          named.add(elementOf.get(i));
        }
      }
      if (firstCount < 0) {
        firstCount = named.size();
      }
      if (named.size() > bestCount) {
        bestCount = named.size();
        best = f;
      }
    }
    if (best != candidates.get(0) && bestCount > firstCount) {
      return new Attached(best, "in the phrase naming the requirement");
    }
    best = candidates.get(0);
    return new Attached(best, candidates.size() == 1 ? "the only figure of that quantity" : "the first figure of that quantity");
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
