package org.llmprocurement.exit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.DeployedDecisions;
import org.springframework.stereotype.Component;

/**
 * The exit runbook's own deadlines per risk tier from the latest deployed {@code exitDeadlines}
 * decision ({@code processes/exit-deadlines.dmn}, owned by procurement): days to freeze, days before
 * a vendor deadline to remind, and the transition assistance period. Evaluated as a look-up, cached
 * per deployed version, without decision history.
 */
@Component
public class ExitDeadlines {

  static final String DECISION_KEY = "exitDeadlines";

  /** One tier's deadlines, in calendar days. */
  public record Terms(int freezeDays, int vendorReminderDays, int transitionAssistanceDays) {}

  private final DeployedDecisions decisions;
  private final Map<String, Terms> results = new ConcurrentHashMap<>();

  ExitDeadlines(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * The deadlines of a tier.
   *
   * @throws IllegalStateException when the decision is not deployed or no row matches the tier
   */
  public Terms forTier(RiskTier tier) {
    String definitionId = decisions.latestId(DECISION_KEY);
    return results.computeIfAbsent(definitionId + "#" + tier, key -> {
      DmnDecisionResult result = decisions.evaluate(definitionId, DECISION_KEY,
          Variables.createVariables().putValue("riskTier", tier.name()));
      if (result.isEmpty()) {
        throw new IllegalStateException("no exit deadlines for tier " + tier + " in " + DECISION_KEY);
      }
      Map<String, Object> row = result.getSingleResult().getEntryMap();
      return new Terms(((Number) row.get("freezeDays")).intValue(), ((Number) row.get("vendorReminderDays")).intValue(),
          ((Number) row.get("transitionAssistanceDays")).intValue());
    });
  }
}
