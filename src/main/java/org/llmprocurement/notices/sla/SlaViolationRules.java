package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.signoff.FiveAnswers.SlaRow;

/**
 * The rules of an SLA violation notice, free of the engine: what its payload must say, which figure
 * the vendor committed to, whether the measured figure misses it and by how much.
 *
 * <p>The committed figure is the register's, never the sender's word alone: first the signed SLA
 * row of the surface and region (sign-off Q1), then the contract's obligation of the metric's code
 * (e.g. {@code availabilityPercent}), and only when the register has neither the {@code committed}
 * figure of the payload.
 */
public final class SlaViolationRules {

  public static final String METRIC = "metric";
  public static final String SURFACE = "surface";
  public static final String REGION = "region";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  public static final String MEASURED = "measured";
  public static final String COMMITTED = "committed";
  public static final String MONTHLY_FEE = "monthlyFee";
  public static final String CURRENCY = "currency";
  public static final String DESCRIPTION = "description";
  /** The payload fields of an SLA_VIOLATION notice (API JSON and start form share them). */
  public static final Set<String> FIELDS = Set.of(METRIC, SURFACE, REGION, PERIOD_START, PERIOD_END, MEASURED, COMMITTED,
      MONTHLY_FEE, CURRENCY, DESCRIPTION);

  /** Longest measurement period one notice may cover, in days (a month, with room for 31-day months). */
  public static final int MAX_PERIOD_DAYS = 31;
  public static final int MAX_DESCRIPTION = 4000;

  private SlaViolationRules() {}

  /**
   * A violation as the payload states it.
   *
   * @param measured the figure measured over the period, in {@link SlaMetric#unit()}
   * @param reportedCommitment the committed figure the sender states, or {@code null}
   * @param monthlyFee the fee for the affected service in the month of the period, or {@code null}
   * @param currency ISO 4217 code of the fee, or {@code null}
   */
  public record Violation(SlaMetric metric, Surface surface, Region region, LocalDate periodStart, LocalDate periodEnd,
      BigDecimal measured, BigDecimal reportedCommitment, BigDecimal monthlyFee, String currency, String description) {}

  /** Where the committed figure comes from. */
  public enum Source {
    /** The signed SLA row of the surface and region (sign-off Q1). */
    SIGNED_SLA,
    /** The contract's obligation of the metric's code. */
    OBLIGATION,
    /** The payload: the register has no figure for this metric. */
    REPORTED
  }

  /** The committed figure and where it comes from. */
  public record Commitment(BigDecimal figure, Source source) {}

  /** The payload read: the violation, or the problems naming each bad field. */
  public record Read(Violation violation, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads and checks a payload against the contract: the surface must be one the contract covers,
   * the period at most {@value #MAX_PERIOD_DAYS} days, over by {@code today}, the measured figure
   * a miss of the committed one ({@link #commitment}), a percentage at most 100. A fee needs its
   * currency.
   *
   * @param contractSurfaces the surfaces the contract covers
   * @param signedRows the signed SLA rows (empty without a sign-off record)
   * @param obligations the contract's obligations
   * @param today engine clock, UTC
   */
  public static Read read(JsonNode payload, Collection<Surface> contractSurfaces, List<SlaRow> signedRows,
      Collection<Obligation> obligations, LocalDate today) {
    List<String> problems = new ArrayList<>();
    PayloadFields f = new PayloadFields(payload, problems);
    f.unknownFields(FIELDS);
    SlaMetric metric = f.enumValue(METRIC, SlaMetric.class, true);
    Surface surface = f.enumValue(SURFACE, Surface.class, true);
    Region region = f.enumValue(REGION, Region.class, true);
    LocalDate start = f.date(PERIOD_START, true);
    LocalDate end = f.date(PERIOD_END, true);
    BigDecimal measured = f.number(MEASURED, true);
    BigDecimal committed = f.number(COMMITTED, false);
    BigDecimal fee = f.number(MONTHLY_FEE, false);
    String currency = f.text(CURRENCY, false, 3, 3);
    String description = f.text(DESCRIPTION, false, 0, MAX_DESCRIPTION);
    if (surface != null && !contractSurfaces.contains(surface)) {
      problems.add("payload.surface: " + surface + " is not a surface of the contract (" + contractSurfaces + ")");
    }
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add("payload.periodEnd: " + end + " is before periodStart " + start);
      } else if (start.plusDays(MAX_PERIOD_DAYS - 1L).isBefore(end)) {
        problems.add("payload.periodEnd: a notice covers one measurement period of at most " + MAX_PERIOD_DAYS
            + " days (" + start + " to " + end + " is longer); send one notice per month");
      }
      if (end.isAfter(today)) {
        problems.add("payload.periodEnd: " + end + " has not ended yet (today is " + today + ", UTC)");
      }
    }
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      problems.add("payload.currency: an ISO 4217 code such as EUR (got '" + currency + "')");
      currency = null;
    }
    if (fee != null && currency == null && !f.present(CURRENCY)) {
      problems.add("payload.currency: required with monthlyFee, an ISO 4217 code such as EUR");
    }
    boolean percentsFine = metric != SlaMetric.AVAILABILITY
        || percent(MEASURED, measured, problems) & percent(COMMITTED, committed, problems);
    if (metric != null && surface != null && region != null && measured != null && percentsFine) {
      Optional<Commitment> commitment = commitment(metric, surface, region, signedRows, obligations, committed);
      if (commitment.isEmpty()) {
        problems.add("payload.committed: required here, the register holds no " + metric.obligationCode()
            + " figure for " + surface + " in " + region);
      } else if (!misses(metric, measured, commitment.get().figure())) {
        problems.add("payload.measured: " + plain(measured) + " " + metric.unit() + " meets the committed "
            + plain(commitment.get().figure()) + " (" + describe(commitment.get().source()) + "); not a violation");
      }
    }
    Violation violation = problems.isEmpty()
        ? new Violation(metric, surface, region, start, end, measured, committed, fee, currency, description) : null;
    return new Read(violation, List.copyOf(problems));
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private static boolean percent(String field, BigDecimal value, List<String> problems) {
    if (value != null && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add("payload." + field + ": a percentage, at most 100 (got " + value.toPlainString() + ")");
      return false;
    }
    return true;
  }

  /**
   * The committed figure: the signed SLA row of the surface and region when it names one; else the
   * contract's obligation of the metric's code (the strictest when there are several); else the
   * reported figure; else nothing.
   */
  public static Optional<Commitment> commitment(SlaMetric metric, Surface surface, Region region, List<SlaRow> signedRows,
      Collection<Obligation> obligations, BigDecimal reported) {
    for (SlaRow row : signedRows) {
      if (surface.name().equalsIgnoreCase(row.surface()) && region.name().equalsIgnoreCase(row.region())) {
        Number signed = metric.signedFigure(row);
        if (signed != null) {
          return Optional.of(new Commitment(new BigDecimal(signed.toString()), Source.SIGNED_SLA));
        }
      }
    }
    Optional<BigDecimal> own = obligations.stream().filter(o -> metric.obligationCode().equals(o.code()))
        .map(o -> parse(o.figure())).flatMap(Optional::stream)
        .reduce((a, b) -> metric.higherIsWorse() ? a.min(b) : a.max(b));
    if (own.isPresent()) {
      return Optional.of(new Commitment(own.get(), Source.OBLIGATION));
    }
    return Optional.ofNullable(reported).map(r -> new Commitment(r, Source.REPORTED));
  }

  /** Whether the measured figure misses the committed one (strictly worse). */
  public static boolean misses(SlaMetric metric, BigDecimal measured, BigDecimal committed) {
    int cmp = measured.compareTo(committed);
    return metric.higherIsWorse() ? cmp > 0 : cmp < 0;
  }

  /**
   * How far the measured figure misses the committed one, the input of the service-credit schedule:
   * for availability the percentage points below the commitment (99.9 committed, 99.2 measured:
   * 0.7); for latency and response times the percent above it (2,000 ms committed, 3,000 measured:
   * 50). Zero when it does not miss. Four decimal places, half up.
   */
  public static BigDecimal shortfall(SlaMetric metric, BigDecimal measured, BigDecimal committed) {
    if (!misses(metric, measured, committed)) {
      return BigDecimal.ZERO;
    }
    if (!metric.higherIsWorse()) {
      return committed.subtract(measured).setScale(4, RoundingMode.HALF_UP);
    }
    if (committed.signum() == 0) {
      // a zero commitment (answer at once) missed at all is missed beyond every band
      return BigDecimal.valueOf(1_000_000);
    }
    return measured.subtract(committed).multiply(BigDecimal.valueOf(100))
        .divide(committed, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
  }

  /** The source in words, for problems and records. */
  public static String describe(Source source) {
    return switch (source) {
      case SIGNED_SLA -> "signed SLA row of sign-off Q1";
      case OBLIGATION -> "contract obligation";
      case REPORTED -> "as reported; the register holds no figure";
    };
  }

  private static Optional<BigDecimal> parse(String figure) {
    try {
      return Optional.of(new BigDecimal(figure.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
