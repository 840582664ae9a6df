package org.llmprocurement.catalogue;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.domain.RiskTier;

/** Shared, lazily built fixtures: the real catalogue file and the real decision file. */
public final class CatalogueFixtures {

  private static DmnFileThresholdEvaluator evaluator;
  private static String yaml;
  private static Catalogue catalogue;

  private CatalogueFixtures() {}

  static synchronized DmnFileThresholdEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = DmnFileThresholdEvaluator.fromClasspath();
    }
    return evaluator;
  }

  static Set<String> thresholdKeys() {
    return evaluator().outputKeys();
  }

  /** The decision file's thresholds for every tier. */
  public static Map<RiskTier, Thresholds> tiers() {
    return evaluator().allTiers();
  }

  static synchronized String yaml() {
    if (yaml == null) {
      yaml = CatalogueLoader.readClasspath(CatalogueLoader.CLASSPATH_LOCATION);
    }
    return yaml;
  }

  public static synchronized Catalogue catalogue() {
    if (catalogue == null) {
      catalogue = CatalogueLoader.load(yaml(), tiers());
    }
    return catalogue;
  }

  public static ThresholdService thresholdService() {
    return new ThresholdService(evaluator());
  }
}
