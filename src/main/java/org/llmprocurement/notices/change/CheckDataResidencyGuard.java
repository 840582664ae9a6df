package org.llmprocurement.notices.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.notices.change.ChangeDecisions.ResidencyCheck;
import org.springframework.stereotype.Component;

/**
 * "Check data residency": data governance says whether the change stays within the contract's
 * regions. WITHIN is refused while the comparison (against the register as it stands now) finds
 * regions outside, naming each; OUTSIDE against a clean comparison needs a note.
 */
@Component
class CheckDataResidencyGuard implements TaskFormGuard<ResidencyCheck> {

  private final ChangeNotices changes;

  CheckDataResidencyGuard(ChangeNotices changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return ChangeProcesses.REGION_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcesses.CHECK_RESIDENCY;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.RESIDENCY, ChangeDecisions.RESIDENCY_NOTE);
  }

  @Override
  public void prepare(DelegateTask task) {
    ChangeView.name(task, "Check data residency", changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#view} and this form's empty fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Map<String, Object> view = ChangeView.view(changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
    view.put(ChangeDecisions.RESIDENCY, null);
    view.put(ChangeDecisions.RESIDENCY_NOTE, "");
    return view;
  }

  @Override
  public Validation<ResidencyCheck> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    List<String> outside = changes.outsideRegions(ChangeProcesses.CHANGE_ID.from(submission.task()).get());
    ResidencyCheck check = ChangeDecisions.residency(submission.values(), outside, problems);
    return Validation.of(check, problems);
  }

  @Override
  public void apply(TaskSubmission submission, ResidencyCheck check) {
    DelegateTask task = submission.task();
    changes.residencyChecked(ChangeProcesses.CHANGE_ID.from(task).get(), check, submission.userId());
    ProcessData.write(ChangeProcesses.OUTSIDE_REGIONS, task.getExecution(),
        check.residency() == ChangeDecisions.Residency.OUTSIDE);
  }
}
