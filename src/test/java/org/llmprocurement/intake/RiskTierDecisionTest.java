package org.llmprocurement.intake;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The risk-tier table (processes/risk-tier.dmn) over named scenarios, without a process engine. */
@Tag("unit")
class RiskTierDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = RiskTierDecisionTest.class.getResourceAsStream("/risk-tier.dmn")) {
      decision = dmn.parseDecision("riskTier", in);
    }
  }

  record Scenario(String name, IntakeForm intake, RiskTier expected) {
    @Override
    public String toString() {
      return name + " => " + expected;
    }
  }

  static IntakeForm intake(DeploymentStage stage, EuAiActArea area, boolean customerFacing, boolean regulated,
      boolean automated, DataCategory... categories) {
    return new IntakeForm("t", "v", "p", "u", "r", "b", "o", List.of(Surface.API), customerFacing, regulated,
        List.of(categories), automated, area, stage, List.of(Region.EU), 10, null);
  }

  static Stream<Scenario> scenarios() {
    var P = DeploymentStage.PRODUCTION;
    var T = DeploymentStage.PILOT;
    var none = EuAiActArea.NONE;
    return Stream.of(
        new Scenario("CV screening in production (employment, Annex III)", intake(P, EuAiActArea.EMPLOYMENT, false, false, true, DataCategory.PERSONAL), RiskTier.CRITICAL),
        new Scenario("credit scoring assistant in production", intake(P, EuAiActArea.ESSENTIAL_SERVICES, true, true, true, DataCategory.FINANCIAL), RiskTier.CRITICAL),
        new Scenario("internal Annex III tool in production without personal data", intake(P, EuAiActArea.CRITICAL_INFRASTRUCTURE, false, false, false, DataCategory.CONFIDENTIAL_BUSINESS), RiskTier.CRITICAL),
        new Scenario("clinical notes summariser in production", intake(P, none, false, true, false, DataCategory.HEALTH), RiskTier.CRITICAL),
        new Scenario("HR case assistant with special-category data in production", intake(P, none, false, false, false, DataCategory.SPECIAL_CATEGORY, DataCategory.PERSONAL), RiskTier.CRITICAL),
        new Scenario("automated insurance claim triage in production", intake(P, none, false, true, true, DataCategory.PERSONAL), RiskTier.CRITICAL),
        new Scenario("customer-facing support bot with health data in production", intake(P, none, true, false, false, DataCategory.HEALTH), RiskTier.CRITICAL),
        new Scenario("exam grading pilot (education, Annex III)", intake(T, EuAiActArea.EDUCATION, false, false, true, DataCategory.PERSONAL), RiskTier.HIGH),
        new Scenario("health data pilot", intake(T, none, false, true, false, DataCategory.HEALTH), RiskTier.HIGH),
        new Scenario("automated decisions pilot", intake(T, none, false, false, true, DataCategory.PERSONAL), RiskTier.HIGH),
        new Scenario("customer support bot in production with personal data", intake(P, none, true, false, false, DataCategory.PERSONAL), RiskTier.HIGH),
        new Scenario("public marketing copy generator for customers in production", intake(P, none, true, false, false, DataCategory.PUBLIC), RiskTier.HIGH),
        new Scenario("customer-facing banking assistant in production", intake(P, none, true, true, false, DataCategory.FINANCIAL), RiskTier.HIGH),
        new Scenario("internal bank analyst copilot with regulated data in production", intake(P, none, false, true, false, DataCategory.CONFIDENTIAL_BUSINESS), RiskTier.MEDIUM),
        new Scenario("regulated data in an internal pilot", intake(T, none, false, true, false, DataCategory.PUBLIC), RiskTier.MEDIUM),
        new Scenario("customer-facing pilot with public data", intake(T, none, true, false, false, DataCategory.PUBLIC), RiskTier.MEDIUM),
        new Scenario("internal pilot with personal data", intake(T, none, false, false, false, DataCategory.PERSONAL), RiskTier.MEDIUM),
        new Scenario("internal finance pilot", intake(T, none, false, false, false, DataCategory.FINANCIAL), RiskTier.MEDIUM),
        new Scenario("internal code assistant in production", intake(P, none, false, false, false, DataCategory.SOURCE_CODE), RiskTier.MEDIUM),
        new Scenario("internal knowledge assistant in production with public data", intake(P, none, false, false, false, DataCategory.PUBLIC), RiskTier.MEDIUM),
        new Scenario("internal pilot with source code", intake(T, none, false, false, false, DataCategory.SOURCE_CODE), RiskTier.MEDIUM),
        new Scenario("internal pilot with public data only", intake(T, none, false, false, false, DataCategory.PUBLIC), RiskTier.LOW),
        new Scenario("internal pilot mixing public and confidential data", intake(T, none, false, false, false, DataCategory.PUBLIC, DataCategory.CONFIDENTIAL_BUSINESS), RiskTier.MEDIUM),
        new Scenario("public-data pilot deciding about people", intake(T, none, false, false, true, DataCategory.PUBLIC), RiskTier.HIGH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void tierOf(Scenario scenario) {
    Map<String, Object> facts = scenario.intake().tierFacts();
    String tier = dmn.evaluateDecisionTable(decision, facts).getSingleResult().getSingleEntry();
    assertThat(tier).as(scenario.name()).isEqualTo(scenario.expected().name());
  }

  @org.junit.jupiter.api.Test
  void atLeastTwentyScenariosCoverEveryTier() {
    List<Scenario> all = scenarios().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(20);
    assertThat(all.stream().map(Scenario::expected).distinct()).containsExactlyInAnyOrder(RiskTier.values());
  }
}
