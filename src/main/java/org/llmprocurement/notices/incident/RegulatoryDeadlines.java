package org.llmprocurement.notices.incident;

import java.util.List;
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
import org.llmprocurement.notices.incident.RegulatoryRules.Anchor;
import org.llmprocurement.notices.incident.RegulatoryRules.Regime;
import org.llmprocurement.notices.incident.RegulatoryRules.ReportRule;
import org.springframework.stereotype.Component;

/**
 * The reports a regime requires, from the latest deployed {@code regulatoryReportingDeadlines}
 * decision ({@code processes/regulatory-reporting-deadlines.dmn}, business-owned). Reference data
 * like the evidence lead times: evaluated with the standalone DMN engine as system work, without
 * decision history, each deployed version's answer per regime and case cached.
 */
@Component
public class RegulatoryDeadlines {

  /** Key of the decision. */
  public static final String DECISION_KEY = "regulatoryReportingDeadlines";

  private final RepositoryService repository;
  private final IdentityService identity;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();
  private final Map<String, List<ReportRule>> results = new ConcurrentHashMap<>();

  RegulatoryDeadlines(RepositoryService repository, IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * The reports of a regime and case, in row order.
   *
   * @param incidentCase {@link RegulatoryRules#caseOf}
   * @throws IllegalStateException when the decision is not deployed, no row matches, or a row is malformed
   */
  public List<ReportRule> reports(Regime regime, String incidentCase) {
    String definitionId = SystemAccess.withoutAuthorization(identity, () -> {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
          .withoutTenantId().latestVersion().singleResult();
      if (latest == null) {
        throw new IllegalStateException("decision " + DECISION_KEY + " is not deployed");
      }
      return latest.getId();
    });
    return results.computeIfAbsent(definitionId + "#" + regime + "#" + incidentCase, key -> {
      DmnDecision decision = decisions.computeIfAbsent(definitionId, id -> SystemAccess.withoutAuthorization(identity,
          () -> dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(id))));
      return evaluate(dmn, decision, regime, incidentCase);
    });
  }

  /**
   * Evaluates the decision for one regime and case (also for tests reading the file directly).
   *
   * @throws IllegalStateException when no row matches or a row is malformed
   */
  static List<ReportRule> evaluate(DmnEngine dmn, DmnDecision decision, Regime regime, String incidentCase) {
    DmnDecisionResult result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("regime", regime.name()).putValue("incidentCase", incidentCase));
    if (result.isEmpty()) {
      throw new IllegalStateException("no report for regime " + regime + " and case " + incidentCase + " in " + DECISION_KEY);
    }
    return result.getResultList().stream().map(row -> rule(row, regime)).toList();
  }

  private static ReportRule rule(Map<String, Object> row, Regime regime) {
    try {
      ReportRule rule = new ReportRule((String) row.get("reportKey"), (String) row.get("reportName"),
          (String) row.get("ownerGroup"), (String) row.get("deadline"), Anchor.valueOf((String) row.get("runsFrom")),
          (String) row.get("latestFromAwareness"));
      RegulatoryRules.plus(java.time.Instant.EPOCH, rule.deadline());
      if (rule.latestFromAwareness() != null && !rule.latestFromAwareness().isBlank()) {
        RegulatoryRules.plus(java.time.Instant.EPOCH, rule.latestFromAwareness());
      }
      return rule;
    } catch (RuntimeException e) {
      throw new IllegalStateException(DECISION_KEY + ": a row of regime " + regime + " is malformed: " + row, e);
    }
  }
}
