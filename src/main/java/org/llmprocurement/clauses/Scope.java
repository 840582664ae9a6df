package org.llmprocurement.clauses;

import java.util.EnumMap;
import java.util.Map;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
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

  /** The wording that names each product surface in a clause. */
  static final Map<Surface, List<Pattern>> SURFACE_WORDING = new EnumMap<>(Surface.class);
  /** The wording that names each region. Two- and three-letter codes are matched case-sensitively. */
  static final Map<Region, List<Pattern>> REGION_WORDING = new EnumMap<>(Region.class);

  static {
    SURFACE_WORDING.put(Surface.API, patterns(Pattern.CASE_INSENSITIVE, "\\bapis?\\b", "application programming interface", "completions? endpoint", "developer platform"));
    SURFACE_WORDING.put(Surface.CHAT_UI, patterns(Pattern.CASE_INSENSITIVE, "chat (?:ui|user interface|interface|application|app|product|client|workspace)", "web chat", "chat assistant",
        "assistant (?:ui|interface|app)", "chatbot"));
    SURFACE_WORDING.put(Surface.BATCH, patterns(Pattern.CASE_INSENSITIVE, "\\bbatch\\b", "bulk (?:processing|inference|jobs?)"));
    SURFACE_WORDING.put(Surface.FILE_UPLOAD, patterns(Pattern.CASE_INSENSITIVE, "file uploads?", "document uploads?", "upload(?:ing|ed)? (?:of )?(?:files|documents)", "file (?:handling|ingestion)"));
    SURFACE_WORDING.put(Surface.RETRIEVAL, patterns(Pattern.CASE_INSENSITIVE, "retrieval", "\\brag\\b", "vector (?:store|search|database)", "knowledge (?:base|retrieval)", "file search"));
    SURFACE_WORDING.put(Surface.MODERATION, patterns(Pattern.CASE_INSENSITIVE, "moderation", "content filter(?:ing|s)?", "safety classifiers?"));
    SURFACE_WORDING.put(Surface.EMBEDDINGS, patterns(Pattern.CASE_INSENSITIVE, "embeddings?"));
    SURFACE_WORDING.put(Surface.ADMIN_CONSOLE, patterns(Pattern.CASE_INSENSITIVE, "admin(?:istration|istrative)? (?:console|portal|dashboard|panel)", "management console"));
    REGION_WORDING.put(Region.EU, patterns(0, "\\bEU\\b", "(?i)european union", "(?i)\\beurope\\b", "(?i)\\b(?:germany|france|ireland|netherlands|sweden|"
        + "finland|belgium|spain|italy|frankfurt|dublin|paris|amsterdam|stockholm)\\b"));
    REGION_WORDING.put(Region.EEA, patterns(0, "\\bEEA\\b", "(?i)european economic area", "(?i)\\bnorway\\b"));
    REGION_WORDING.put(Region.UK, patterns(0, "\\bUK\\b", "\\bU\\.K\\.", "(?i)united kingdom", "(?i)great britain", "(?i)\\blondon\\b"));
    REGION_WORDING.put(Region.CH, patterns(0, "\\bCH\\b", "(?i)switzerland", "(?i)\\bswiss\\b", "(?i)\\bzurich\\b"));
    REGION_WORDING.put(Region.US, patterns(0, "\\bUS\\b", "\\bU\\.S\\.(?:A\\.)?", "\\bUSA\\b", "(?i)united states", "(?i)\\bamerica\\b(?! latina)"));
    REGION_WORDING.put(Region.CA, patterns(0, "\\bCA\\b", "(?i)\\bcanad(?:a|ian)\\b"));
    REGION_WORDING.put(Region.APAC, patterns(0, "(?i)\\bapac\\b", "(?i)asia[- ]pacific", "(?i)\\b(?:singapore|japan|australia|india|tokyo|sydney)\\b"));
    REGION_WORDING.put(Region.LATAM, patterns(0, "(?i)\\blatam\\b", "(?i)latin america", "(?i)south america", "(?i)\\b(?:brazil|mexico|chile|argentina)\\b"));
    REGION_WORDING.put(Region.MEA, patterns(0, "\\bMEA\\b", "(?i)middle east", "(?i)\\bafrica\\b", "(?i)\\b(?:uae|saudi arabia|dubai)\\b"));
  }

  private static List<Pattern> patterns(int flags, String... regexes) {
    return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, flags)).toList();
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
      for (Pattern p : SURFACE_WORDING.get(s)) {
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
      for (Pattern p : REGION_WORDING.get(r)) {
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
