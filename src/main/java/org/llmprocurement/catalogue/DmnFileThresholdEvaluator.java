package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * Evaluates the decision file with the standalone DMN engine, without a process engine. Used by
 * unit tests and the documentation generator.
 */
final class DmnFileThresholdEvaluator implements TierThresholdEvaluator {

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final Set<String> keysInOrder;
  private final String version;

  DmnFileThresholdEvaluator(byte[] dmnXml) {
    DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmnXml));
    this.keysInOrder = TierThresholdsModel.outputKeys(model);
    String tag = TierThresholdsModel.decision(model).getVersionTag();
    this.version = DECISION_KEY + ":file" + (tag == null ? "" : "-" + tag);
    this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    this.decision = engine.parseDecision(DECISION_KEY, model);
  }

  /** Reads the decision from the classpath. */
  static DmnFileThresholdEvaluator fromClasspath() {
    try (InputStream in =
        DmnFileThresholdEvaluator.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
      if (in == null) {
        throw new IllegalStateException("Decision not found on the classpath: " + CLASSPATH_LOCATION);
      }
      return new DmnFileThresholdEvaluator(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the decision source from the project directory. */
  static DmnFileThresholdEvaluator fromProject(Path projectDir) {
    try {
      return new DmnFileThresholdEvaluator(Files.readAllBytes(projectDir.resolve(SOURCE_LOCATION)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Thresholds evaluate(RiskTier tier) {
    DmnDecisionResult result =
        engine.evaluateDecision(decision, Variables.createVariables().putValue("tier", tier.name()));
    if (result.isEmpty()) {
      throw new IllegalArgumentException("No thresholds defined for tier '" + tier + "'");
    }
    return new Thresholds(
        tier, version, TierThresholdsModel.ordered(keysInOrder, result.getSingleResult().getEntryMap()));
  }

  @Override
  public Set<String> outputKeys() {
    return keysInOrder;
  }
}
