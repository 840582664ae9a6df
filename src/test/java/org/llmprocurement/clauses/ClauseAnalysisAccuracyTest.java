package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every labelled clause through the analyzer and measures verdict accuracy, weak-wording
 * precision and recall, and figure extraction accuracy. Fails below 0.90 on verdicts or weak
 * wording (over the whole set). Rewrites the accuracy block of {@code docs/clause-analysis.md}
 * unless pointed at another file with {@code -Dclauses.file=/path/x.jsonl}.
 */
class ClauseAnalysisAccuracyTest {

  static final String START = "<!-- accuracy:start -->";
  static final String END = "<!-- accuracy:end -->";

  record Expected(double value, String unit) {}

  record Labelled(String id, String requirementId, String area, String tier, String text, Verdict expectedVerdict,
      List<Expected> expectedFigures, List<WeakFamily> expectedWeakFamilies, boolean heldOut) {}

  /** Tallies for one subset of the set. */
  static final class Tally {
    int clauses;
    int verdictsRight;
    int weakTp;
    int weakFp;
    int weakFn;
    int figuresRight;
    final Map<Verdict, Map<Verdict, Integer>> confusion = new EnumMap<>(Verdict.class);
    final List<String> misses = new ArrayList<>();

    double verdictAccuracy() {
      return clauses == 0 ? 1 : (double) verdictsRight / clauses;
    }

    double weakPrecision() {
      return weakTp + weakFp == 0 ? 1 : (double) weakTp / (weakTp + weakFp);
    }

    double weakRecall() {
      return weakTp + weakFn == 0 ? 1 : (double) weakTp / (weakTp + weakFn);
    }

    double figureAccuracy() {
      return clauses == 0 ? 1 : (double) figuresRight / clauses;
    }
  }

  @Test
  void labelledClausesAreJudgedAccurately() throws IOException {
    String file = System.getProperty("clauses.file");
    List<Labelled> set = load(file);
    assertThat(set).as("every clause names its requirement's area").allSatisfy(l ->
        assertThat(l.area()).as(l.id()).isEqualTo(
            org.llmprocurement.catalogue.BundledCatalogue.catalogue().requirement(l.requirementId()).orElseThrow().area()));
    ClauseAnalyzer analyzer = new ClauseAnalyzer();
    Tally all = new Tally();
    Tally dev = new Tally();
    Tally held = new Tally();
    for (Labelled l : set) {
      ClauseAnalysis a = analyzer.analyze(ClauseFixtures.rule(l.requirementId()), ClauseFixtures.thresholds(l.tier()),
          l.text(), Scope.none());
      for (Tally t : l.heldOut() ? List.of(all, held) : List.of(all, dev)) {
        count(t, l, a);
      }
    }
    String report = report(all, dev, held, set.size(), file);
    System.out.println(report);
    if (file == null) {
      writeDocs(report);
    }
    assertThat(all.verdictAccuracy()).as("verdict accuracy; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
    assertThat(all.weakPrecision()).as("weak-wording precision; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
    assertThat(all.weakRecall()).as("weak-wording recall; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
  }

  /**
   * The vendor-style development set (issue 11): written in the style of published vendor terms and
   * used while fixing the fault kinds, so it is gated like the labelled set. Its blind block,
   * {@code vendor-style-blind.jsonl}, is not gated: measure it with {@code -Dclauses.file=...}.
   * Figures are not labelled in these sets.
   */
  @Test
  void vendorStyleDevelopmentClausesAreJudgedAccurately() throws IOException {
    List<Labelled> set;
    try (InputStream in = ClauseAnalysisAccuracyTest.class.getResourceAsStream("/clauses/vendor-style-dev.jsonl")) {
      set = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    ClauseAnalyzer analyzer = new ClauseAnalyzer();
    Tally all = new Tally();
    for (Labelled l : set) {
      count(all, l, analyzer.analyze(ClauseFixtures.rule(l.requirementId()), ClauseFixtures.thresholds(l.tier()), l.text(),
          Scope.none()));
    }
    all.misses.removeIf(m -> m.contains(" figures "));
    System.out.printf(Locale.ROOT, "vendor-style development set: %d clauses, verdict %.3f, weak precision %.3f, recall %.3f; %s%n",
        all.clauses, all.verdictAccuracy(), all.weakPrecision(), all.weakRecall(), all.misses);
    assertThat(all.verdictAccuracy()).as("verdict accuracy; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
    assertThat(all.weakPrecision()).as("weak-wording precision; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
    assertThat(all.weakRecall()).as("weak-wording recall; misses: %s", all.misses).isGreaterThanOrEqualTo(0.90);
  }

  private static void count(Tally t, Labelled l, ClauseAnalysis a) {
    t.clauses++;
    t.confusion.computeIfAbsent(l.expectedVerdict(), k -> new EnumMap<>(Verdict.class)).merge(a.verdict(), 1, Integer::sum);
    if (a.verdict() == l.expectedVerdict()) {
      t.verdictsRight++;
    } else {
      t.misses.add(l.id() + " expected " + l.expectedVerdict() + " got " + a.verdict());
    }
    // EnumSets iterate in declaration order, so the listed misses (and the doc block) are stable between runs
    Set<WeakFamily> found = EnumSet.noneOf(WeakFamily.class);
    a.weakPhrases().forEach(w -> found.add(w.family()));
    Set<WeakFamily> expected = EnumSet.noneOf(WeakFamily.class);
    expected.addAll(l.expectedWeakFamilies());
    for (WeakFamily f : found) {
      if (expected.contains(f)) {
        t.weakTp++;
      } else {
        t.weakFp++;
        t.misses.add(l.id() + " extra weak " + f);
      }
    }
    for (WeakFamily f : expected) {
      if (!found.contains(f)) {
        t.weakFn++;
        t.misses.add(l.id() + " missed weak " + f);
      }
    }
    List<String> got = new ArrayList<>(a.figures().stream().map(f -> key(f.normalizedValue(), f.normalizedUnit().name())).toList());
    List<String> want = new ArrayList<>(l.expectedFigures().stream().map(e -> key(e.value(), e.unit())).toList());
    got.sort(null);
    want.sort(null);
    if (got.equals(want)) {
      t.figuresRight++;
    } else {
      t.misses.add(l.id() + " figures " + got + " expected " + want);
    }
  }

  private static String key(double v, String unit) {
    return String.format(Locale.ROOT, "%.3f %s", v, unit);
  }

  private static List<Labelled> load(String file) throws IOException {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    String content;
    if (file != null) {
      content = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } else {
      try (InputStream in = ClauseAnalysisAccuracyTest.class.getResourceAsStream("/clauses/labelled-clauses.jsonl")) {
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return parse(content);
  }

  private static List<Labelled> parse(String content) throws IOException {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<Labelled> out = new ArrayList<>();
    for (String line : content.split("\\R")) {
      if (!line.isBlank()) {
        out.add(json.readValue(line, Labelled.class));
      }
    }
    return out;
  }

  private static String report(Tally all, Tally dev, Tally held, int size, String file) {
    StringBuilder sb = new StringBuilder();
    sb.append("Measured by `ClauseAnalysisAccuracyTest` on ").append(file == null ? "`labelled-clauses.jsonl`" : "`" + file + "`")
        .append(" (").append(size).append(" clauses, scope-free).\n\n");
    sb.append("| subset | clauses | verdict accuracy | weak-wording precision | weak-wording recall | figures exactly right |\n");
    sb.append("|---|---|---|---|---|---|\n");
    row(sb, "development (written first, used while building the rules)", dev);
    row(sb, "held-out (written last, only measured)", held);
    row(sb, "all", all);
    sb.append("\nConfusion matrix (all clauses; rows expected, columns analysed):\n\n");
    sb.append("| expected \\ analysed |");
    for (Verdict v : Verdict.values()) {
      sb.append(' ').append(v).append(" |");
    }
    sb.append("\n|---|---|---|---|---|\n");
    for (Verdict e : Verdict.values()) {
      sb.append("| ").append(e).append(" |");
      for (Verdict g : Verdict.values()) {
        sb.append(' ').append(all.confusion.getOrDefault(e, Map.of()).getOrDefault(g, 0)).append(" |");
      }
      sb.append('\n');
    }
    sb.append("\nDisagreements: ").append(all.misses.isEmpty() ? "none" : String.join("; ", all.misses)).append(".\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Tally t) {
    sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", name, t.clauses, t.verdictAccuracy(),
        t.weakPrecision(), t.weakRecall(), t.figureAccuracy()));
  }

  private static void writeDocs(String report) throws IOException {
    String base = System.getProperty("project.basedir", System.getProperty("user.dir"));
    Path doc = Path.of(base, "docs", "clause-analysis.md");
    if (!Files.exists(doc)) {
      return;
    }
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int s = text.indexOf(START);
    int e = text.indexOf(END);
    if (s < 0 || e < s) {
      return;
    }
    String updated = text.substring(0, s + START.length()) + "\n" + report + text.substring(e);
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }
}
