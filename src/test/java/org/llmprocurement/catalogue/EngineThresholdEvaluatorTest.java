package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine-backed evaluator against a real in-memory process engine with authorization on:
 * latest deployed version wins, callers without permissions still get thresholds, and their
 * authentication is restored afterwards.
 */
class EngineThresholdEvaluatorTest {

  private static ProcessEngine engine;
  private static EngineThresholdEvaluator evaluator;

  @BeforeAll
  static void startEngine() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
    config.setProcessEngineName("catalogue-thresholds-test");
    config.setJdbcUrl("jdbc:h2:mem:catalogue-thresholds-engine;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    config.setJobExecutorActivate(false);
    config.setAuthorizationEnabled(true);
    config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    engine = config.buildProcessEngine();
    evaluator = new EngineThresholdEvaluator(engine.getRepositoryService(), engine.getIdentityService());
  }

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void latestDeploymentTakesEffectAndCallersWithoutPermissionsStillGetThresholds() throws Exception {
    assertThatThrownBy(() -> evaluator.evaluate(RiskTier.HIGH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not deployed");
    assertThat(evaluator.outputKeys())
        .as("before the first deployment the bundled file's outputs are used")
        .containsExactlyInAnyOrderElementsOf(TierThresholdsTest.EXPECTED_KEYS);

    String xml = classpathDmn();
    deploy(xml);
    String id = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("tierThresholds").latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthentication("mallory", List.of("nobody"));
    try {
      // a plain call by this user is refused by the engine's authorization checks...
      assertThatThrownBy(() -> engine.getDecisionService().evaluateDecisionById(id)
          .variables(Variables.putValue("tier", "HIGH")).evaluate())
          .isInstanceOf(AuthorizationException.class);
      // ...but the thresholds are reference data and are evaluated without authorization
      Thresholds v1 = evaluator.evaluate(RiskTier.HIGH);
      assertThat(v1.version()).isEqualTo("tierThresholds:v1");
      assertThat(v1.getDouble("availabilityPercent")).isEqualTo(99.9);
      assertThat(v1.keys()).containsExactlyInAnyOrderElementsOf(TierThresholdsTest.EXPECTED_KEYS);
      assertThat(engine.getIdentityService().getCurrentAuthentication().getUserId())
          .isEqualTo("mallory");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }

    deploy(xml.replace("<text>99.9</text>", "<text>99.8</text>"));
    Thresholds v2 = evaluator.evaluate(RiskTier.HIGH);
    assertThat(v2.version()).isEqualTo("tierThresholds:v2");
    assertThat(v2.getDouble("availabilityPercent")).isEqualTo(99.8);
    assertThat(evaluator.outputKeys()).containsExactlyInAnyOrderElementsOf(TierThresholdsTest.EXPECTED_KEYS);
    assertThat(new ThresholdService(evaluator).forTier("critical").getInt("sev1AckMinutes"))
        .isEqualTo(15);
    assertThat(engine.getIdentityService().getCurrentAuthentication()).isNull();

    assertThat(evaluator.evaluate(RiskTier.HIGH, "tierThresholds:v1").getDouble("availabilityPercent"))
        .as("a procurement pinned to v1 keeps v1's bar after v2 is deployed").isEqualTo(99.9);
    for (int i = 0; i < 100; i++) {
      evaluator.evaluate(RiskTier.HIGH, "tierThresholds:v2");
    }
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("threshold look-ups are reference data: no decision history, however often they are read").isZero();
  }

  private static void deploy(String xml) {
    engine.getRepositoryService().createDeployment().name("thresholds")
        .addInputStream(TierThresholdEvaluator.CLASSPATH_LOCATION,
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .deploy();
  }

  private static String classpathDmn() throws Exception {
    try (InputStream in = EngineThresholdEvaluatorTest.class.getClassLoader()
        .getResourceAsStream(TierThresholdEvaluator.CLASSPATH_LOCATION)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
