package org.llmprocurement.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Latency of one clause analysis after warm-up, and the one-off model load. A measurement, not a
 * gate: it prints figures and asserts nothing. Run with
 * {@code mvn -q -o test -Dtest=ClauseAnalysisBenchmark -Dbenchmark=true}; results go to
 * {@code docs/clause-analysis.md} ("Performance") by hand.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ClauseAnalysisBenchmark {

  record Case(ClauseRule rule, Map<String, Object> thresholds, String text) {}

  @Test
  void measure() throws Exception {
    long t0 = System.nanoTime();
    EnglishNlp nlp = EnglishNlp.get();
    long firstUseMs = (System.nanoTime() - t0) / 1_000_000;

    List<Case> cases = new ArrayList<>();
    for (String file : List.of("labelled-clauses.jsonl", "vendor-style-dev.jsonl", "heldout-2.jsonl")) {
      for (JsonNode n : ClauseFixtures.corpus(file)) {
        cases.add(new Case(ClauseFixtures.rule(n.get("requirementId").asText()), ClauseFixtures.thresholds(n.get("tier").asText()),
            n.get("text").asText()));
      }
    }
    ClauseAnalyzer analyzer = new ClauseAnalyzer();
    int warmUpRounds = Integer.getInteger("benchmark.warmup", 20);
    int rounds = Integer.getInteger("benchmark.rounds", 10);
    for (int r = 0; r < warmUpRounds; r++) {
      for (Case c : cases) {
        analyzer.analyze(c.rule(), c.thresholds(), c.text(), Scope.none());
      }
    }
    long[] nanos = new long[cases.size() * rounds];
    int i = 0;
    for (int r = 0; r < rounds; r++) {
      for (Case c : cases) {
        long s = System.nanoTime();
        analyzer.analyze(c.rule(), c.thresholds(), c.text(), Scope.none());
        nanos[i++] = System.nanoTime() - s;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT,
        "clause analysis benchmark: models loaded in %d ms (first use %d ms); %d clauses x %d rounds after %d warm-up rounds: "
            + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; mean clause length %d chars%n",
        nlp.loadMillis(), firstUseMs, cases.size(), rounds, warmUpRounds, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
        nanos[nanos.length - 1] / 1e6, (int) cases.stream().mapToInt(c -> c.text().length()).average().orElse(0));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
