package org.llmprocurement.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Derives the vendor's obligations from the review items that are MET: for each threshold key the
 * item's requirement is measured against, one obligation with the figure of the requirement's
 * preferred position at the procurement's tier (what MET means). Items that were waived, set aside,
 * left as gaps or accepted as risk bind the vendor to nothing. Engine-free.
 *
 * <p>{@link #TERMS} names every threshold key's obligation and unit; a key the table does not know
 * still yields an obligation (described by its key, unit {@code AS_DECIDED}) rather than being lost.
 * Keys that bind us rather than the vendor ({@link #NOT_VENDOR_OBLIGATIONS}) yield none.
 */
public final class ObligationRules {

  /** A MET review item: its requirement, title and the threshold keys it is measured against. */
  public record MetItem(String requirementId, String title, List<String> thresholdKeys) {}

  /** What an obligation on a threshold key says and counts. */
  record Term(String description, String unit) {}

  static final String SUBPROCESSOR_OBJECTION = "SUB-OBJECT-01";
  static final String OBJECTION_CODE = "subprocessorObjectionDays";

  /** Threshold keys that are rules for us or for the process, not duties of the vendor. */
  static final Set<String> NOT_VENDOR_OBLIGATIONS = Set.of("maxNonRenewalNoticeDays", "reviewDueDays",
      "waiverApproverRole", "negotiationRoundLimit", "vendorResponseDays", "vendorReminderGraceDays",
      "renewalKickOffLeadDays", "renewalEscalationBusinessDays", "auditCadenceMonths", "pilotPromotionLeadDays",
      "deletionReminderBusinessDays");

  static final Map<String, Term> TERMS = terms();

  private ObligationRules() {}

  /**
   * The obligations, in the order of the items and their keys.
   *
   * @param met the MET items
   * @param figure the figure of a requirement's preferred position for a threshold key (requirement
   *     id, key); {@code null} when the tier's thresholds do not have the key
   */
  public static List<Obligation> derive(List<MetItem> met, BiFunction<String, String, Object> figure) {
    List<Obligation> obligations = new ArrayList<>();
    for (MetItem item : met) {
      for (String key : item.thresholdKeys()) {
        if (NOT_VENDOR_OBLIGATIONS.contains(key)) {
          continue;
        }
        Object value = figure.apply(item.requirementId(), key);
        if (value == null) {
          continue;
        }
        Term term = TERMS.getOrDefault(key, new Term(key, "AS_DECIDED"));
        obligations.add(new Obligation(key, term.description(), item.requirementId(), item.title(), key, text(value), term.unit()));
      }
      if (SUBPROCESSOR_OBJECTION.equals(item.requirementId())) {
        objectionWindow(item, figure).ifPresent(obligations::add);
      }
    }
    return obligations;
  }

  /**
   * SUB-OBJECT-01 names no figure of its own: we may object while the notice of a new subprocessor
   * runs, so the objection window is the subprocessor notice period of the tier.
   */
  private static Optional<Obligation> objectionWindow(MetItem item, BiFunction<String, String, Object> figure) {
    Object days = figure.apply(item.requirementId(), "subprocessorNoticeDays");
    if (days == null) {
      return Optional.empty();
    }
    return Optional.of(new Obligation(OBJECTION_CODE,
        "Accept our objection to a new subprocessor while its notice period runs; terminate without penalty if it goes ahead",
        item.requirementId(), item.title(), "subprocessorNoticeDays", text(days), "DAYS"));
  }

  /** Whole numbers without a decimal point, other numbers as written, anything else as text. */
  static String text(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static Map<String, Term> terms() {
    Map<String, Term> t = new LinkedHashMap<>();
    t.put("availabilityPercent", new Term("Keep each covered surface available at least this share of the month", "PERCENT"));
    t.put("latencyP95Ms", new Term("Answer 95 % of requests within", "MILLISECONDS"));
    t.put("latencyP99Ms", new Term("Answer 99 % of requests within", "MILLISECONDS"));
    t.put("throughputRequestsPerMinute", new Term("Guarantee a throughput of at least", "REQUESTS_PER_MINUTE"));
    t.put("rateLimitChangeNoticeDays", new Term("Give notice before lowering rate limits", "DAYS"));
    t.put("sev1AckMinutes", new Term("Acknowledge a severity 1 incident within", "MINUTES"));
    t.put("sev2AckHours", new Term("Acknowledge a severity 2 incident within", "HOURS"));
    t.put("sev3AckBusinessHours", new Term("Acknowledge a severity 3 incident within", "BUSINESS_HOURS"));
    t.put("sev1RestoreHours", new Term("Restore service after a severity 1 incident within", "HOURS"));
    t.put("sev2RestoreHours", new Term("Restore service after a severity 2 incident within", "HOURS"));
    t.put("sev3RestoreBusinessDays", new Term("Resolve a severity 3 incident within", "BUSINESS_DAYS"));
    t.put("statusUpdateMinutes", new Term("Update us on an open major incident every", "MINUTES"));
    t.put("postIncidentReportBusinessDays", new Term("Deliver a written post-incident report within", "BUSINESS_DAYS"));
    t.put("breachNoticeSuspectedHours", new Term("Notify us of a suspected security incident within", "HOURS"));
    t.put("breachNoticeConfirmedHours", new Term("Notify us of a confirmed breach within", "HOURS"));
    t.put("breachUpdateHours", new Term("Update us on an open security incident every", "HOURS"));
    t.put("rootCauseBusinessDays", new Term("Deliver the root cause analysis within", "BUSINESS_DAYS"));
    t.put("correctiveActionBusinessDays", new Term("Deliver a written corrective action plan within", "BUSINESS_DAYS"));
    t.put("logRetentionDays", new Term("Keep our logs for at least", "DAYS"));
    t.put("logExportHours", new Term("Export our logs on request within", "HOURS"));
    t.put("logImmutabilityRequired", new Term("Keep logs tamper-evident and immutable", "FLAG"));
    t.put("deletionOnRequestDays", new Term("Delete our data on request within", "DAYS"));
    t.put("deletionAfterTerminationDays", new Term("Delete our data after the contract ends within", "DAYS"));
    t.put("backupPurgeDays", new Term("Purge our data from backups, caches and embeddings within", "DAYS"));
    t.put("modelChangeNoticeDays", new Term("Give notice before changing or retiring a model", "DAYS"));
    t.put("subprocessorNoticeDays", new Term("Give notice before a new or replacement subprocessor handles our data", "DAYS"));
    t.put("regionChangeNoticeDays", new Term("Give notice before storing or processing our data in another region", "DAYS"));
    t.put("validationWindowDays", new Term("Let us validate a changed model, keeping the old one available, for", "DAYS"));
    t.put("exportWindowDays", new Term("Let us export our data, logs and configuration after the end for", "DAYS"));
    t.put("auditEvidenceMonths", new Term("Provide audit evidence no older than", "MONTHS"));
    t.put("renewalReviewLeadDays", new Term("Send a performance and change summary before the renewal date", "DAYS"));
    t.put("slaViolationsForTermination", new Term("Let us terminate after this many SLA violations in the window", "COUNT"));
    t.put("slaViolationWindowMonths", new Term("Count SLA violations towards termination over", "MONTHS"));
    return Map.copyOf(t);
  }
}
