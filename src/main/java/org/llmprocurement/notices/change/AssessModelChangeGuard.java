package org.llmprocurement.notices.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * "Assess model change impact", one task each for IT and data governance: the impact, a
 * recommendation and the findings, all required; every problem is named and nothing is written
 * on refusal.
 */
@Component
class AssessModelChangeGuard implements TaskFormGuard<ChangeDecisions.Assessment> {

  private final ChangeNotices changes;

  AssessModelChangeGuard(ChangeNotices changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return ChangeProcesses.MODEL_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ChangeProcesses.ASSESS_MODEL;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ChangeDecisions.IMPACT, ChangeDecisions.RECOMMENDATION, ChangeDecisions.FINDINGS);
  }

  @Override
  public void prepare(DelegateTask task) {
    String group = ChangeProcesses.ASSESSING_GROUP.from(task).get();
    ChangeView.name(task, "Assess model change impact (" + Groups.displayName(group) + ")",
        changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): {@link ChangeView#view} and this form's empty fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Map<String, Object> view = ChangeView.view(changes.get(ChangeProcesses.CHANGE_ID.from(task).get()));
    view.put(ChangeDecisions.IMPACT, null);
    view.put(ChangeDecisions.RECOMMENDATION, null);
    view.put(ChangeDecisions.FINDINGS, "");
    return view;
  }

  @Override
  public Validation<ChangeDecisions.Assessment> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    ChangeDecisions.Assessment assessment = ChangeDecisions.assessment(submission.values(), problems);
    return Validation.of(assessment, problems);
  }

  @Override
  public void apply(TaskSubmission submission, ChangeDecisions.Assessment assessment) {
    DelegateTask task = submission.task();
    changes.assess(ChangeProcesses.CHANGE_ID.from(task).get(), ChangeProcesses.ASSESSING_GROUP.from(task).get(), assessment,
        submission.userId());
  }
}
