package org.llmprocurement.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.llmprocurement.signoff.FiveAnswers;

/**
 * The figures every function confirmed at sign-off (the five final questions), by the tier
 * thresholds key they settle: what the vendor actually signed up to, which after negotiation may be
 * a fallback rather than the tier's bar. Where the SLA differs by surface or region, the weakest
 * confirmed value is the one the vendor owes everywhere (lowest availability, longest latency and
 * response times).
 *
 * <p>Keys: {@code availabilityPercent}, {@code latencyP95Ms}, {@code latencyP99Ms},
 * {@code sev1AckMinutes}, {@code sev2AckHours}, {@code sev3AckBusinessHours}, {@code sev1RestoreHours},
 * {@code sev2RestoreHours}, {@code sev3RestoreBusinessDays} (Q1); {@code auditEvidenceMonths} (Q2, the
 * evidence cadence); {@code breachNoticeSuspectedHours}, {@code breachNoticeConfirmedHours},
 * {@code breachUpdateHours} (Q4); {@code rootCauseBusinessDays}, {@code correctiveActionBusinessDays}
 * (Q5). Keys without a confirmed value are absent.
 */
final class AgreedFigures {

  private AgreedFigures() {}

  /** The confirmed figures by thresholds key; empty for no answers. */
  static Map<String, Object> of(FiveAnswers answers) {
    Map<String, Object> figures = new LinkedHashMap<>();
    if (answers == null) {
      return figures;
    }
    List<FiveAnswers.SlaRow> rows = answers.sla() == null ? List.of() : answers.sla().rows();
    putMin(figures, "availabilityPercent", rows, FiveAnswers.SlaRow::availabilityPercent);
    putMax(figures, "latencyP95Ms", rows, FiveAnswers.SlaRow::latencyP95Ms);
    putMax(figures, "latencyP99Ms", rows, FiveAnswers.SlaRow::latencyP99Ms);
    putMax(figures, "sev1AckMinutes", rows, FiveAnswers.SlaRow::sev1ResponseMinutes);
    putMax(figures, "sev2AckHours", rows, FiveAnswers.SlaRow::sev2ResponseHours);
    putMax(figures, "sev3AckBusinessHours", rows, FiveAnswers.SlaRow::sev3ResponseBusinessHours);
    putMax(figures, "sev1RestoreHours", rows, FiveAnswers.SlaRow::sev1ResolutionHours);
    putMax(figures, "sev2RestoreHours", rows, FiveAnswers.SlaRow::sev2ResolutionHours);
    putMax(figures, "sev3RestoreBusinessDays", rows, FiveAnswers.SlaRow::sev3ResolutionBusinessDays);
    if (answers.audit() != null) {
      put(figures, "auditEvidenceMonths", answers.audit().cadenceMonths());
    }
    if (answers.incident() != null) {
      put(figures, "breachNoticeSuspectedHours", answers.incident().suspectedHours());
      put(figures, "breachNoticeConfirmedHours", answers.incident().confirmedHours());
      put(figures, "breachUpdateHours", answers.incident().updateHours());
    }
    if (answers.fix() != null) {
      put(figures, "rootCauseBusinessDays", answers.fix().rootCauseBusinessDays());
      put(figures, "correctiveActionBusinessDays", answers.fix().correctivePlanBusinessDays());
    }
    return figures;
  }

  private static void put(Map<String, Object> figures, String key, Object value) {
    if (value != null) {
      figures.put(key, value);
    }
  }

  private static <T extends Comparable<T>> void putMin(Map<String, Object> figures, String key, List<FiveAnswers.SlaRow> rows,
      Function<FiveAnswers.SlaRow, T> value) {
    rows.stream().map(value).filter(Objects::nonNull).min(Comparable::compareTo).ifPresent(v -> figures.put(key, v));
  }

  private static <T extends Comparable<T>> void putMax(Map<String, Object> figures, String key, List<FiveAnswers.SlaRow> rows,
      Function<FiveAnswers.SlaRow, T> value) {
    rows.stream().map(value).filter(Objects::nonNull).max(Comparable::compareTo).ifPresent(v -> figures.put(key, v));
  }
}
