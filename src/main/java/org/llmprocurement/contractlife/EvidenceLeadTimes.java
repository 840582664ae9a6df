package org.llmprocurement.contractlife;

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
 * Lead and response days per evidence type from the latest deployed {@code evidence-lead-times}
 * decision ({@code processes/evidence-lead-times.dmn}, owned by security). Like the tier thresholds,
 * it is reference data: evaluated with the standalone DMN engine as system work, without decision
 * history, each deployed version's answer per type cached.
 */
@Component
public class EvidenceLeadTimes {

  /** Key of the decision. */
  public static final String DECISION_KEY = "evidenceLeadTimes";

  /**
   * @param leadDays calendar days before the evidence held stops being valid that a new one is asked for
   * @param responseDays calendar days security has to provide missing, expired or cadence evidence
   */
  public record LeadTime(int leadDays, int responseDays) {}

  private final RepositoryService repository;
  private final IdentityService identity;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();
  private final Map<String, LeadTime> results = new ConcurrentHashMap<>();

  EvidenceLeadTimes(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * The lead time of an evidence type (the catalogue's evidence description).
   *
   * @throws IllegalStateException when the decision is not deployed or no row matches
   */
  public LeadTime of(String evidenceType) {
    return of(java.util.List.of(evidenceType)).get(evidenceType);
  }

  /**
   * The lead times of several evidence types, from one look-up of the latest deployed version.
   *
   * @throws IllegalStateException when the decision is not deployed or no row matches a type
   */
  public Map<String, LeadTime> of(java.util.Collection<String> evidenceTypes) {
    String definitionId = SystemAccess.withoutAuthorization(identity, () -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
          .withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        throw new IllegalStateException("decision " + DECISION_KEY + " is not deployed");
      }
      return latest.getId();
    });
    Map<String, LeadTime> found = new java.util.LinkedHashMap<>();
    evidenceTypes.forEach(type -> found.put(type, evaluate(definitionId, type)));
    return found;
  }

  private LeadTime evaluate(String definitionId, String evidenceType) {
    return results.computeIfAbsent(definitionId + "#" + evidenceType, key -> {
      DmnDecision decision = decisions.computeIfAbsent(definitionId, id -> SystemAccess.withoutAuthorization(identity,
          () -> dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(id))));
      DmnDecisionResult result = dmn.evaluateDecision(decision,
          Variables.createVariables().putValue("evidenceType", evidenceType));
      if (result.isEmpty()) {
        throw new IllegalStateException("no lead time for evidence type '" + evidenceType + "' in " + DECISION_KEY);
      }
      Map<String, Object> row = result.getFirstResult().getEntryMap();
      return new LeadTime(((Number) row.get("leadDays")).intValue(), ((Number) row.get("responseDays")).intValue());
    });
  }
}
