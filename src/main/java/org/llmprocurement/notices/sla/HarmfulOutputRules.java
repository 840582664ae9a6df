package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.domain.Surface;

/**
 * The rules of a harmful output or quality regression report by our own teams, free of the engine:
 * what the report must say, and what IT and the business owner's decision must say (suspend the
 * use case or continue, why, and what the vendor must remedy by when).
 */
public final class HarmfulOutputRules {

  public static final String KIND = "kind";
  public static final String SURFACE = "surface";
  public static final String OBSERVED_ON = "observedOn";
  public static final String DESCRIPTION = "description";
  public static final String EXAMPLES = "examples";
  /** The payload fields (the start form's keys). */
  public static final Set<String> FIELDS = Set.of(KIND, SURFACE, OBSERVED_ON, DESCRIPTION, EXAMPLES);

  public static final String SUSPENSION = "suspension";
  public static final String REASON = "suspensionReason";
  public static final String REMEDIATION = "remediationRequest";
  public static final String REMEDIATION_DEADLINE = "remediationDeadline";
  public static final String OWNER_AGREED = "businessOwnerAgreed";
  /** What "Decide use case suspension" submits. */
  public static final Set<String> DECISION_FIELDS = Set.of(SUSPENSION, REASON, REMEDIATION, REMEDIATION_DEADLINE, OWNER_AGREED);

  public static final String REMEDIATION_NOTE = "remediationNote";
  /** What "Confirm vendor remediation" submits. */
  public static final Set<String> REMEDIATION_FIELDS = Set.of(REMEDIATION_NOTE);

  public static final int MIN_DESCRIPTION = 20;
  public static final int MAX_TEXT = 4000;

  /** What was seen. */
  public enum Kind {
    /** An output that can hurt someone: unsafe, discriminatory, defamatory, leaking data. */
    HARMFUL_OUTPUT,
    /** Answers markedly worse than before, without an announced change. */
    QUALITY_REGRESSION
  }

  /** Whether the use case is suspended. */
  public enum Suspension { SUSPEND, CONTINUE }

  /** A report as read. */
  public record Report(Kind kind, Surface surface, LocalDate observedOn, String description, String examples) {}

  /**
   * A valid decision.
   *
   * @param businessOwnerAgreed true: the business owner decided, or IT confirmed the owner agrees
   */
  public record Decision(Suspension suspension, String reason, String remediationRequest, LocalDate remediationDeadline,
      boolean businessOwnerAgreed) {}

  private HarmfulOutputRules() {}

  /**
   * Problems with a report's payload, each naming {@code payload.<field>}; empty when fine.
   *
   * @param contractSurfaces the surfaces the contract covers
   * @param today engine clock, UTC
   */
  public static List<String> problems(JsonNode payload, Collection<Surface> contractSurfaces, LocalDate today) {
    List<String> problems = new ArrayList<>();
    read(payload, contractSurfaces, today, problems);
    return List.copyOf(problems);
  }

  /** The report, or {@code null} with problems added. */
  public static Report read(JsonNode payload, Collection<Surface> contractSurfaces, LocalDate today, List<String> problems) {
    int before = problems.size();
    PayloadFields f = new PayloadFields(payload, problems);
    f.unknownFields(FIELDS);
    Kind kind = f.enumValue(KIND, Kind.class, true);
    Surface surface = f.enumValue(SURFACE, Surface.class, true);
    LocalDate observed = f.date(OBSERVED_ON, true);
    String description = f.text(DESCRIPTION, true, MIN_DESCRIPTION, MAX_TEXT);
    String examples = f.text(EXAMPLES, false, 0, MAX_TEXT);
    if (surface != null && !contractSurfaces.contains(surface)) {
      problems.add("payload.surface: " + surface + " is not a surface of the contract (" + contractSurfaces + ")");
    }
    if (observed != null && observed.isAfter(today)) {
      problems.add("payload.observedOn: " + observed + " is in the future (today is " + today + ", UTC)");
    }
    return problems.size() == before ? new Report(kind, surface, observed, description, examples) : null;
  }

  /** Checks a remediation confirmation: what the vendor did, at least 10 characters; the note, or {@code null}. */
  public static String validateRemediation(Map<String, Object> values, List<String> problems) {
    return new DecisionFields(values, problems).text(REMEDIATION_NOTE, DecisionFields.MIN_REASON,
        "say what the vendor did to remedy it and how you checked");
  }

  /** When an unconfirmed remediation is overdue: 00:00 UTC of the day after the deadline (the vendor has the whole day). */
  public static java.util.Date remediationDueAt(LocalDate deadline) {
    return java.util.Date.from(deadline.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
  }

  /**
   * Checks a decision without writing anything: a reason, the remediation asked of the vendor, its
   * deadline after today, and, when someone other than the business owner decides, their
   * confirmation that the business owner agrees (the decision is the owner's and IT's together).
   *
   * @param decider the completing user, {@code null} for system work
   * @param businessOwner the business owner's user id
   */
  public static Decision validate(Map<String, Object> values, LocalDate today, String decider, String businessOwner,
      List<String> problems) {
    List<String> found = new ArrayList<>();
    DecisionFields f = new DecisionFields(values, found);
    Suspension suspension = f.choice(SUSPENSION, Suspension.class);
    String reason = f.text(REASON, DecisionFields.MIN_REASON, "say why the use case is suspended or continues");
    String remediation = f.text(REMEDIATION, DecisionFields.MIN_REASON, "say what the vendor must remedy");
    LocalDate deadline = f.date(REMEDIATION_DEADLINE, "required, the day by which the vendor must remedy it");
    if (deadline != null && !deadline.isAfter(today)) {
      found.add(REMEDIATION_DEADLINE + ": " + deadline + " is not after today (" + today + ", UTC)");
    }
    boolean owner = decider != null && decider.equals(businessOwner);
    boolean agreed = owner || Boolean.TRUE.equals(values.get(OWNER_AGREED)) || "true".equals(String.valueOf(values.get(OWNER_AGREED)));
    if (!agreed) {
      found.add(OWNER_AGREED + ": confirm that the business owner (" + businessOwner + ") agrees, or let them decide");
    }
    problems.addAll(found);
    return found.isEmpty() ? new Decision(suspension, reason, remediation, deadline, agreed) : null;
  }
}
