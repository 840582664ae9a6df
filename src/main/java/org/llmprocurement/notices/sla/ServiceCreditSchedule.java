package org.llmprocurement.notices.sla;

import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.DeployedDecisions;
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

  private final DeployedDecisions decisions;

  ServiceCreditSchedule(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * The percentage of the month's fee credited for a shortfall ({@link SlaViolationRules#shortfall}),
   * or {@code null} when no row matches (below the schedule).
   *
   * @throws IllegalStateException when the decision is not deployed
   */
  public BigDecimal percent(SlaMetric.Family family, BigDecimal shortfall) {
    DmnDecisionResult result = decisions.evaluate(decisions.latestId(DECISION_KEY), DECISION_KEY, Variables.createVariables()
        .putValue("metricFamily", family.name()).putValue("shortfall", shortfall.doubleValue()));
    if (result.isEmpty()) {
      return null;
    }
    Object value = result.getSingleResult().getSingleEntry();
    return value == null ? null : new BigDecimal(value.toString());
  }

}
