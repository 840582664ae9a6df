package org.llmprocurement.notices.sla;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * The credit percentage for a miss, from the latest deployed {@code service-credits} decision
 * ({@code processes/service-credits.dmn}, owned by procurement). Reference data like the tier
 * thresholds: evaluated with the standalone DMN engine as system work, without decision history;
 * each deployed version parsed once.
 */
@Component
public class ServiceCreditSchedule {

  /** Key of the decision. */
  public static final String DECISION_KEY = "serviceCredits";

  private final RepositoryService repository;
  private final IdentityService identity;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();

  ServiceCreditSchedule(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * The percentage of the month's fee credited for a shortfall ({@link SlaViolationRules#shortfall}),
   * or {@code null} when no row matches (below the schedule).
   *
   * @throws IllegalStateException when the decision is not deployed
   */
  public BigDecimal percent(SlaMetric.Family family, BigDecimal shortfall) {
    DmnDecision decision = decisions.computeIfAbsent(latestId(), id -> SystemAccess.withoutAuthorization(identity,
        () -> dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(id))));
    DmnDecisionResult result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("metricFamily", family.name()).putValue("shortfall", shortfall.doubleValue()));
    if (result.isEmpty()) {
      return null;
    }
    Object value = result.getSingleResult().getSingleEntry();
    return value == null ? null : new BigDecimal(value.toString());
  }

  private String latestId() {
    return SystemAccess.withoutAuthorization(identity, () -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
          .withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        throw new IllegalStateException("decision " + DECISION_KEY + " is not deployed");
      }
      return latest.getId();
    });
  }
}
