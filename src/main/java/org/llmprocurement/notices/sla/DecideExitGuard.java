package org.llmprocurement.notices.sla;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Decide exit": procurement or legal decides to exit or to continue with the changed service, with
 * a reason. Refused naming every problem; recorded with the change, settles the notice and routes
 * the process ({@code exitDecided}).
 */
@Component
class DecideExitGuard implements TaskFormGuard<ServiceChangeRules.Decision> {

  private final ServiceChanges changes;

  DecideExitGuard(ServiceChanges changes) {
    this.changes = changes;
  }

  @Override
  public String processDefinitionKey() {
    return SlaNoticeProcesses.CHANGE_KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SlaNoticeProcesses.DECIDE_EXIT;
  }

  @Override
  public Set<String> fields() {
    return ServiceChangeRules.DECISION_FIELDS;
  }

  @Override
  public void prepare(DelegateTask task) {
    ServiceChange c = changes.get(id(task));
    task.setName("Decide exit: " + c.getChange() + " effective " + c.getEffectiveOn());
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the announced change, what the
   * contract says about it, and empty decision fields.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Map<String, Object> view = new LinkedHashMap<>(changes.view(id(task)));
    view.put(ServiceChangeRules.DECISION, null);
    view.put(ServiceChangeRules.REASON, "");
    return view;
  }

  @Override
  public Validation<ServiceChangeRules.Decision> validate(TaskSubmission submission) {
    return changes.validate(submission.values());
  }

  @Override
  public void apply(TaskSubmission submission, ServiceChangeRules.Decision decision) {
    changes.decide(id(submission.task()), decision, submission.userId());
    ProcessData.write(SlaNoticeProcesses.EXIT_DECIDED, submission.task().getExecution(),
        decision.decision() == ServiceChangeRules.ExitDecision.EXIT);
  }

  private long id(DelegateTask task) {
    return SlaNoticeProcesses.SERVICE_CHANGE_ID.from(task).get();
  }
}
