package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.catalogue.Requirement;

/** The start-up warm-up of the clause analysis: every example analysed each round, stoppable, nothing kept. */
class ClauseAnalysisWarmUpTest {

  private final ClauseAnalyzer analyzer = new ClauseAnalyzer();

  private static List<ClauseAnalysisWarmUp.Sample> samples(int n) {
    List<ClauseAnalysisWarmUp.Sample> samples = new ArrayList<>();
    for (Requirement r : BundledCatalogue.catalogue().requirements().subList(0, n)) {
      samples.add(new ClauseAnalysisWarmUp.Sample(r.id(), r.analysis(), ClauseFixtures.thresholds("HIGH"), r.bindingExample()));
    }
    return samples;
  }

  @Test
  void analysesEveryExampleOncePerRoundAndReportsTheRounds() {
    List<String> analysed = new ArrayList<>();
    ClauseAnalysisWarmUp.Report report = ClauseAnalysisWarmUp.run(samples(3), 2, () -> false, (rule, bars, text, scope) -> {
      analysed.add(text);
      return analyzer.analyze(rule, bars, text, scope);
    });
    assertThat(report.analyses()).isEqualTo(6);
    assertThat(report.rounds()).isEqualTo(2);
    assertThat(report.stopped()).isFalse();
    assertThat(report.firstRoundMillis()).isNotNegative();
    assertThat(report.lastRoundMillis()).isNotNegative();
    List<String> texts = samples(3).stream().map(ClauseAnalysisWarmUp.Sample::text).toList();
    assertThat(analysed.subList(0, 3)).isEqualTo(texts);
    assertThat(analysed.subList(3, 6)).isEqualTo(texts);
  }

  @Test
  void stopsBeforeTheNextAnalysisWhenAsked() {
    AtomicInteger calls = new AtomicInteger();
    ClauseAnalysisWarmUp.Report report = ClauseAnalysisWarmUp.run(samples(3), 5, () -> calls.get() >= 4,
        (rule, bars, text, scope) -> {
          calls.incrementAndGet();
          return analyzer.analyze(rule, bars, text, scope);
        });
    assertThat(report.stopped()).isTrue();
    assertThat(report.analyses()).isEqualTo(4);
    assertThat(report.rounds()).as("the second round did not finish").isEqualTo(1);
  }

  @Test
  void anAnalysisThatFailsEndsTheWarmUpAndSaysSo() {
    ClauseAnalysisWarmUp.Report report = ClauseAnalysisWarmUp.run(samples(3), 3, () -> false, (rule, bars, text, scope) -> {
      throw new IllegalStateException("model missing");
    });
    assertThat(report.stopped()).isTrue();
    assertThat(report.analyses()).isZero();
    assertThat(report.rounds()).isZero();
    assertThat(report.firstRoundMillis()).isEqualTo(-1);
  }

  @Test
  void zeroRoundsOrNoExamplesAnalyseNothing() {
    ClauseAnalysisWarmUp.Analysis never = (rule, bars, text, scope) -> {
      throw new AssertionError("nothing is analysed");
    };
    assertThat(ClauseAnalysisWarmUp.run(samples(3), 0, () -> false, never))
        .isEqualTo(new ClauseAnalysisWarmUp.Report(0, 0, -1, -1, false));
    assertThat(ClauseAnalysisWarmUp.run(List.of(), 30, () -> false, never))
        .isEqualTo(new ClauseAnalysisWarmUp.Report(0, 0, -1, -1, false));
  }
}
