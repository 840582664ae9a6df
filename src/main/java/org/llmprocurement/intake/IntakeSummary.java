package org.llmprocurement.intake;

import java.util.stream.Collectors;

/** The intake in a few lines, for the forms that decide on it. */
final class IntakeSummary {

  private IntakeSummary() {}

  static String of(Procurement p) {
    return String.join("\n",
        p.getBusinessKey() + " – " + p.getTitle(),
        "Vendor and product: " + p.getVendor() + ", " + p.getProduct(),
        "Use case: " + p.getUseCase(),
        "Requested by " + p.getRequester() + "; business owner " + p.getBusinessOwner() + "; technical owner " + p.getTechnicalOwner(),
        "Stage: " + p.getDeploymentStage() + "; customer-facing: " + yesNo(p.isCustomerFacing())
            + "; regulated data: " + yesNo(p.isRegulatedData()) + "; automated decisions about people: " + yesNo(p.isAutomatedDecisions()),
        "Data: " + p.getDataCategories().stream().map(Enum::name).collect(Collectors.joining(", "))
            + "; EU AI Act Annex III area: " + p.getEuAiActHighRiskArea(),
        "Surfaces: " + p.getSurfaces().stream().map(Enum::name).collect(Collectors.joining(", "))
            + "; regions: " + p.getAllowedRegions().stream().map(Enum::name).collect(Collectors.joining(", "))
            + "; expected users: " + p.getExpectedUsers());
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
