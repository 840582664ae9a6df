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

    ClauseAnalysisWarmUp.Report report = ClauseAnalysisWarmUp.run(samples, 1, () -> false, analysis::analyze);
    assertThat(report).isEqualTo(new ClauseAnalysisWarmUp.Report(samples.size(), 1, report.firstRoundMillis(),
        report.lastRoundMillis(), false));
  }
}
