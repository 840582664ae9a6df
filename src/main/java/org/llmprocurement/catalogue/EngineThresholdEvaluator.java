package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Evaluates a deployed version of the tier thresholds decision (the latest, or the version a
 * procurement was pinned to), so a redeployed decision takes effect without a restart while the
 * DMN stays the single source of the values business people edit.
 *
 * <p>A deployed decision version never changes, so each version's result per tier is evaluated
 * once with the standalone DMN engine and kept: threshold look-ups write no decision history (they
 * are reference data, not decisions anyone audits) and cost a map look-up after the first.
 * Measured before this: 116 engine evaluations per procurement in review, each writing history,
 * 81 % of the history rows a procurement left (issue 14). The look-ups run as system work
 * ({@link SystemAccess}): thresholds are reference data every user may read.
 */
@Component
class EngineThresholdEvaluator implements TierThresholdEvaluator {

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Per deployed decision definition id: its parsed decision and output keys. */
  private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
  /** Per pinned version ("tierThresholds:v2"): its decision definition id, which never changes. */
  private final Map<String, String> definitionIds = new ConcurrentHashMap<>();
  /** Per decision definition id and tier: the thresholds. */
  private final Map<String, Thresholds> results = new ConcurrentHashMap<>();

  private record Parsed(DmnDecision decision, Set<String> keys, int version) {}

  EngineThresholdEvaluator(RepositoryService repositoryService, IdentityService identityService) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
  }

  @Override
  public Thresholds evaluate(RiskTier tier) {
    return evaluate(tier, null);
  }

  @Override
  public Thresholds evaluate(RiskTier tier, String version) {
    // the latest version is looked up each time (a redeployed decision takes effect at once); a
    // pinned version's definition never changes, so its id is looked up once
    String definitionId = version == null
        ? SystemAccess.withoutAuthorization(identityService, () -> latest().getId())
        : definitionIds.computeIfAbsent(version,
            v -> SystemAccess.withoutAuthorization(identityService, () -> byVersion(v).getId()));
    return results.computeIfAbsent(definitionId + "#" + tier, key -> {
      Parsed decision = parsed(definitionId);
      DmnDecisionResult result = dmnEngine.evaluateDecision(decision.decision(),
          Variables.createVariables().putValue("tier", tier.name()));
      if (result.isEmpty()) {
        throw new IllegalArgumentException("No thresholds defined for tier '" + tier
            + "' in " + DECISION_KEY + ":v" + decision.version());
      }
      return new Thresholds(tier, DECISION_KEY + ":v" + decision.version(),
          TierThresholdsModel.ordered(decision.keys(), result.getSingleResult().getEntryMap()));
    });
  }

  private Parsed parsed(String definitionId) {
    return parsed.computeIfAbsent(definitionId, id -> SystemAccess.withoutAuthorization(identityService, () -> {
      DecisionDefinition definition = repositoryService.getDecisionDefinition(id);
      DmnModelInstance model = repositoryService.getDmnModelInstance(id);
      return new Parsed(dmnEngine.parseDecision(DECISION_KEY, model), TierThresholdsModel.outputKeys(model),
          definition.getVersion());
    }));
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

  /**
   * Every tier of the latest deployed version; before the first deployment those of the decision
   * file on the classpath (the catalogue is checked against them while the context starts).
   */
  @Override
  public Map<RiskTier, Thresholds> allTiers() {
    boolean deployed = SystemAccess.withoutAuthorization(identityService, () -> latestOrNull() != null);
    return deployed
        ? TierThresholdEvaluator.super.allTiers()
        : DmnFileThresholdEvaluator.fromClasspath().allTiers();
  }

  private Set<String> keys(DecisionDefinition definition) {
    return parsed(definition.getId()).keys();
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
