package org.llmprocurement.intake;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated intake. Built only by {@link IntakeValidator}.
 *
 * @param existingContractId the register entry this new use case runs under, or {@code null} for a new contract
 */
public record IntakeForm(
    String title,
    String vendor,
    String product,
    String useCase,
    String requester,
    String businessOwner,
    String technicalOwner,
    List<Surface> surfaces,
    boolean customerFacing,
    boolean regulatedData,
    List<DataCategory> dataCategories,
    boolean automatedDecisions,
    EuAiActArea euAiActHighRiskArea,
    DeploymentStage deploymentStage,
    List<Region> allowedRegions,
    int expectedUsers,
    Long existingContractId) {

  /** The facts the risk-tier decision reads; they are what routes the process. */
  /** The names of {@link #tierFacts()}, the routing variables the intake leaves on the process. */
  public static final java.util.Set<String> TIER_FACTS = java.util.Set.of("euAiActHighRiskArea", "sensitiveData",
      "personalOrFinancialData", "publicDataOnly", "automatedDecisions", "customerFacing", "regulatedData", "deploymentStage");

  public Map<String, Object> tierFacts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("euAiActHighRiskArea", euAiActHighRiskArea.name());
    facts.put("sensitiveData", dataCategories.contains(DataCategory.SPECIAL_CATEGORY) || dataCategories.contains(DataCategory.HEALTH));
    facts.put("personalOrFinancialData", dataCategories.contains(DataCategory.PERSONAL) || dataCategories.contains(DataCategory.FINANCIAL));
    facts.put("publicDataOnly", dataCategories.stream().allMatch(DataCategory.PUBLIC::equals));
    facts.put("automatedDecisions", automatedDecisions);
    facts.put("customerFacing", customerFacing);
    facts.put("regulatedData", regulatedData);
    facts.put("deploymentStage", deploymentStage.name());
    return facts;
  }
}
