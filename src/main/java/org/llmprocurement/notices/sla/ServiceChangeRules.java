package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.domain.Surface;

/**
 * The rules of a notice that the vendor terminates, suspends or materially changes the service,
 * free of the engine: what the notice must say, whether a termination came with less notice than
 * the contract's {@code providerTerminationNoticeDays}, and what the exit decision must say.
 */
public final class ServiceChangeRules {

  public static final String CHANGE = "change";
  public static final String EFFECTIVE_ON = "effectiveOn";
  public static final String SURFACES = "surfaces";
  public static final String DESCRIPTION = "description";
  /** The payload fields (the start form's keys). */
  public static final Set<String> FIELDS = Set.of(CHANGE, EFFECTIVE_ON, SURFACES, DESCRIPTION);

  public static final String DECISION = "exitDecision";
  public static final String REASON = "exitReason";
  /** What "Decide exit" submits. */
  public static final Set<String> DECISION_FIELDS = Set.of(DECISION, REASON);

  public static final int MIN_DESCRIPTION = 20;
  public static final int MAX_TEXT = 4000;

  /** What the vendor does to the service. */
  public enum Change {
    /** Ends the service (or our contract) on the effective day. */
    TERMINATION,
    /** Stops the service for a time from the effective day. */
    SUSPENSION,
    /** Changes what the service does or how it is provided, materially. */
    MATERIAL_CHANGE
  }

  /** Procurement's and legal's decision. */
  public enum ExitDecision { EXIT, CONTINUE }

  /**
   * A notice as read.
   *
   * @param surfaces the surfaces affected; empty means all the contract covers
   */
  public record Notice(Change change, LocalDate effectiveOn, List<Surface> surfaces, String description) {}

  /** A valid decision. */
  public record Decision(ExitDecision decision, String reason) {}

  private ServiceChangeRules() {}

  /** Problems with a payload, each naming {@code payload.<field>}; empty when fine. */
  public static List<String> problems(JsonNode payload, Collection<Surface> contractSurfaces) {
    List<String> problems = new ArrayList<>();
    read(payload, contractSurfaces, problems);
    return List.copyOf(problems);
  }

  /** The notice, or {@code null} with problems added. The effective day may lie in the past (a late notice). */
  public static Notice read(JsonNode payload, Collection<Surface> contractSurfaces, List<String> problems) {
    int before = problems.size();
    PayloadFields f = new PayloadFields(payload, problems);
    f.unknownFields(FIELDS);
    Change change = f.enumValue(CHANGE, Change.class, true);
    LocalDate effective = f.date(EFFECTIVE_ON, true);
    List<Surface> surfaces = f.enumList(SURFACES, Surface.class);
    String description = f.text(DESCRIPTION, true, MIN_DESCRIPTION, MAX_TEXT);
    for (Surface s : surfaces) {
      if (!contractSurfaces.contains(s)) {
        problems.add("payload.surfaces: " + s + " is not a surface of the contract (" + contractSurfaces + ")");
      }
    }
    return problems.size() == before ? new Notice(change, effective, surfaces, description) : null;
  }

  /**
   * Days of notice the vendor gave: from the day we received the notice (UTC) to the effective day;
   * negative when it took effect before we heard of it.
   */
  public static long noticeDays(LocalDate receivedOn, LocalDate effectiveOn) {
    return ChronoUnit.DAYS.between(receivedOn, effectiveOn);
  }

  /**
   * Whether a termination came late: fewer days of notice than the contract's
   * {@code providerTerminationNoticeDays}. Suspensions and material changes have no contracted notice
   * period in the register and are never late here.
   */
  public static boolean lateTermination(Change change, LocalDate receivedOn, LocalDate effectiveOn, int contractedDays) {
    return change == Change.TERMINATION && noticeDays(receivedOn, effectiveOn) < contractedDays;
  }

  /** Checks "Decide exit" without writing anything: a decision and its reason. */
  public static Decision validate(Map<String, Object> values, List<String> problems) {
    List<String> found = new ArrayList<>();
    DecisionFields f = new DecisionFields(values, found);
    ExitDecision decision = f.choice(DECISION, ExitDecision.class);
    String reason = f.text(REASON, DecisionFields.MIN_REASON, "say why we exit or continue");
    problems.addAll(found);
    return found.isEmpty() ? new Decision(decision, reason) : null;
  }
}
