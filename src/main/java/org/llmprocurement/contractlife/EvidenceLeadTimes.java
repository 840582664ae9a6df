package org.llmprocurement.contractlife;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.DeployedDecisions;
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

  private final DeployedDecisions decisions;
  private final Map<String, LeadTime> results = new ConcurrentHashMap<>();

  EvidenceLeadTimes(DeployedDecisions decisions) {
    this.decisions = decisions;
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
    String definitionId = decisions.latestId(DECISION_KEY);
    Map<String, LeadTime> found = new java.util.LinkedHashMap<>();
    evidenceTypes.forEach(type -> found.put(type, evaluate(definitionId, type)));
    return found;
  }

  private LeadTime evaluate(String definitionId, String evidenceType) {
    return results.computeIfAbsent(definitionId + "#" + evidenceType, key -> {
      DmnDecisionResult result = decisions.evaluate(definitionId, DECISION_KEY,
          Variables.createVariables().putValue("evidenceType", evidenceType));
      if (result.isEmpty()) {
        throw new IllegalStateException("no lead time for evidence type '" + evidenceType + "' in " + DECISION_KEY);
      }
      Map<String, Object> row = result.getFirstResult().getEntryMap();
      return new LeadTime(((Number) row.get("leadDays")).intValue(), ((Number) row.get("responseDays")).intValue());
    });
  }
}
