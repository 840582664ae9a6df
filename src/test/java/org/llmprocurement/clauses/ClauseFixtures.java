package org.llmprocurement.clauses;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.domain.RiskTier;

/**
 * Test fixtures: clause rules by requirement id, tier thresholds, and the labelled clause corpora.
 *
 * <p>{@link #rules()} is the one place rules are loaded. When the real catalogue exists, replace its
 * body with one line that reads the catalogue's analysis blocks into the same map.
 */
final class ClauseFixtures {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static Map<String, ClauseRule> rules;
  private static Map<String, Map<String, Object>> thresholds;

  private ClauseFixtures() {}

  /** The rule fixture entry: a ClauseRule plus the area it belongs to. */
  record FixtureRule(String area, ClauseRule.Polarity polarity, List<ClauseRule.Element> elements,
      List<ClauseRule.ThresholdCheck> checks) {
    ClauseRule toRule() {
      return new ClauseRule(polarity, elements, checks);
    }
  }

  /** Rules by requirement id, from the real catalogue. */
  static synchronized Map<String, ClauseRule> rules() {
    if (rules == null) {
      Map<String, ClauseRule> out = new LinkedHashMap<>();
      BundledCatalogue.catalogue().requirements().forEach(r -> out.put(r.id(), r.analysis()));
      rules = Map.copyOf(out);
    }
    return rules;
  }

  /** The rules the analyzer was first developed against, kept for the analyzer's own unit tests. */
  static synchronized Map<String, ClauseRule> fixtureRules() {
    Map<String, FixtureRule> raw = read("/clauses/rules-fixture.yaml", new TypeReference<LinkedHashMap<String, FixtureRule>>() {});
    Map<String, ClauseRule> out = new LinkedHashMap<>();
    raw.forEach((id, r) -> out.put(id, r.toRule()));
    return Map.copyOf(out);
  }

  static ClauseRule rule(String requirementId) {
    ClauseRule r = rules().get(requirementId);
    if (r == null) {
      throw new IllegalArgumentException("No rule in the fixture for " + requirementId);
    }
    return r;
  }

  /** Thresholds of one tier from the real tier-thresholds decision. */
  static Map<String, Object> thresholds(String tier) {
    return BundledCatalogue.thresholds(RiskTier.parse(tier)).values();
  }

  /** The thresholds the analyzer was first developed against. */
  static synchronized Map<String, Object> fixtureThresholds(String tier) {
    if (thresholds == null) {
      thresholds = read("/clauses/thresholds-fixture.yaml", new TypeReference<LinkedHashMap<String, Map<String, Object>>>() {});
    }
    Map<String, Object> t = thresholds.get(tier);
    if (t == null) {
      throw new IllegalArgumentException("No thresholds for tier " + tier);
    }
    return t;
  }

  /** The labelled clause corpora, {@code src/test/resources/clauses/*.jsonl}, in name order. */
  static final Path CORPORA = Path.of("src/test/resources/clauses");

  /**
   * Every line of one corpus ({@code name}, e.g. {@code "heldout-2.jsonl"}), parsed: an object with
   * at least {@code text}, {@code requirementId} and {@code tier}.
   *
   * @throws UncheckedIOException the corpus cannot be read
   */
  static List<JsonNode> corpus(String name) {
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(CORPORA.resolve(name), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          lines.add(json.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The clause texts of every corpus, corpus by corpus in name order. */
  static List<String> corpusTexts() {
    try (var files = Files.list(CORPORA)) {
      return files.filter(f -> f.toString().endsWith(".jsonl")).sorted()
          .flatMap(f -> corpus(f.getFileName().toString()).stream()).map(n -> n.get("text").asText()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String resource, TypeReference<T> type) {
    try (InputStream in = ClauseFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return YAML.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
