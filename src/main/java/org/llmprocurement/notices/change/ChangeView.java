package org.llmprocurement.notices.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** What every change task's form shows: what changes, what the register says, the notice and the window. */
final class ChangeView {

  static final String SUBJECT = "changeSubject";
  static final String FINDINGS = "changeFindings";
  static final String NOTICE = "changeNotice";
  static final String WINDOW = "changeWindow";
  static final String ASSESSMENTS = "changeAssessments";

  private ChangeView() {}

  /** Names the task "<verb phrase>: <subject>" (the procurement label is put in front when the task is created). */
  static void name(DelegateTask task, String name, VendorChange row) {
    task.setName(VendorChange.clip(name + ": " + row.getSubject(), 255));
  }

  /**
   * The values every change task's form shows, worked out each time the form is read and never
   * stored on the task (ADR 0008): subject, findings, notice and window. A new map the guard adds
   * its own fields to.
   */
  static Map<String, Object> view(VendorChange row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(SUBJECT, row.getSubject());
    view.put(FINDINGS, row.getFindings());
    view.put(NOTICE, notice(row));
    view.put(WINDOW, row.getWindowEnds() == null ? "No window applies."
        : "The window ends on " + row.getWindowEnds() + " (UTC, " + row.getWindowDays() + " days, " + row.getWindowCode() + ").");
    return view;
  }

  /** {@link #view} with the empty decision and reason of a "decide" form ({@link ChangeDecisions#DECISION}, {@link ChangeDecisions#REASON}). */
  static Map<String, Object> decisionView(VendorChange row) {
    Map<String, Object> view = view(row);
    view.put(ChangeDecisions.DECISION, null);
    view.put(ChangeDecisions.REASON, "");
    return view;
  }

  /** The advance-notice finding in words. */
  static String notice(VendorChange row) {
    return switch (row.getNoticeFinding()) {
      case "IN_TIME" -> "Announced " + row.getNoticeDaysGiven() + " days ahead; the contract requires " + row.getNoticeDaysRequired()
          + " (" + row.getNoticeDaysCode() + ").";
      case "LATE_NOTICE" -> "LATE NOTICE, recorded as a vendor breach: announced " + row.getNoticeDaysGiven()
          + " days ahead; the contract requires " + row.getNoticeDaysRequired() + " (" + row.getNoticeDaysCode() + ").";
      default -> "UNANNOUNCED CHANGE, recorded as a vendor breach: found without notice; the contract requires "
          + row.getNoticeDaysRequired() + " days (" + row.getNoticeDaysCode() + ").";
    };
  }

  /** The assessments, one per line, or a note that there are none. */
  static String assessments(List<VendorChangeAssessment> assessments) {
    if (assessments.isEmpty()) {
      return "No assessment recorded.";
    }
    return String.join("\n", assessments.stream().map(a -> "- " + org.llmprocurement.identity.Groups.displayName(a.getAssessingGroup())
        + " (" + a.getAssessedBy() + "): impact " + a.getImpact() + ", recommends " + a.getRecommendation() + ". "
        + a.getFindings()).toList());
  }
}
