package org.llmprocurement.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.clauses.ClauseAnalysis;
import org.llmprocurement.clauses.ClauseAnalyzer;
import org.llmprocurement.clauses.Scope;
import org.llmprocurement.clauses.Verdict;
import org.llmprocurement.domain.RiskTier;

/**
 * The catalogue and the clause analysis agree: every requirement's typical weak vendor clause is
 * judged VAGUE or NO_COMMITMENT, and its wanted position written as a binding clause with the HIGH
 * figures is judged MEETS.
 */
@Tag("unit")
class CatalogueExamplesTest {

  private final ClauseAnalyzer analyzer = new ClauseAnalyzer();
  private final Map<String, Object> high = CatalogueFixtures.thresholdService().forTier(RiskTier.HIGH).values();

  @Test
  void everyWeakExampleIsVagueOrNoCommitment() {
    List<String> wrong = new ArrayList<>();
    for (Requirement requirement : CatalogueFixtures.catalogue().requirements()) {
      ClauseAnalysis analysis = analyzer.analyze(requirement.analysis(), high, requirement.weakExample(), Scope.none());
      if (analysis.verdict() != Verdict.VAGUE && analysis.verdict() != Verdict.NO_COMMITMENT) {
        wrong.add(requirement.id() + " " + analysis.verdict() + ": " + requirement.weakExample());
      }
    }
    assertThat(wrong).as("weak examples judged too kindly").isEmpty();
  }

  @Test
  void everyBindingExampleMeetsTheHighBar() {
    List<String> wrong = new ArrayList<>();
    for (Requirement requirement : CatalogueFixtures.catalogue().requirements()) {
      ClauseAnalysis analysis = analyzer.analyze(requirement.analysis(), high, requirement.bindingExample(), Scope.none());
      if (analysis.verdict() != Verdict.MEETS) {
        wrong.add(requirement.id() + " " + analysis.verdict() + " missing=" + analysis.missingElements()
            + " checks=" + analysis.checks().stream().filter(c -> !c.passed()).map(c -> c.threshold()).toList()
            + ": " + requirement.bindingExample());
      }
    }
    assertThat(wrong).as("binding examples not judged MEETS").isEmpty();
  }
}
