package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

/**
 * The catalogue and thresholds shipped with the application, read without Spring or a process
 * engine: for tools and tests that judge clauses offline (e.g. the labelled clause accuracy test).
 */
public final class BundledCatalogue {

  private static Catalogue catalogue;
  private static DmnFileThresholdEvaluator thresholds;

  private BundledCatalogue() {}

  public static synchronized Catalogue catalogue() {
    if (catalogue == null) {
      catalogue = CatalogueLoader.load(
          CatalogueLoader.readClasspath(CatalogueLoader.CLASSPATH_LOCATION), evaluator().allTiers());
    }
    return catalogue;
  }

  public static Thresholds thresholds(RiskTier tier) {
    return evaluator().evaluate(tier);
  }

  private static synchronized DmnFileThresholdEvaluator evaluator() {
    if (thresholds == null) {
      thresholds = DmnFileThresholdEvaluator.fromClasspath();
    }
    return thresholds;
  }
}
