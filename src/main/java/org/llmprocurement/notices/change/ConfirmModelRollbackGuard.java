package org.llmprocurement.notices.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * "Confirm model rollback": IT confirms that the vendor serves the pinned version again and says
 * how it checked; refused until ticked, naming each missing point.
 */
@Component
class ConfirmModelRollbackGuard implements TaskFormGuard<String> {

  private final ChangeNotices changes;

  ConfirmModelRollbackGuard(ChangeNotices changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return ChangeProcesses.MODEL_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcesses.CONFIRM_ROLLBACK;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.ROLLED_BACK, ChangeDecisions.ROLLBACK_NOTE);
  }

  @Override
  public void prepare(DelegateTask task) {
    ChangeView.name(task, "Confirm model rollback", changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#view} and this form's empty fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    VendorChange row = changes.get(ChangeProcesses.CHANGE_ID.from(task).get());
    Map<String, Object> view = ChangeView.view(row);
    view.put("rollbackDeadline", String.valueOf(row.getFollowUpDeadline()));
    view.put(ChangeDecisions.ROLLED_BACK, false);
    view.put(ChangeDecisions.ROLLBACK_NOTE, "");
    return view;
  }

  @Override
  public Validation<String> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    String note = ChangeDecisions.rollback(submission.values(), problems);
    return Validation.of(note, problems);
  }

  @Override
  public void apply(TaskSubmission submission, String note) {
    changes.confirmRollback(ChangeProcesses.CHANGE_ID.from(submission.task()).get(), note, submission.userId());
  }
}
