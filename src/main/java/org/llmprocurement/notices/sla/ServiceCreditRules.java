package org.llmprocurement.notices.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BiFunction;

/**
 * The service credit due for one violation, free of the engine.
 *
 * <p>Whether credits apply at all is the contract's answer to sign-off Q5 ("service credits, without
 * prejudice to other remedies"). The register holds no credit percentages, so how much is due comes
 * from our business-owned schedule ({@code processes/service-credits.dmn}): a percentage of the
 * month's fee for the affected service by how far the figure was missed. The register holds no
 * fee either: the notice may state it ({@code monthlyFee}, {@code currency}); without it the credit
 * is kept as a percentage only.
 */
public final class ServiceCreditRules {

  private ServiceCreditRules() {}

  /** Whether a credit is due and why (or why not). */
  public enum Status {
    /** Due: a percentage, and an amount when the fee is known. */
    DUE,
    /** The contract grants no service credits (Q5 answered no). */
    NOT_GRANTED,
    /** The register does not say whether credits apply (no sign-off record, or Q5 unanswered). */
    UNKNOWN,
    /** Credits apply but the miss lies below the schedule's first band. */
    BELOW_SCHEDULE
  }

  /**
   * The credit.
   *
   * @param percent of the month's fee; {@code null} unless DUE
   * @param amount fee × percent, two decimals half up; {@code null} without a fee
   * @param currency the fee's currency, or {@code null}
   * @param note one sentence for the record and the notice outcome
   */
  public record Credit(Status status, BigDecimal percent, BigDecimal amount, String currency, String note) {}

  /**
   * @param creditsGranted the contract's Q5 answer, {@code null} when the register does not hold it
   * @param schedule the percentage for a metric family and shortfall; {@code 0} or {@code null}
   *     below the first band
   * @param monthlyFee the month's fee for the affected service, or {@code null}
   */
  public static Credit credit(Boolean creditsGranted, SlaMetric metric, BigDecimal shortfall,
      BiFunction<SlaMetric.Family, BigDecimal, BigDecimal> schedule, BigDecimal monthlyFee, String currency) {
    if (creditsGranted == null) {
      return new Credit(Status.UNKNOWN, null, null, null,
          "No credit computed: the register does not say whether service credits apply (sign-off Q5)");
    }
    if (!creditsGranted) {
      return new Credit(Status.NOT_GRANTED, null, null, null, "No credit: the contract grants no service credits (sign-off Q5)");
    }
    BigDecimal percent = schedule.apply(metric.family(), shortfall);
    if (percent == null || percent.signum() <= 0) {
      return new Credit(Status.BELOW_SCHEDULE, null, null, null,
          "No credit: a shortfall of " + shortfall.stripTrailingZeros().toPlainString() + " lies below the credit schedule");
    }
    percent = percent.stripTrailingZeros();
    if (monthlyFee == null) {
      return new Credit(Status.DUE, percent, null, null, "Credit due: " + percent.toPlainString()
          + " % of the month's fee for the service (no fee given with the notice, so no amount)");
    }
    BigDecimal amount = monthlyFee.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return new Credit(Status.DUE, percent, amount, currency, "Credit due: " + percent.toPlainString() + " % of "
        + monthlyFee.stripTrailingZeros().toPlainString() + " " + currency + " = " + amount.toPlainString() + " " + currency);
  }
}
