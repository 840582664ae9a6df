package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The warm-up reads every requirement's binding example from the running catalogue and analyses it as reviews do. */
class ClauseAnalysisWarmUpIntegrationTest extends IntegrationTest {

  @Autowired
  ClauseAnalysisWarmUp warmUp;

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ClauseAnalysisService analysis;

  @Autowired
  org.llmprocurement.catalogue.ThresholdService thresholds;

  @Test
  void warmsUpOnEveryBindingExampleOfTheCatalogue() {
    List<ClauseAnalysisWarmUp.Sample> samples = warmUp.samples();
    List<Requirement> requirements = catalogue.catalogue().requirements();
    assertThat(samples).extracting(ClauseAnalysisWarmUp.Sample::requirementId)
        .containsExactlyElementsOf(requirements.stream().map(Requirement::id).toList());
    assertThat(samples).extracting(ClauseAnalysisWarmUp.Sample::text)
        .containsExactlyElementsOf(requirements.stream().map(Requirement::bindingExample).toList());
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .as("the test profile switches the warm-up off").doesNotContain("clause-analysis-warm-up");

    assertThat(warmUp.thread()).as("the test profile's warm-up never starts").isNull();
  }

  @Test
  void aWarmUpStartedOnReadyAnalysesEveryExampleOnItsOwnThreadAndStopsWhenTheApplicationCloses() throws InterruptedException {
    ClauseAnalysisWarmUp once = new ClauseAnalysisWarmUp(catalogue, thresholds, analysis, 1);
    once.start();
    Thread thread = once.thread();
    assertThat(thread.getName()).isEqualTo("clause-analysis-warm-up");
    assertThat(thread.isDaemon()).isTrue();
    assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    thread.join(60_000);
    assertThat(once.report()).isEqualTo(new ClauseAnalysisWarmUp.Report(warmUp.samples().size(), 1,
        once.report().firstRoundMillis(), once.report().lastRoundMillis(), false));

    ClauseAnalysisWarmUp closing = new ClauseAnalysisWarmUp(catalogue, thresholds, analysis, 1_000);
    closing.start();
    closing.stop();
    closing.thread().join(60_000);
    assertThat(closing.thread().isAlive()).isFalse();
    assertThat(closing.report().stopped()).as("a closing application ends the warm-up").isTrue();
    assertThat(closing.report().rounds()).isLessThan(1_000);
  }
}
