package org.llmprocurement.catalogue;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import java.util.List;
import java.util.Set;

/**
 * When a requirement may be marked NOT_APPLICABLE for a procurement.
 *
 * <p>The machine-readable conditions are alternatives: if any of them holds, the requirement may be
 * set aside. {@code when} explains the same to people.
 *
 * @param allowed whether NOT_APPLICABLE is ever acceptable
 * @param when human explanation
 * @param ifSurfacesAbsent applies when none of these surfaces is used
 * @param ifDataCategoriesAbsent applies when none of these data categories is processed
 * @param ifEuAiActAreaNone applies when the use case is in no EU AI Act Annex III high-risk area
 * @param belowTier applies when the procurement's tier is lower than this one
 */
public record NotApplicableRule(
    boolean allowed,
    String when,
    List<Surface> ifSurfacesAbsent,
    List<DataCategory> ifDataCategoriesAbsent,
    Boolean ifEuAiActAreaNone,
    RiskTier belowTier) {

  public NotApplicableRule {
    ifSurfacesAbsent = ifSurfacesAbsent == null ? List.of() : List.copyOf(ifSurfacesAbsent);
    ifDataCategoriesAbsent =
        ifDataCategoriesAbsent == null ? List.of() : List.copyOf(ifDataCategoriesAbsent);
  }

  /** A rule saying the requirement always applies. */
  public static NotApplicableRule never() {
    return new NotApplicableRule(false, null, List.of(), List.of(), null, null);
  }

  /**
   * Whether a procurement with these characteristics may mark the requirement NOT_APPLICABLE.
   *
   * @param surfaces the surfaces in scope
   * @param categories the data categories in scope
   * @param euAiActAreaNone whether the use case falls in no EU AI Act high-risk area
   * @param tier the procurement's tier
   */
  public boolean permits(
      Set<Surface> surfaces, Set<DataCategory> categories, boolean euAiActAreaNone, RiskTier tier) {
    if (!allowed) {
      return false;
    }
    if (!ifSurfacesAbsent.isEmpty() && ifSurfacesAbsent.stream().noneMatch(surfaces::contains)) {
      return true;
    }
    if (!ifDataCategoriesAbsent.isEmpty()
        && ifDataCategoriesAbsent.stream().noneMatch(categories::contains)) {
      return true;
    }
    if (Boolean.TRUE.equals(ifEuAiActAreaNone) && euAiActAreaNone) {
      return true;
    }
    return belowTier != null && tier != null && !tier.isAtLeast(belowTier);
  }
}
