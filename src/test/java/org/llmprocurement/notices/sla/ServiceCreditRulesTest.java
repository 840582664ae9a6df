package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llmprocurement.notices.sla.ServiceCreditRules.Credit;
import org.llmprocurement.notices.sla.ServiceCreditRules.Status;

/** The credit rules, and the {@code service-credits} decision as procurement wrote it. */
@Tag("unit")
class ServiceCreditRulesTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = ServiceCreditRulesTest.class.getResourceAsStream("/service-credits.dmn")) {
      decision = dmn.parseDecision(ServiceCreditSchedule.DECISION_KEY, in);
    }
  }

  private static final BiFunction<SlaMetric.Family, BigDecimal, BigDecimal> SCHEDULE = (family, shortfall) -> {
    DmnDecisionResult result = dmn.evaluateDecision(decision, Variables.createVariables()
        .putValue("metricFamily", family.name()).putValue("shortfall", shortfall.doubleValue()));
    return result.isEmpty() ? null : BigDecimal.valueOf(((Number) result.getSingleResult().getSingleEntry()).doubleValue());
  };

  @ParameterizedTest(name = "{0} short by {1} => {2} %")
  @CsvSource({
      "AVAILABILITY,0.1,10", "AVAILABILITY,0.5,10", "AVAILABILITY,0.7,25", "AVAILABILITY,1.5,25", "AVAILABILITY,4,50",
      "LATENCY,10,5", "LATENCY,25,5", "LATENCY,50,10", "LATENCY,100,10", "LATENCY,250,20",
      "SUPPORT_RESPONSE,50,5", "SUPPORT_RESPONSE,100,5", "SUPPORT_RESPONSE,150,10"})
  void schedule(SlaMetric.Family family, double shortfall, double percent) {
    assertThat(SCHEDULE.apply(family, BigDecimal.valueOf(shortfall))).isEqualByComparingTo(BigDecimal.valueOf(percent));
  }

  @Test
  void noRowForAMissOfNothing() {
    assertThat(SCHEDULE.apply(SlaMetric.Family.AVAILABILITY, BigDecimal.ZERO)).isNull();
  }

  @Test
  void aCreditIsDueAsAPercentageOfTheMonthsFee() {
    Credit credit = ServiceCreditRules.credit(true, SlaMetric.AVAILABILITY, new BigDecimal("0.7"), SCHEDULE,
        new BigDecimal("12000"), "EUR");
    assertThat(credit.status()).isEqualTo(Status.DUE);
    assertThat(credit.percent()).isEqualByComparingTo("25");
    assertThat(credit.amount()).isEqualByComparingTo("3000.00");
    assertThat(credit.note()).isEqualTo("Credit due: 25 % of 12000 EUR = 3000.00 EUR");
  }

  @Test
  void withoutAFeeOnlyThePercentage() {
    Credit credit = ServiceCreditRules.credit(true, SlaMetric.LATENCY_P95, new BigDecimal("50"), SCHEDULE, null, null);
    assertThat(credit.percent()).isEqualByComparingTo("10");
    assertThat(credit.amount()).isNull();
    assertThat(credit.note()).contains("no fee given");
  }

  @Test
  void noCreditWhereTheContractGrantsNoneOrDoesNotSay() {
    assertThat(ServiceCreditRules.credit(false, SlaMetric.AVAILABILITY, BigDecimal.ONE, SCHEDULE, BigDecimal.TEN, "EUR")
        .status()).isEqualTo(Status.NOT_GRANTED);
    assertThat(ServiceCreditRules.credit(null, SlaMetric.AVAILABILITY, BigDecimal.ONE, SCHEDULE, BigDecimal.TEN, "EUR")
        .status()).isEqualTo(Status.UNKNOWN);
    assertThat(ServiceCreditRules.credit(true, SlaMetric.AVAILABILITY, BigDecimal.ZERO, SCHEDULE, BigDecimal.TEN, "EUR")
        .status()).isEqualTo(Status.BELOW_SCHEDULE);
  }
}
