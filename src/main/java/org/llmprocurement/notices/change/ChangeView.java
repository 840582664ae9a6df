package org.llmprocurement.notices.change;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The task-local view every change task's form shows: what changes, what the register says, the notice and the window. */
final class ChangeView {

  static final String SUBJECT = "changeSubject";
  static final String FINDINGS = "changeFindings";
  static final String NOTICE = "changeNotice";
  static final String WINDOW = "changeWindow";
  static final String ASSESSMENTS = "changeAssessments";

  private ChangeView() {}

  /**
   * Sets the view variables on the task and names it "<verb phrase>: <subject>" (the procurement
   * label is put in front when the task is created).
   */
  static void show(DelegateTask task, String name, VendorChange row) {
    task.setName(VendorChange.clip(name + ": " + row.getSubject(), 255));
    task.setVariableLocal(SUBJECT, row.getSubject());
    task.setVariableLocal(FINDINGS, row.getFindings());
    task.setVariableLocal(NOTICE, notice(row));
    task.setVariableLocal(WINDOW, row.getWindowEnds() == null ? "No window applies."
        : "The window ends on " + row.getWindowEnds() + " (UTC, " + row.getWindowDays() + " days, " + row.getWindowCode() + ").");
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
