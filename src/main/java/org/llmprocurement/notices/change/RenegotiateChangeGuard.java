package org.llmprocurement.notices.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.notices.change.ChangeDecisions.Decision;
import org.llmprocurement.notices.change.ChangeDecisions.Renegotiation;
import org.springframework.stereotype.Component;

/**
 * "Renegotiate model change" and "Renegotiate region change" (form {@code renegotiate-vendor-change}):
 * procurement records what renegotiating with the vendor came to (agreed or not) with a summary.
 * Agreed new terms are entered as a register amendment (the register API), not here. Unlike a
 * renewal, a change notice has no catalogue items to send back to negotiation, so the renewal's
 * hand-over to the negotiation process does not apply.
 */
abstract class RenegotiateChangeGuard implements TaskFormGuard<Decision<Renegotiation>> {

  private final ChangeNotices changes;
  private final String processKey;
  private final String taskKey;
  private final String name;

  RenegotiateChangeGuard(ChangeNotices changes, String processKey, String taskKey, String name) {
    this.changes = changes;
    this.processKey = processKey;
    this.taskKey = taskKey;
    this.name = name;
  }

  @Override
  public String processDefinitionKey() {
    return processKey;
  }

  @Override
  public String taskDefinitionKey() {
    return taskKey;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.RENEGOTIATION_OUTCOME, ChangeDecisions.RENEGOTIATION_SUMMARY);
  }

  @Override
  public void prepare(DelegateTask task) {
    ChangeView.name(task, name, changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#view} and this form's empty fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    VendorChange row = changes.get(ChangeProcesses.CHANGE_ID.from(task).get());
    Map<String, Object> view = ChangeView.view(row);
    view.put("changeDecision", "Decided by " + row.getDecidedBy() + ": " + row.getDecisionReason());
    view.put(ChangeDecisions.RENEGOTIATION_OUTCOME, null);
    view.put(ChangeDecisions.RENEGOTIATION_SUMMARY, "");
    return view;
  }

  @Override
  public Validation<Decision<Renegotiation>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Decision<Renegotiation> outcome = ChangeDecisions.renegotiation(submission.values(), problems);
    return Validation.of(outcome, problems);
  }

  @Override
  public void apply(TaskSubmission submission, Decision<Renegotiation> outcome) {
    changes.renegotiated(ChangeProcesses.CHANGE_ID.from(submission.task()).get(), outcome, submission.userId());
  }

  /** In {@code vendor-model-change}. */
  @Component
  static class Model extends RenegotiateChangeGuard {
    Model(ChangeNotices changes) {
      super(changes, ChangeProcesses.MODEL_KEY, ChangeProcesses.RENEGOTIATE_MODEL, "Renegotiate model change");
    }
  }

  /** In {@code vendor-region-change}. */
  @Component
  static class Region extends RenegotiateChangeGuard {
    Region(ChangeNotices changes) {
      super(changes, ChangeProcesses.REGION_KEY, ChangeProcesses.RENEGOTIATE_REGION, "Renegotiate region change");
    }
  }
}
