package org.llmprocurement.notices.sla;

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
    changes.view(c.getId()).forEach(task::setVariableLocal);
    task.setVariableLocal(ServiceChangeRules.DECISION, null);
    task.setVariableLocal(ServiceChangeRules.REASON, "");
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
