package org.llmprocurement.review;

import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;

/**
 * The catalogue and tier thresholds a procurement is reviewed under: the versions pinned when its
 * tier was confirmed, never later ones, so a changed catalogue never rewrites an earlier review.
 */
@Component
public class PinnedVersions {

  private final CatalogueService catalogue;
  private final ThresholdService thresholds;
  private final IntakeService intake;

  PinnedVersions(CatalogueService catalogue, ThresholdService thresholds, IntakeService intake) {
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.intake = intake;
  }

  /** The tier thresholds in the pinned version, at the procurement's tier. */
  public Thresholds thresholdsOf(long procurementId) {
    return thresholdsOf(intake.get(procurementId));
  }

  Thresholds thresholdsOf(Procurement procurement) {
    return thresholds.forTier(procurement.getRiskTier(), procurement.getThresholdsVersion());
  }

  Catalogue catalogueOf(Procurement procurement) {
    return catalogue.catalogue(procurement.getCatalogueVersion());
  }

  /** A requirement as written in the pinned catalogue version. */
  Requirement requirement(Procurement procurement, String requirementId) {
    return catalogueOf(procurement).requirement(requirementId)
        .orElseThrow(() -> new IllegalStateException("requirement " + requirementId + " is not in the catalogue"));
  }

  Requirement requirement(long procurementId, String requirementId) {
    return requirement(intake.get(procurementId), requirementId);
  }
}
