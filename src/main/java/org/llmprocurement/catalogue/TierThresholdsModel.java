package org.llmprocurement.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;

/** Reads the structure of the tier thresholds decision from its model. */
final class TierThresholdsModel {

  private TierThresholdsModel() {}

  static Decision decision(DmnModelInstance model) {
    Decision decision = model.getModelElementById(TierThresholdEvaluator.DECISION_KEY);
    if (decision == null) {
      throw new IllegalStateException(
          "The DMN model has no decision '" + TierThresholdEvaluator.DECISION_KEY + "'");
    }
    return decision;
  }

  static Set<String> outputKeys(DmnModelInstance model) {
    Set<String> keys = new LinkedHashSet<>();
    DecisionTable table = (DecisionTable) decision(model).getExpression();
    for (Output output : table.getOutputs()) {
      keys.add(output.getName());
    }
    return keys;
  }

  /** Puts evaluated values into decision order. */
  static Map<String, Object> ordered(Set<String> keys, Map<String, Object> entries) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : keys) {
      if (entries.containsKey(key)) {
        ordered.put(key, entries.get(key));
      }
    }
    entries.forEach(ordered::putIfAbsent);
    return ordered;
  }
}
