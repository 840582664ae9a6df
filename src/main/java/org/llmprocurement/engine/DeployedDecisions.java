package org.llmprocurement.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Business-owned DMN tables evaluated as look-ups: the latest deployed version of a decision,
 * parsed once per deployed version and evaluated with the standalone DMN engine as system work,
 * so a look-up writes no decision history (evidence lead times, regulatory reporting deadlines,
 * service credits). A new deployment is picked up at the next look-up.
 */
@Component
public class DeployedDecisions {

  private final RepositoryService repository;
  private final IdentityService identity;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  DeployedDecisions(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * The id of the latest deployed version of the decision (one query); callers key their cached
   * results by it, so a new version is never answered from an old one's cache.
   *
   * @throws IllegalStateException when the decision is not deployed
   */
  public String latestId(String decisionKey) {
    return SystemAccess.withoutAuthorization(identity, () -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
          .withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        throw new IllegalStateException("decision " + decisionKey + " is not deployed");
      }
      return latest.getId();
    });
  }

  /** Evaluates the deployed version {@code definitionId} of the decision with these inputs. */
  public DmnDecisionResult evaluate(String definitionId, String decisionKey, VariableMap inputs) {
    DmnDecision decision = parsed.computeIfAbsent(definitionId, id -> SystemAccess.withoutAuthorization(identity,
        () -> dmn.parseDecision(decisionKey, repository.getDmnModelInstance(id))));
    return dmn.evaluateDecision(decision, inputs);
  }
}
