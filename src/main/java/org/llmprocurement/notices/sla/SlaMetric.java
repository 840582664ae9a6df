package org.llmprocurement.notices.sla;

import java.util.function.Function;
import org.llmprocurement.signoff.FiveAnswers.SlaRow;

/**
 * What an SLA violation measures, with the unit of its figures (the units of the tier thresholds
 * and of the sign-off SLA rows), the obligation code the register keeps the vendor's figure under,
 * the family the service-credit schedule knows, and which way is worse.
 */
public enum SlaMetric {
  /** Monthly availability of the surface in the region, percent; lower is worse. */
  AVAILABILITY("PERCENT", "availabilityPercent", Family.AVAILABILITY, false, r -> r.availabilityPercent()),
  /** 95th-percentile response time, milliseconds; higher is worse. */
  LATENCY_P95("MILLISECONDS", "latencyP95Ms", Family.LATENCY, true, r -> r.latencyP95Ms()),
  /** 99th-percentile response time, milliseconds; higher is worse. */
  LATENCY_P99("MILLISECONDS", "latencyP99Ms", Family.LATENCY, true, r -> r.latencyP99Ms()),
  /** Acknowledgement of a severity 1 support case, minutes; higher is worse. */
  SUPPORT_RESPONSE_SEV1("MINUTES", "sev1AckMinutes", Family.SUPPORT_RESPONSE, true, r -> r.sev1ResponseMinutes()),
  /** Acknowledgement of a severity 2 support case, hours; higher is worse. */
  SUPPORT_RESPONSE_SEV2("HOURS", "sev2AckHours", Family.SUPPORT_RESPONSE, true, r -> r.sev2ResponseHours()),
  /** Acknowledgement of a severity 3 support case, business hours; higher is worse. */
  SUPPORT_RESPONSE_SEV3("BUSINESS_HOURS", "sev3AckBusinessHours", Family.SUPPORT_RESPONSE, true,
      r -> r.sev3ResponseBusinessHours());

  /** The rows of the service-credit schedule ({@code processes/service-credits.dmn}). */
  public enum Family { AVAILABILITY, LATENCY, SUPPORT_RESPONSE }

  private final String unit;
  private final String obligationCode;
  private final Family family;
  private final boolean higherIsWorse;
  private final Function<SlaRow, Number> signed;

  SlaMetric(String unit, String obligationCode, Family family, boolean higherIsWorse, Function<SlaRow, Number> signed) {
    this.unit = unit;
    this.obligationCode = obligationCode;
    this.family = family;
    this.higherIsWorse = higherIsWorse;
    this.signed = signed;
  }

  /** Unit of the measured and committed figures, as the register writes units (e.g. {@code PERCENT}). */
  public String unit() {
    return unit;
  }

  /** Code of the contract obligation (and tier threshold key) holding the vendor's figure. */
  public String obligationCode() {
    return obligationCode;
  }

  public Family family() {
    return family;
  }

  /** Whether a higher measured figure is worse (latency, response time) rather than better (availability). */
  public boolean higherIsWorse() {
    return higherIsWorse;
  }

  /** The figure a signed SLA row commits to for this metric, or {@code null} when the row leaves it open. */
  Number signedFigure(SlaRow row) {
    return signed.apply(row);
  }
}
