package org.llmprocurement.notices.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.signoff.FiveAnswers.DataType;
import org.llmprocurement.signoff.FiveAnswers.Fix;

/**
 * Legal's decision on repeated SLA violations ("Decide remedy for repeated violations"), free of
 * the engine: exercise the termination right, suspend named data flows, or require a support
 * step-up at the vendor's cost, always with a reason. A remedy the contract was signed without
 * (sign-off Q5 answered no) is refused; when the register does not hold Q5, legal's word stands.
 */
public final class RepeatedViolationRules {

  public static final String DECISION = "remedy";
  public static final String DATA_FLOWS = "dataFlows";
  public static final String REASON = "remedyReason";
  /** What the task form submits. */
  public static final Set<String> FIELDS = Set.of(DECISION, DATA_FLOWS, REASON);

  /** The remedies legal may choose. */
  public enum Remedy {
    /** Exercise the termination right for repeated violations (REM-TERM-01). */
    TERMINATE,
    /** Stop sending the named data types while the failure lasts (REM-SUSPEND-01). */
    SUSPEND_DATA_FLOWS,
    /** The vendor moves us to its next support tier at its cost until fixed (REM-STEPUP-01). */
    STEP_UP_SUPPORT
  }

  /**
   * A valid decision.
   *
   * @param dataFlows the data types suspended; empty unless SUSPEND_DATA_FLOWS
   */
  public record Decision(Remedy remedy, List<DataType> dataFlows, String reason) {}

  private RepeatedViolationRules() {}

  /**
   * Checks a submission without writing anything.
   *
   * @param fix the contract's Q5 answers, or {@code null} when the register does not hold them
   */
  public static Decision validate(Map<String, Object> values, Fix fix, List<String> problems) {
    List<String> found = new ArrayList<>();
    DecisionFields f = new DecisionFields(values, found);
    Remedy remedy = f.choice(DECISION, Remedy.class);
    List<DataType> flows = f.list(DATA_FLOWS, DataType.class);
    String reason = f.text(REASON, DecisionFields.MIN_REASON, "say why this remedy");
    if (remedy == Remedy.SUSPEND_DATA_FLOWS && flows.isEmpty()) {
      found.add(DATA_FLOWS + ": name the data flows to suspend (" + PayloadFields.names(DataType.class) + ")");
    }
    if (remedy != null && remedy != Remedy.SUSPEND_DATA_FLOWS && !flows.isEmpty()) {
      found.add(DATA_FLOWS + ": only for a suspension of data flows");
    }
    if (remedy != null && fix != null && Boolean.FALSE.equals(granted(remedy, fix))) {
      found.add(DECISION + ": the contract was signed without " + words(remedy) + " (sign-off Q5)");
    }
    problems.addAll(found);
    return found.isEmpty() ? new Decision(remedy, remedy == Remedy.SUSPEND_DATA_FLOWS ? flows : List.of(), reason) : null;
  }

  /** Whether the contract grants the remedy: Q5's answer, {@code null} when unanswered. */
  public static Boolean granted(Remedy remedy, Fix fix) {
    return switch (remedy) {
      case TERMINATE -> fix.termination();
      case SUSPEND_DATA_FLOWS -> fix.suspension();
      case STEP_UP_SUPPORT -> fix.stepUp();
    };
  }

  static String words(Remedy remedy) {
    return switch (remedy) {
      case TERMINATE -> "a termination right for repeated SLA violations";
      case SUSPEND_DATA_FLOWS -> "a right to suspend data flows";
      case STEP_UP_SUPPORT -> "a support step-up at the vendor's cost";
    };
  }
}
