package org.llmprocurement.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.security.TextRules;
import org.springframework.stereotype.Component;

/**
 * "Send vendor reminder": the vendor's answers are overdue; procurement confirms it reminded the
 * vendor (an optional note on how). Recorded with the round.
 */
@Component
class SendVendorReminderGuard implements TaskFormGuard<String> {

  static final String SENT = "reminderSent";
  static final String NOTE = "reminderNote";

  private final Negotiations negotiations;

  SendVendorReminderGuard(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public String processDefinitionKey() {
    return NegotiationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return NegotiationProcess.SEND_REMINDER;
  }

  @Override
  public Set<String> fields() {
    return Set.of(SENT, NOTE);
  }

  @Override
  public void prepare(DelegateTask task) {
    NegotiationRound round = round(task);
    task.setName("Send vendor reminder, round " + round.getRoundNumber() + ": " + round.getBusinessKey());
  }

  /** Worked out each time the form is read, never stored (ADR 0008): the round, its due date, empty fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    NegotiationRound round = round(task);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(SENT, false);
    view.put(NOTE, "");
    view.put("responseDue", String.valueOf(round.getResponseDue()));
    view.put("roundNumber", round.getRoundNumber());
    return view;
  }

  @Override
  public Validation<String> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Object sent = submission.values().get(SENT);
    if (!Boolean.TRUE.equals(sent) && !"true".equals(String.valueOf(sent))) {
      problems.add(SENT + ": confirm that the vendor was reminded");
    }
    String note = submission.text(NOTE);
    if (note != null && note.length() > 4000) {
      problems.add(NOTE + ": must be at most 4000 characters (got " + note.length() + ")");
    }
    TextRules.check(NOTE, note, problems);
    return Validation.of(note == null || note.isEmpty() ? null : note, problems);
  }

  @Override
  public void apply(TaskSubmission submission, String note) {
    negotiations.remind(round(submission.task()).getId(), submission.userId() == null ? "system" : submission.userId(), note);
  }

  private NegotiationRound round(DelegateTask task) {
    return negotiations.latestRound(ProcurementLifecycle.PROCUREMENT_ID.from(task).get()).orElseThrow();
  }
}
