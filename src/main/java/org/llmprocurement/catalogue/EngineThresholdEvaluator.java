package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of the tier thresholds decision in the process engine, so
 * a redeployed decision takes effect without a restart.
 *
 * <p>The thresholds are reference data every user may read, so the evaluation runs as system work
 * ({@link SystemAccess}), without the caller's authorizations.
 */
@Component
class EngineThresholdEvaluator implements TierThresholdEvaluator {

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;
  private final IdentityService identityService;

  EngineThresholdEvaluator(
      RepositoryService repositoryService,
      DecisionService decisionService,
      IdentityService identityService) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  @Override
  public Thresholds evaluate(RiskTier tier) {
    return evaluate(tier, null);
  }

  @Override
  public Thresholds evaluate(RiskTier tier, String version) {
    return SystemAccess.withoutAuthorization(identityService, () -> {
      DecisionDefinition definition = version == null ? latest() : byVersion(version);
      DmnDecisionResult result =
          decisionService
              .evaluateDecisionById(definition.getId())
              .variables(Variables.createVariables().putValue("tier", tier.name()))
              .evaluate();
      if (result.isEmpty()) {
        throw new IllegalArgumentException("No thresholds defined for tier '" + tier
            + "' in " + DECISION_KEY + ":v" + definition.getVersion());
      }
      Set<String> keys = keys(definition);
      return new Thresholds(
          tier,
          DECISION_KEY + ":v" + definition.getVersion(),
          TierThresholdsModel.ordered(keys, result.getSingleResult().getEntryMap()));
    });
  }

  private DecisionDefinition byVersion(String version) {
    String prefix = DECISION_KEY + ":v";
    if (!version.startsWith(prefix)) {
      throw new IllegalArgumentException("not a version of " + DECISION_KEY + ": " + version);
    }
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
        .decisionDefinitionVersion(Integer.parseInt(version.substring(prefix.length()))).singleResult();
    if (definition == null) {
      throw new IllegalStateException(version + " is not deployed");
    }
    return definition;
  }

  /**
   * Outputs of the latest deployed version; before the first deployment (e.g. when the process
   * application deploys after the context has started) those of the decision file on the classpath.
   */
  @Override
  public Set<String> outputKeys() {
    return SystemAccess.withoutAuthorization(identityService, () -> {
      DecisionDefinition definition = latestOrNull();
      return definition == null
          ? DmnFileThresholdEvaluator.fromClasspath().outputKeys()
          : keys(definition);
    });
  }

  private Set<String> keys(DecisionDefinition definition) {
    return TierThresholdsModel.outputKeys(repositoryService.getDmnModelInstance(definition.getId()));
  }

  private DecisionDefinition latestOrNull() {
    return repositoryService
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY)
        .withoutTenantId()
        .latestVersion()
        .singleResult();
  }

  private DecisionDefinition latest() {
    DecisionDefinition definition = latestOrNull();
    if (definition == null) {
      throw new IllegalStateException("The decision '" + DECISION_KEY
          + "' is not deployed; deploy " + SOURCE_LOCATION);
    }
    return definition;
  }
}
