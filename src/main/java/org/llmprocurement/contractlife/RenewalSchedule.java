package org.llmprocurement.contractlife;

import java.time.LocalDate;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.springframework.stereotype.Service;

/**
 * When the pre-renewal review starts: the non-renewal notice deadline (term end minus our notice
 * period, as the register keeps it) minus the renewal lead time of the contract's current tier
 * (tier thresholds, output {@code renewalKickOffLeadDays}: 30 days, 60 at CRITICAL, as business
 * people set it), never before today. Calendar days on UTC dates; the review starts at 00:00 UTC.
 */
@Service
public class RenewalSchedule {

  static final String LEAD = "renewalKickOffLeadDays";
  /** Used only when the deployed thresholds lack the output (an older decision version). */
  static final int DEFAULT_LEAD_DAYS = 30;

  private final ThresholdService thresholds;

  RenewalSchedule(ThresholdService thresholds) {
    this.thresholds = thresholds;
  }

  /** The kick-off date of the contract's next renewal review, as of {@code today}. */
  public LocalDate kickOff(Contract contract, LocalDate today) {
    return kickOff(contract.getNonRenewalDeadline(), leadDays(contract), today);
  }

  /** The lead time in days at the contract's current tier in the current thresholds. */
  public int leadDays(Contract contract) {
    Thresholds current = thresholds.forTier(contract.getRiskTier());
    return current.has(LEAD) ? current.getInt(LEAD) : DEFAULT_LEAD_DAYS;
  }

  /**
   * {@code deadline - leadDays}, or {@code today} when that date has passed (a contract registered
   * or amended after its kick-off date starts its review at once).
   */
  static LocalDate kickOff(LocalDate deadline, int leadDays, LocalDate today) {
    return KickOff.before(deadline, leadDays, today);
  }
}
