package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmprocurement.clauses.EnglishNlp.Token;

/**
 * The structure of a clause as far as commitments go: its sentences (OpenNLP), its parts (limbs cut
 * at semicolons and at a contrasting "but", never inside "including but not limited to"), the
 * conditional and relative clauses inside them, and every <em>cue</em> that binds or frees a party:
 * which verb form, which force (obligation, prohibition, right, permission) and who is bound.
 *
 * <p>Verbs are read from part-of-speech tags. The English models tag capitalised party names
 * ("Provider encrypts ...") poorly, so the party names are given to the tagger as the pronoun "it"
 * (token offsets are unchanged); the tagger then reads "encrypts" as the verb it is.
 */
final class ClauseReading {

  /** Who a cue binds or frees. NEUTRAL: the data, the service or a passive ("Customer Data is encrypted"). */
  enum Side {
    VENDOR,
    CUSTOMER,
    NEUTRAL
  }

  enum Force {
    OBLIGATION,
    PROHIBITION,
    /** A right of the customer side ("Customer may terminate", "Customer owns the Output"). */
    RIGHT,
    /** A permission of the vendor ("Provider may"); binding only when conditional ("may ... only by giving notice"). */
    PERMISSION
  }

  /**
   * One verb form that carries (or withholds) a commitment.
   *
   * @param form how it was recognised, for the explanation ("modal 'shall'", "present tense 'encrypts'")
   * @param subordinate inside a conditional or relative clause ("if Customer reports ...")
   * @param descriptive a statement about things rather than a party's act: a passive ("logs are
   *     retained"), another subject ("the list names ..."), a service-level row. It binds only where
   *     it is measured or complete (see {@link ClauseAnalyzer#bindingCue}); a modal, a performative
   *     or the vendor's own act in the present tense ("Provider encrypts") binds outright.
   */
  record Cue(Force force, Side side, String form, int start, int end, boolean subordinate, boolean descriptive) {

    Cue(Force force, Side side, String form, int start, int end, boolean subordinate) {
      this(force, side, form, start, end, subordinate, false);
    }
  }

  /** A conditional ("if", "where", "unless" ...) or relative ("that", "which") clause. */
  record Scope(int trigger, int start, int end, boolean conditional) {}

  final String text;
  final List<int[]> sentences;
  final List<int[]> parts;
  final List<Token> tokens;
  final List<Scope> scopes;
  final List<Cue> cues;
  /** Set by the analyzer once the rule is applied: every element named and a figure for every check. */
  boolean complete;
  /** Set by the analyzer: whether a part states a figure of a quantity the rule checks. */
  java.util.function.Predicate<int[]> measured;

  private static final Set<String> VENDOR_WORDS = Set.of("provider", "vendor", "supplier", "company", "processor",
      "licensor", "contractor", "we", "us", "our", "provider's", "vendor's", "supplier's", "personnel", "staff", "engineers");
  private static final Set<String> CUSTOMER_WORDS = Set.of("customer", "customers", "client", "clients", "buyer", "licensee",
      "subscriber", "you", "customer's", "client's", "customers'", "auditor", "auditors");
  /** Nouns after "Customer" that make it the data, not the party: "Customer Data is encrypted". */
  private static final Pattern CUSTOMER_THING = Pattern.compile(
      "(?i)(?:data|content|inputs?|outputs?|prompts?|personal|materials?|information|files?|traffic|instances?|keys?|'s\\s+(?:data|content|prompts?|inputs?|outputs?|personal))\\b.*");
  private static final Set<String> PARTY_NAMES = Set.of("provider", "vendor", "supplier", "customer", "client", "licensee",
      "subscriber", "licensor", "processor", "contractor", "company");

  private static final Pattern PART_BOUNDARY = Pattern.compile(
      ";\\s*|,?\\s+(?i:but)\\s+(?!(?i:not\\s+(?:limited|restricted)|only|also)\\b)(?<!(?i:including|not only|including,)\\s+(?i:but)\\s+)");
  private static final Set<String> CONDITION_WORDS = Set.of("if", "where", "when", "whenever", "unless", "until", "once",
      "while", "whether", "should", "provided");
  private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whom", "whose");

  /** Phrases that bind without a modal verb on the token level (customer or vendor side decided by the subject). */
  private static final Pattern PHRASE_CUES = Pattern.compile(
      "(?i)\\b(?<neg>(?:agrees?|undertakes?|commits?|covenants?) not to|(?:is|are) (?:prohibited|forbidden|not permitted) (?:from|to)"
          + "|refrains? from|(?:solely|only|exclusively) (?:for|to) (?:the purpose of )?provid)"
          + "|(?<pos>(?:agrees?|undertakes?|commits?|covenants?) (?:to|that)|(?:is|are) (?:obliged|obligated|required|bound|committed) to"
          + "|warrants? that|hereby (?:assigns?|grants?|transfers?|conveys?|waives?|agrees?|undertakes?|commits?)"
          + "|(?:is|are|shall be|will be) entitled to|(?:has|have|shall have|will have) the (?:right|option) to)"
          + "|(?<inv>(?:(?:in|under) no (?:case|event|circumstances?)|at no time),? (?:shall|will|may|must|can|is|are|does))");
  /** "renews unless Customer gives notice": a continuation the customer side can stop. */
  private static final Pattern CUSTOMER_STOP = Pattern.compile(
      "(?i)\\bunless\\s+(?:the\\s+)?(?:customer|client|buyer|licensee|subscriber|either party|each party|you)\\s+"
          + "(?:gives|serves|provides|sends|delivers|elects|cancels)\\b"
          + "|\\bunless\\s+(?:(?:written|prior|timely)\\s+)*notice(?:\\s+of\\s+non-?renewal)?\\s+is\\s+(?:given|served|provided|sent|delivered)\\b");
  /** Conditions that make a vendor permission a commitment: "may ... only by giving notice". */
  private static final Pattern PERMISSION_CONDITION = Pattern.compile(
      "(?i)^[^.;]{0,120}?\\b(?:only\\s+(?:by|after|with|if|upon|on|through|where|when|once|following|to the extent)|provided\\s+(?:that|always)"
          + "|subject\\s+to\\s+(?:giving|providing|(?:at least|not less than|no less than)|prior|customer's\\s+(?:prior\\s+)?(?:written\\s+)?(?:approval|consent)))\\b");
  /** "Provider retains all rights in the Output": the vendor keeps what the customer should get. */
  private static final Pattern VENDOR_KEEPS = Pattern.compile(
      "(?i)^\\s+(?:all\\s+|any\\s+|sole\\s+|full\\s+)*(?:rights?|title|ownership|interest|intellectual property)\\b");
  private static final Pattern SERVICE_LEVEL_ROW = Pattern.compile("\\||^[^.:;]{2,60}:\\s*\\S|\\s[-–]\\s[^.]{0,40}:\\s*\\S");

  ClauseReading(String text) {
    this.text = text;
    EnglishNlp nlp = EnglishNlp.get();
    this.sentences = text.isBlank() ? List.of(new int[] {0, text.length()}) : nlp.sentences(text);
    this.parts = new ArrayList<>();
    this.tokens = new ArrayList<>();
    this.scopes = new ArrayList<>();
    this.cues = new ArrayList<>();
    for (int[] s : sentences) {
      List<Token> sentenceTokens = nlp.tokens(text, s[0], s[1], ClauseReading::forTagger);
      tokens.addAll(sentenceTokens);
      List<int[]> sentenceParts = ClauseAnalyzer.split(text.substring(s[0], s[1]), PART_BOUNDARY).stream()
          .map(p -> new int[] {s[0] + p[0], s[0] + p[1]}).toList();
      parts.addAll(sentenceParts);
      readScopes(sentenceTokens, sentenceParts);
      readCues(s, sentenceTokens, sentenceParts);
    }
  }

  /** Party names go to the tagger as "it": "Provider encrypts" is tagged as a verb after a pronoun. */
  private static String forTagger(String word) {
    return PARTY_NAMES.contains(word.toLowerCase(Locale.ROOT)) ? "it" : word;
  }

  // ---------------------------------------------------------------------------------------------

  private void readScopes(List<Token> ts, List<int[]> sentenceParts) {
    for (int i = 0; i < ts.size(); i++) {
      String w = ts.get(i).text().toLowerCase(Locale.ROOT);
      boolean conditional = CONDITION_WORDS.contains(w) || (w.equals("event") && i > 1 && ts.get(i - 1).text().equalsIgnoreCase("the")
          && ts.get(i - 2).text().equalsIgnoreCase("in")) || (w.equals("case") && i > 0 && ts.get(i - 1).text().equalsIgnoreCase("in"));
      boolean relative = RELATIVE_WORDS.contains(w) && !(i > 0 && ts.get(i - 1).text().equalsIgnoreCase("so"));
      if (w.equals("where") && i + 1 < ts.size() && Regexes.matches(ts.get(i + 1).text(), "(?i)feasible|possible|practicable|required|appropriate|applicable|necessary")) {
        continue; // "where feasible", "where required by law": a qualifier, not a clause
      }
      if (!conditional && !relative) {
        continue;
      }
      int start = ts.get(i).start();
      int partEnd = sentenceParts.stream().filter(p -> start >= p[0] && start < p[1]).map(p -> p[1]).findFirst().orElse(ts.get(ts.size() - 1).end());
      int end = partEnd;
      for (int j = i + 1; j < ts.size(); j++) {
        Token t = ts.get(j);
        if (t.start() >= partEnd) {
          break;
        }
        if (t.text().equals(",") || t.text().equals("(") && conditional) {
          end = t.start();
          break;
        }
      }
      scopes.add(new Scope(start, start, end, conditional));
    }
  }

  private boolean inScope(int pos) {
    return scopes.stream().anyMatch(s -> pos > s.start() && pos < s.end());
  }

  Scope conditionalScopeAt(int pos) {
    return scopes.stream().filter(s -> s.conditional() && pos > s.start() && pos < s.end()).findFirst().orElse(null);
  }

  private void readCues(int[] sentence, List<Token> ts, List<int[]> sentenceParts) {
    List<Cue> found = new ArrayList<>();
    // phrase cues
    String s = text.substring(sentence[0], sentence[1]);
    Matcher m = PHRASE_CUES.matcher(s);
    while (m.find()) {
      int start = sentence[0] + m.start();
      int end = sentence[0] + m.end();
      Side side = subjectBefore(start, ts);
      Force force;
      if (m.group("neg") != null) {
        force = Force.PROHIBITION;
        if (Regexes.matches(m.group("neg").toLowerCase(Locale.ROOT), "(?:solely|only|exclusively).*")) {
          side = Side.NEUTRAL;
        }
      } else if (m.group("inv") != null) {
        force = Force.PROHIBITION;
        side = subjectAfter(end, ts);
      } else {
        String g = m.group("pos").toLowerCase(Locale.ROOT);
        force = g.contains("entitled") || g.contains("right") || g.contains("option") ? Force.RIGHT : Force.OBLIGATION;
        if (force == Force.OBLIGATION && side == Side.CUSTOMER && g.endsWith("that")) {
          continue; // "Customer agrees that Provider may ...": the customer concedes, the clause inside decides
        }
      }
      found.add(new Cue(force, side, "'" + m.group().trim() + "'", start, end, inScope(start)));
    }
    Matcher stop = CUSTOMER_STOP.matcher(s);
    while (stop.find()) {
      found.add(new Cue(Force.RIGHT, Side.CUSTOMER, "continuation Customer can stop ('" + stop.group().trim() + "')",
          sentence[0] + stop.start(), sentence[0] + stop.end(), false));
    }
    // token cues
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      String next = i + 1 < ts.size() ? ts.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
      String prev = i > 0 ? ts.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
      boolean covered = found.stream().anyMatch(c -> t.start() >= c.start() && t.start() < c.end());
      if (covered) {
        continue;
      }
      if (Regexes.matches(w, "shall|must|will|won't|shan't")) {
        if (w.equals("will") && !t.tag().equals("AUX")) {
          continue; // "the will of the parties"
        }
        boolean negated = Regexes.matches(next, "not|never|n't") || w.endsWith("n't");
        Side side = subjectBefore(t.start(), ts);
        Force force = negated ? Force.PROHIBITION : Force.OBLIGATION;
        if (side == Side.CUSTOMER && !negated) {
          // "Customer shall have access", "Customer will receive": a right; "Customer must give notice": a fixed term of ours
          String rest = text.substring(t.end(), Math.min(text.length(), t.end() + 30)).toLowerCase(Locale.ROOT);
          force = Regexes.matches(rest, "\\s*(?:have|receive|be entitled|retain|own|keep|hold|be able)\\b.*") ? Force.RIGHT : Force.OBLIGATION;
        }
        found.add(new Cue(force, side, "modal '" + t.text() + (negated ? " " + ts.get(i + 1).text() : "") + "'", t.start(),
            negated ? ts.get(i + 1).end() : t.end(), inScope(t.start())));
      } else if (w.equals("may") || w.equals("can") || w.equals("cannot") || w.equals("might")) {
        boolean negated = w.equals("cannot") || Regexes.matches(next, "not|never");
        Side side = subjectBefore(t.start(), ts);
        boolean noSubject = noDeterminerSubject(i, ts);
        if (w.equals("may") && next.equals("have")) {
          continue; // "any right it may have"
        }
        if (negated || noSubject) {
          found.add(new Cue(Force.PROHIBITION, side == Side.CUSTOMER ? Side.CUSTOMER : side, "'" + t.text() + (negated ? " not" : "")
              + "'" + (noSubject ? " after 'no'" : ""), t.start(), t.end(), inScope(t.start())));
        } else if (side == Side.CUSTOMER) {
          found.add(new Cue(Force.RIGHT, side, "customer right '" + t.text() + "'", t.start(), t.end(), inScope(t.start())));
        } else if (!w.equals("can")) {
          boolean conditional = PERMISSION_CONDITION.matcher(text.substring(t.end(), partEnd(t.start(), sentenceParts))).find();
          found.add(new Cue(conditional ? Force.OBLIGATION : Force.PERMISSION, side,
              conditional ? "conditional permission '" + t.text() + " ... only/provided'" : "permission '" + t.text() + "'",
              t.start(), t.end(), inScope(t.start())));
        }
      } else if (t.tag().equals("AUX") && Regexes.matches(w, "is|are|remain|remains")) {
        // passive or state: "is encrypted", "are retained", "is not used", "remain available"
        int j = i + 1;
        boolean negated = false;
        while (j < ts.size() && (ts.get(j).tag().equals("ADV") || ts.get(j).tag().equals("PART"))) {
          negated |= ts.get(j).text().equalsIgnoreCase("not") || ts.get(j).text().equalsIgnoreCase("never");
          j++;
        }
        if (j < ts.size() && isParticipleOrState(ts.get(j))) {
          Side side = subjectBefore(t.start(), ts);
          found.add(new Cue(negated ? Force.PROHIBITION : side == Side.CUSTOMER ? Force.RIGHT : Force.OBLIGATION,
              side == Side.CUSTOMER ? Side.CUSTOMER : Side.NEUTRAL,
              "present tense '" + text.substring(t.start(), ts.get(j).end()) + "'", t.start(), ts.get(j).end(), inScope(t.start()),
              side != Side.CUSTOMER));
        }
      } else if (Regexes.matches(w, "does|do") && Regexes.matches(next, "not|never")) {
        String verb = i + 2 < ts.size() ? ts.get(i + 2).text().toLowerCase(Locale.ROOT) : "";
        if (Regexes.matches(verb, "claim|assert|acquire|intend|plan|expect|anticipate|guarantee|warrant|represent|promise|commit")) {
          continue; // "does not claim ownership": a disclaimer of its own position, no promise to us
        }
        Side side = subjectBefore(t.start(), ts);
        found.add(new Cue(Force.PROHIBITION, side, "present tense '" + t.text() + " not'", t.start(), ts.get(i + 1).end(),
            inScope(t.start()), side != Side.VENDOR));
      } else if (t.tag().equals("VERB") && finitePresent(i, ts) || lexiconVerb(i, ts)) {
        Side side = subjectBefore(t.start(), ts);
        Force force;
        boolean possession = Regexes.matches(w, "owns|own|retains|retain|holds|hold|keeps|keep|has|have|reserves|reserve");
        if (side == Side.CUSTOMER) {
          if (!possession && !Regexes.matches(w, "receives|receive")) {
            continue; // "Customer reports ...", "Customer agrees ...": the customer's own act, not a vendor commitment
          }
          if (Regexes.matches(next, "no|neither")) {
            found.add(new Cue(Force.PROHIBITION, side, "withheld right '" + t.text() + " no'", t.start(), t.end(), inScope(t.start())));
            continue; // "Client has no right to audit"
          }
          force = Force.RIGHT;
        } else if (side == Side.VENDOR && (Regexes.matches(w, "owns|own") || possession
            && VENDOR_KEEPS.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 40))).find())) {
          found.add(new Cue(Force.RIGHT, Side.VENDOR, "vendor keeps '" + t.text() + "'", t.start(), t.end(), inScope(t.start())));
          continue;
        } else {
          force = Force.OBLIGATION;
        }
        found.add(new Cue(force, side, "present tense '" + t.text() + "'", t.start(), t.end(), inScope(t.start()), side == Side.NEUTRAL));
      }
    }
    // a lead-in ending in a colon ("The Provider agrees to:", "Provider shall:") binds every limb of the list
    for (Cue c : List.copyOf(found)) {
      String after = text.substring(c.end(), Math.min(sentence[1], c.end() + 25));
      if (!c.subordinate() && Regexes.matches(after, "(?s)\\s*(?:to\\s*)?:.*")) {
        for (int[] p : sentenceParts) {
          if (p[0] > c.end()) {
            found.add(new Cue(c.force(), c.side(), "lead-in " + c.form() + " distributed over the list", p[0], p[0], false,
                c.descriptive()));
          }
        }
      }
    }
    // a service-level row with no verb of its own: "Severity 1 | response within 30 minutes | 24x7"
    for (int[] p : sentenceParts) {
      boolean hasCue = found.stream().anyMatch(c -> c.start() >= p[0] && c.start() < Math.max(p[1], p[0] + 1));
      boolean hasFinite = ts.stream().anyMatch(t -> t.start() >= p[0] && t.start() < p[1]
          && (t.tag().equals("AUX") || t.tag().equals("VERB") && t.text().toLowerCase(Locale.ROOT).endsWith("s")));
      String ps = text.substring(p[0], p[1]);
      if (!hasCue && !hasFinite && SERVICE_LEVEL_ROW.matcher(ps).find() && Regexes.matches(ps, "(?s).*\\d.*|(?is).*\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety)\\b.*")) {
        found.add(new Cue(Force.OBLIGATION, Side.NEUTRAL, "service-level table row", p[0], p[0], false, true));
      }
    }
    cues.addAll(found);
  }

  private static int partEnd(int pos, List<int[]> parts) {
    return parts.stream().filter(p -> pos >= p[0] && pos < p[1]).map(p -> p[1]).findFirst().orElse(pos);
  }

  private static boolean isParticipleOrState(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    if (t.tag().equals("VERB") || t.tag().equals("ADJ") && w.endsWith("ed")) {
      return Regexes.matches(w, "[a-z-]+(?:ed|en|wn|ept|ld|nt|ut|st|de|ne|un)") && !w.endsWith("ing");
    }
    return t.tag().equals("ADJ") && Regexes.matches(w, "available|accessible|isolated|encrypted|segregated|separate|limited|restricted|immutable|excluded|prohibited|entitled");
  }

  /** A present-tense verb heading a main clause: "Provider encrypts", "Units guarantee", "the version remains". */
  private static boolean finitePresent(int i, List<Token> ts) {
    String w = ts.get(i).text().toLowerCase(Locale.ROOT);
    if (w.endsWith("ing") || w.endsWith("ed") || w.length() < 3) {
      return false;
    }
    int pi = i > 0 ? skipListMarker(i - 1, ts) : -1;
    String prev = pi >= 0 ? ts.get(pi).text().toLowerCase(Locale.ROOT) : "";
    String prevTag = pi >= 0 ? ts.get(pi).tag() : "";
    if (Regexes.matches(prev, "to|shall|must|will|may|can|would|should|could|might|not|does|do|did")) {
      return false;
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      return !prevTag.equals("DET") && !prevTag.equals("ADP");
    }
    // plural subject with a base-form verb: "Units guarantee", "Backups expire"
    if (prevTag.equals("PRON") && Regexes.matches(prev, "you|we|they")) {
      return true; // "You own your output", "We delete ..."
    }
    return (prevTag.equals("NOUN") || prevTag.equals("PROPN") || prevTag.equals("PRON") && prev.equals("it"))
        && prev.endsWith("s") && !prev.endsWith("ss");
  }

  /**
   * Third-person verbs common in service terms. The English model sometimes tags them as plural
   * nouns after a noun subject ("the Admin Console supports SAML"); where the word sits between a
   * subject and an object, the lexicon overrules the tag.
   */
  private static final Set<String> VERB_LEXICON = Set.of("supports", "provides", "maintains", "encrypts", "stores", "retains",
      "deletes", "notifies", "includes", "excludes", "specifies", "describes", "maps", "offers", "enables", "applies",
      "prevails", "governs", "ensures", "guarantees", "uses", "processes", "monitors", "detects", "alerts", "restricts",
      "limits", "keeps", "makes", "gives", "delivers", "publishes", "exports", "streams", "sustains", "names", "lists",
      "covers", "owns", "holds", "grants", "assigns", "indemnifies", "defends", "acknowledges", "responds", "restores",
      "resolves", "purges", "erases", "rotates", "records", "logs", "isolates", "segregates", "separates", "redacts",
      "identifies", "discloses", "documents", "permits", "allows", "reports", "shares", "transfers", "replicates");

  private static boolean lexiconVerb(int i, List<Token> ts) {
    Token t = ts.get(i);
    if (t.tag().equals("VERB") || !VERB_LEXICON.contains(t.text().toLowerCase(Locale.ROOT)) || i == 0 || i + 1 >= ts.size()) {
      return false;
    }
    int p = skipListMarker(i - 1, ts);
    if (p < 0) {
      return false;
    }
    String prevTag = ts.get(p).tag();
    String nextTag = ts.get(i + 1).tag();
    return (prevTag.equals("NOUN") || prevTag.equals("PROPN") || prevTag.equals("PRON") || prevTag.equals("ADV"))
        && (nextTag.equals("DET") || nextTag.equals("ADJ") || nextTag.equals("NOUN") || nextTag.equals("PROPN")
            || nextTag.equals("NUM") || nextTag.equals("PRON") || nextTag.equals("ADV") || nextTag.equals("ADP")
            || ts.get(i + 1).text().equals("."));
  }

  /** The index before a list marker "(a)", "(ii)", "(2)" ending at j, or j itself when there is none. */
  private static int skipListMarker(int j, List<Token> ts) {
    if (j >= 2 && ts.get(j).text().equals(")") && Regexes.matches(ts.get(j - 1).text(), "[a-z]|[ivx]+|\\d") && ts.get(j - 2).text().equals("(")) {
      return j - 3;
    }
    if (j >= 1 && Regexes.matches(ts.get(j).text(), "\\(?(?:[a-z]|[ivx]+|\\d)\\)")) {
      return j - 1;
    }
    return j;
  }

  /** "no modification may reduce": a prohibition on whatever the "no" governs. */
  private static boolean noDeterminerSubject(int i, List<Token> ts) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String w = ts.get(j).text().toLowerCase(Locale.ROOT);
      if (w.equals("no") || w.equals("neither")) {
        return true;
      }
      if (!ts.get(j).tag().equals("NOUN") && !ts.get(j).tag().equals("ADJ") && !ts.get(j).tag().equals("PROPN")) {
        return false;
      }
    }
    return false;
  }

  /** The side of the nearest party or thing before pos in the same sentence (skipping "its", "it" resolved). */
  Side subjectBefore(int pos, List<Token> ts) {
    for (int j = ts.size() - 1; j >= 0; j--) {
      Token t = ts.get(j);
      if (t.start() >= pos) {
        continue;
      }
      Side side = sideOf(j, ts);
      if (side != null) {
        return side;
      }
      if (t.text().equals(";")) {
        break;
      }
    }
    return Side.NEUTRAL;
  }

  private Side subjectAfter(int pos, List<Token> ts) {
    for (int j = 0; j < ts.size(); j++) {
      if (ts.get(j).start() >= pos) {
        Side side = sideOf(j, ts);
        if (side != null) {
          return side;
        }
      }
    }
    return Side.NEUTRAL;
  }

  /** The side a token names, or null when it names no party; "it"/"they" resolve to the last party before. */
  private Side sideOf(int j, List<Token> ts) {
    String w = ts.get(j).text().toLowerCase(Locale.ROOT);
    String rest = text.substring(ts.get(j).end(), Math.min(text.length(), ts.get(j).end() + 40));
    if (CUSTOMER_WORDS.contains(w) || (w.equals("party") && j > 0 && Regexes.matches(ts.get(j - 1).text(), "(?i)either|each"))) {
      if (w.startsWith("auditor")) {
        return Side.CUSTOMER;
      }
      return CUSTOMER_THING.matcher(Regexes.replaceFirst(rest, "^\\s+", "")).matches() || rest.startsWith("'s data") ? Side.NEUTRAL : Side.CUSTOMER;
    }
    if (VENDOR_WORDS.contains(w)) {
      if (w.endsWith("'s") || w.equals("our")) {
        return Regexes.matches(rest, "\\s*(?:personnel|staff|employees|engineers|affiliates|subprocessors).*") ? Side.VENDOR : null;
      }
      return Side.VENDOR;
    }
    if (w.equals("they") || w.equals("them")) {
      return Side.NEUTRAL;
    }
    if (w.equals("it")) {
      // "If the Provider withdraws a model used by the Customer, it shall ...": the subject that opened the sentence
      for (int k = 0; k < j; k++) {
        String v = ts.get(k).text().toLowerCase(Locale.ROOT);
        if (VENDOR_WORDS.contains(v) && !v.endsWith("'s")) {
          return Side.VENDOR;
        }
        if (CUSTOMER_WORDS.contains(v) && !v.endsWith("'s")) {
          String r = Regexes.replaceFirst(text.substring(ts.get(k).end(), Math.min(text.length(), ts.get(k).end() + 40)), "^\\s+", "");
          return CUSTOMER_THING.matcher(r).matches() ? Side.NEUTRAL : Side.CUSTOMER;
        }
      }
      return w.equals("it") ? Side.VENDOR : Side.NEUTRAL;
    }
    String tag = ts.get(j).tag();
    if ((tag.equals("NOUN") || tag.equals("PROPN")) && j + 1 < ts.size()
        && (ts.get(j + 1).tag().equals("AUX") || ts.get(j + 1).tag().equals("VERB"))) {
      return Side.NEUTRAL; // "Logs are ...", "telemetry excludes ..."
    }
    return null;
  }

  /** The part containing pos. */
  int[] partAt(int pos) {
    for (int[] p : parts) {
      if (pos >= p[0] && pos < p[1]) {
        return p;
      }
    }
    return parts.isEmpty() ? new int[] {0, text.length()} : parts.get(parts.size() - 1);
  }

  int[] sentenceAt(int pos) {
    for (int[] s : sentences) {
      if (pos >= s[0] && pos < s[1]) {
        return s;
      }
    }
    return sentences.isEmpty() ? new int[] {0, text.length()} : sentences.get(sentences.size() - 1);
  }

  /** Cues of a part (main clause or subordinate), in text order. */
  List<Cue> cuesIn(int[] part) {
    return cues.stream().filter(c -> c.start() >= part[0] && (c.start() < part[1] || c.start() == part[0]))
        .sorted(java.util.Comparator.comparingInt(Cue::start)).toList();
  }
}
