package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the procurement covers: the product surfaces in scope and the regions data may be
 * processed in.
 *
 * <p>Semantics, applied only when the clause itself names surfaces or regions:
 *
 * <ul>
 *   <li>Surfaces: if the clause names at least one surface, it must name every in-scope surface
 *       (or say "all services" / "all endpoints"); each one left out is a finding. A clause that
 *       names no surface at all produces no surface finding (the rule's own elements judge that).
 *   <li>Regions: every region the clause names as a place of processing, storage or support must be
 *       among the allowed regions (EU is allowed when EEA is). A region named after a negation or
 *       exclusion ("shall not be transferred to the United States", "outside the EU") is an
 *       exclusion, not a place of processing, and is ignored.
 *   <li>An empty set means "not constrained"; {@link #none()} constrains nothing.
 * </ul>
 *
 * <p>A finding turns an otherwise {@link Verdict#MEETS} clause into {@link Verdict#BELOW_THRESHOLD}.
 */
public record Scope(Set<Surface> surfaces, Set<Region> allowedRegions) {

  public Scope {
    surfaces = surfaces == null || surfaces.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(surfaces));
    allowedRegions = allowedRegions == null || allowedRegions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedRegions));
  }

  /** No procurement given: nothing is checked. */
  public static Scope none() {
    return new Scope(Set.of(), Set.of());
  }

  public boolean isNone() {
    return surfaces.isEmpty() && allowedRegions.isEmpty();
  }

  /** Product surfaces of an LLM service, with the wording that names them. */
  public enum Surface {
    API("\\bapis?\\b", "application programming interface", "completions? endpoint", "developer platform"),
    CHAT_UI("chat (?:ui|user interface|interface|application|app|product|client|workspace)", "web chat", "chat assistant",
        "assistant (?:ui|interface|app)", "chatbot"),
    BATCH("\\bbatch\\b", "bulk (?:processing|inference|jobs?)"),
    FILE_UPLOAD("file uploads?", "document uploads?", "upload(?:ing|ed)? (?:of )?(?:files|documents)", "file (?:handling|ingestion)"),
    RETRIEVAL("retrieval", "\\brag\\b", "vector (?:store|search|database)", "knowledge (?:base|retrieval)", "file search"),
    MODERATION("moderation", "content filter(?:ing|s)?", "safety classifiers?"),
    EMBEDDINGS("embeddings?"),
    ADMIN_CONSOLE("admin(?:istration|istrative)? (?:console|portal|dashboard|panel)", "management console");

    final List<Pattern> patterns;

    Surface(String... regexes) {
      this.patterns = java.util.Arrays.stream(regexes)
          .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
    }
  }

  /** Regions, with common names. Two- and three-letter codes are matched case-sensitively. */
  public enum Region {
    EU("\\bEU\\b", "(?i)european union", "(?i)\\beurope\\b", "(?i)\\b(?:germany|france|ireland|netherlands|sweden|"
        + "finland|belgium|spain|italy|frankfurt|dublin|paris|amsterdam|stockholm)\\b"),
    EEA("\\bEEA\\b", "(?i)european economic area", "(?i)\\bnorway\\b"),
    UK("\\bUK\\b", "\\bU\\.K\\.", "(?i)united kingdom", "(?i)great britain", "(?i)\\blondon\\b"),
    CH("\\bCH\\b", "(?i)switzerland", "(?i)\\bswiss\\b", "(?i)\\bzurich\\b"),
    US("\\bUS\\b", "\\bU\\.S\\.(?:A\\.)?", "\\bUSA\\b", "(?i)united states", "(?i)\\bamerica\\b(?! latina)"),
    CA("\\bCA\\b", "(?i)\\bcanad(?:a|ian)\\b"),
    APAC("(?i)\\bapac\\b", "(?i)asia[- ]pacific", "(?i)\\b(?:singapore|japan|australia|india|tokyo|sydney)\\b"),
    LATAM("(?i)\\blatam\\b", "(?i)latin america", "(?i)south america", "(?i)\\b(?:brazil|mexico|chile|argentina)\\b"),
    MEA("\\bMEA\\b", "(?i)middle east", "(?i)\\bafrica\\b", "(?i)\\b(?:uae|saudi arabia|dubai)\\b");

    final List<Pattern> patterns;

    Region(String... regexes) {
      this.patterns = java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
  }

  private static final Pattern ALL_SURFACES = Pattern.compile(
      "\\ball (?:of the )?(?:services|endpoints|surfaces|products|interfaces)\\b|\\beach (?:service|endpoint)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EXCLUSION = Pattern.compile(
      "\\b(?:not|never|no|outside(?: of)?|other than|except|excluding|nor|prohibited)\\b[^.;]{0,60}$", Pattern.CASE_INSENSITIVE);

  /** Surfaces the text names. */
  static Set<Surface> surfacesNamed(String text) {
    Set<Surface> found = EnumSet.noneOf(Surface.class);
    for (Surface s : Surface.values()) {
      for (Pattern p : s.patterns) {
        if (p.matcher(text).find()) {
          found.add(s);
          break;
        }
      }
    }
    return found;
  }

  /** Regions the text names as places of processing (exclusions left out). */
  static Set<Region> regionsNamed(String text) {
    Set<Region> found = EnumSet.noneOf(Region.class);
    for (Region r : Region.values()) {
      for (Pattern p : r.patterns) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          String before = text.substring(Math.max(0, m.start() - 60), m.start());
          if (!EXCLUSION.matcher(before).find()) {
            found.add(r);
          }
        }
      }
    }
    return found;
  }

  /** Findings for a clause text; empty when the scope is covered or not constrained. */
  List<String> findings(String text) {
    List<String> findings = new ArrayList<>();
    if (!surfaces.isEmpty()) {
      Set<Surface> named = surfacesNamed(text);
      if (!named.isEmpty() && !ALL_SURFACES.matcher(text).find()) {
        for (Surface s : EnumSet.copyOf(surfaces)) {
          if (!named.contains(s)) {
            findings.add("Surface " + s + " is not named");
          }
        }
      }
    }
    if (!allowedRegions.isEmpty()) {
      String allowed = String.join(", ", EnumSet.copyOf(allowedRegions).stream().map(Enum::name).toList());
      for (Region r : regionsNamed(text)) {
        boolean ok = allowedRegions.contains(r) || (r == Region.EU && allowedRegions.contains(Region.EEA));
        if (!ok) {
          findings.add("Region " + r + " is not among the allowed regions " + allowed);
        }
      }
    }
    return findings;
  }
}
