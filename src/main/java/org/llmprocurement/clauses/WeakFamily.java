package org.llmprocurement.clauses;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Families of weak contract wording. Each family has several phrasings; the patterns are matched
 * case-insensitively on the clause text.
 *
 * <p>{@link Kind#HEDGE} families make a commitment {@link Verdict#VAGUE}; {@link Kind#PERMISSIVE}
 * families leave it to the vendor ({@link Verdict#NO_COMMITMENT}); {@link Kind#DISCLAIMER} takes it
 * back ({@link Verdict#NO_COMMITMENT}).
 */
public enum WeakFamily {
  BEST_EFFORTS(Kind.HEDGE, "best efforts", "best (?:commercial )?efforts?", "best endeavou?rs?",
      "utmost efforts?", "make every (?:reasonable )?effort", "work(?:s|ing)? diligently", "(?:good[- ]faith|diligent) efforts?"),
  COMMERCIALLY_REASONABLE_EFFORTS(Kind.HEDGE, "commercially reasonable efforts",
      "commercially reasonable (?:efforts?|endeavou?rs?|steps|measures)", "reasonable commercial efforts?",
      "(?:when|where|if|to the extent|as(?: is| are)?) commercially reasonable"),
  REASONABLE_ENDEAVOURS(Kind.HEDGE, "reasonable endeavours", "(?:all )?reasonable endeavou?rs?",
      "(?<!commercially )reasonable efforts?", "endeavou?rs? to", "(?:shall|will|to) endeavou?r\\b"),
  WITHOUT_UNDUE_DELAY(Kind.HEDGE, "without undue delay / promptly", "without undue delay",
      "promptly", "as soon as (?:reasonably )?(?:practicable|possible|feasible)", "in a timely (?:manner|fashion)",
      "expeditiously", "forthwith"),
  TECHNICAL_FEASIBILITY(Kind.HEDGE, "subject to technical feasibility",
      "subject to (?:technical )?feasibility", "(?:where|if|when|to the extent) (?:technically |reasonably |commercially )?(?:feasible|practicable)",
      "technically feasible", "to the extent possible", "(?:where|if|when|whenever) (?:reasonably )?possible", "as far as (?:reasonably )?possible"),
  FROM_TIME_TO_TIME(Kind.HEDGE, "from time to time", "from time to time", "periodically", "occasionally",
      "at regular intervals", "on a regular basis"),
  HIGH_AVAILABILITY(Kind.HEDGE, "high availability", "high(?:ly)?[- ]availab(?:le|ility)", "highly reliable",
      "industry[- ]standard (?:uptime|availability)", "maximi[sz]e (?:uptime|availability)"),
  FAST_RESPONSE(Kind.HEDGE, "fast / quick response", "(?:fast|quick|rapid|swift)(?:er)? (?:response|responses|turnaround|resolution|support)",
      "respond(?:s|ing)? (?:quickly|rapidly|swiftly|fast)", "low[- ]latency", "quickly", "rapidly"),
  INVESTIGATE(Kind.HEDGE, "will investigate / look into", "investigate", "look(?:ing)? into",
      "(?:once|after|when|until|upon (?:the )?completion of|following the completion of) (?:its|the|an?) (?:own |internal )?investigation(?: (?:is|has been) (?:complete|completed|concluded))?"),
  ASPIRATIONAL(Kind.HEDGE, "aims / targets / strives", "aims? to", "strives? to", "seeks? to", "intends? to",
      "expects? to", "targets?", "designed to", "goal of", "tr(?:y|ies) to", "attempts? to", "(?:shall|will) attempt"),
  REASONABLENESS(Kind.HEDGE, "reasonable / appropriate (notice, time, measures)",
      "(?:reasonable|appropriate)(?: and (?:reasonable|appropriate|proportionate))? (?:technical and organi[sz]ational )?(?:measures|steps|safeguards|precautions|controls|security)",
      "(?:reasonable|appropriate|adequate) (?:prior )?(?:advance )?(?:written )?notice", "within a reasonable (?:time|period|timeframe|time ?frame)",
      "(?:reasonable|appropriate) (?:intervals|time ?frames?|timeframes?|periods? of time)", "in a reasonable (?:time|period|timeframe)",
      "where appropriate"),
  REQUIRED_BY_LAW(Kind.HEDGE, "only where required by law",
      "(?:where|when|if|as|to the extent|insofar as) (?:so )?(?:required|mandated|necessary) (?:by|under) (?:(?:the )?applicable )?(?:[a-z]+ ){0,3}(?:laws?|regulations?)"),
  MAY(Kind.PERMISSIVE, "'may' commitments", "may(?!\\s+(?:not|have)\\b)", "might"),
  DISCRETION(Kind.PERMISSIVE, "at its discretion", "(?:at|in) (?:its|their|our|the provider's|the vendor's|provider's|vendor's) (?:sole |absolute |own |reasonable )*discretion",
      "reserves? the right", "as (?:it|provider|vendor|we) (?:deems?|considers?|sees?) (?:fit|appropriate|necessary)",
      "(?:deems?|considers?) (?:it )?(?:appropriate|necessary)", "as appropriate",
      "(?:in accordance with|subject to|under|per) (?:the provider's|the vendor's|its|their) (?:then[- ]current |standard |applicable |internal |published )*(?:policies|policy|terms|procedures|practices|price list|pricing)",
      "(?:the provider's|the vendor's|its) then[- ]current (?:list )?(?:price|prices|pricing|rates?|terms|policies)",
      "(?:for )?as long as (?:is |it is )?(?:necessary|needed|required)(?: for (?:its|their|our) (?:own )?(?:legitimate )?(?:business )?purposes)?"),
  PRODUCT_IMPROVEMENT(Kind.PERMISSIVE, "improve our services / product improvement",
      "improv(?:e|ing|ement of) (?:our|its|the|their) (?:own )?(?:services?|products?|models?|offerings?)",
      "(?:product|service|model) improvement", "develop(?:ing)? new (?:products|services|features)"),
  DISCLAIMER(Kind.DISCLAIMER, "disclaimers", "no guarantees?", "(?:does|do|shall|will) not guarantee",
      "makes? no (?:representation|warranty|warranties|commitment|guarantee)s?", "without (?:any )?(?:guarantee|warranty)",
      "not (?:be )?(?:liable|responsible)", "\"?as[- ]is\"?(?= and| or| basis|[,.;]|$)", "\"?as[- ]available\"?", "does not warrant", "disclaims?",
      "(?:no|without any) obligation", "not (?:be )?(?:obliged|obligated|required) to", "under no obligation");

  /** How a family bears on the verdict. */
  public enum Kind {
    HEDGE,
    PERMISSIVE,
    DISCLAIMER
  }

  private final Kind kind;
  private final String label;
  private final List<String> regexes;
  private final List<Pattern> patterns;

  WeakFamily(Kind kind, String label, String... regexes) {
    this.kind = kind;
    this.label = label;
    this.regexes = List.of(regexes);
    this.patterns = this.regexes.stream().map(r -> Pattern.compile(whole(r), Pattern.CASE_INSENSITIVE)).toList();
  }

  /** A phrasing matched as whole words: no word character right before or after it. */
  private static String whole(String regex) {
    return "(?<!\\w)" + regex + "(?!\\w)";
  }

  /** One place where a phrasing of a family matches: {@code [start, end)} in the clause. */
  record Match(WeakFamily family, int start, int end) {}

  /**
   * Every match of every phrasing in the clause (case-insensitive, whole words), family by family
   * in declaration order, each phrasing's matches left to right; overlapping matches of different
   * phrasings are all there. One pass of {@link #anyPhrasing()} finds where the first weak wording
   * starts (or that there is none) and the phrasings search from there, instead of about ninety
   * passes over the whole clause.
   */
  static List<Match> find(String text) {
    List<Match> found = new java.util.ArrayList<>();
    Matcher any = anyPhrasing().matcher(text);
    if (!any.find()) {
      return found;
    }
    int first = any.start();
    for (WeakFamily f : values()) {
      for (Pattern p : f.patterns) {
        Matcher m = p.matcher(text);
        if (m.find(first)) {
          do {
            found.add(new Match(f, m.start(), m.end()));
          } while (m.find());
        }
      }
    }
    return found;
  }

  /**
   * Every phrasing of every family in one pattern: it matches at a position exactly when one of
   * {@link #patterns()} matches there, so the first place it finds is the earliest place any weak
   * wording starts.
   */
  static Pattern anyPhrasing() {
    return AnyPhrasing.PATTERN;
  }

  public Kind kind() {
    return kind;
  }

  /** Short human name, e.g. "commercially reasonable efforts". */
  public String label() {
    return label;
  }

  List<Pattern> patterns() {
    return patterns;
  }

  /** Built on first use: an enum's constants cannot read its static fields while they are constructed. */
  private static final class AnyPhrasing {
    static final Pattern PATTERN = Pattern.compile(whole(java.util.Arrays.stream(values())
        .flatMap(f -> f.regexes.stream()).map(r -> "(?:" + r + ")")
        .collect(java.util.stream.Collectors.joining("|", "(?:", ")"))), Pattern.CASE_INSENSITIVE);
  }
}
