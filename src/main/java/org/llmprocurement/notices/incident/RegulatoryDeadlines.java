package org.llmprocurement.notices.incident;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.DeployedDecisions;
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

  private final DeployedDecisions decisions;
  private final Map<String, List<ReportRule>> results = new ConcurrentHashMap<>();

  RegulatoryDeadlines(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * The reports of a regime and case, in row order.
   *
   * @param incidentCase {@link RegulatoryRules#caseOf}
   * @throws IllegalStateException when the decision is not deployed, no row matches, or a row is malformed
   */
  public List<ReportRule> reports(Regime regime, String incidentCase) {
    String definitionId = decisions.latestId(DECISION_KEY);
    return results.computeIfAbsent(definitionId + "#" + regime + "#" + incidentCase, key ->
        rules(decisions.evaluate(definitionId, DECISION_KEY, inputs(regime, incidentCase)), regime, incidentCase));
  }

  /**
   * Evaluates the decision for one regime and case (also for tests reading the file directly).
   *
   * @throws IllegalStateException when no row matches or a row is malformed
   */
  static List<ReportRule> evaluate(DmnEngine dmn, DmnDecision decision, Regime regime, String incidentCase) {
    return rules(dmn.evaluateDecision(decision, inputs(regime, incidentCase)), regime, incidentCase);
  }

  private static org.camunda.bpm.engine.variable.VariableMap inputs(Regime regime, String incidentCase) {
    return Variables.createVariables().putValue("regime", regime.name()).putValue("incidentCase", incidentCase);
  }

  private static List<ReportRule> rules(DmnDecisionResult result, Regime regime, String incidentCase) {
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
