package org.llmprocurement.bench.bare;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The start's JPA service task: saves one {@link IntakeRecord} and sets its id as a variable. */
@Component("recordIntake")
public class RecordIntake implements JavaDelegate {

  private final IntakeRecords records;

  RecordIntake(IntakeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IntakeRecord saved = records.save(new IntakeRecord(execution.getProcessInstanceId(),
        (String) execution.getVariable("title"), (String) execution.getVariable("vendor"),
        (String) execution.getVariable("riskTier")));
    execution.setVariable("intakeId", saved.getId());
  }
}
