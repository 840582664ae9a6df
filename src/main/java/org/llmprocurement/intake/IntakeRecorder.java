package org.llmprocurement.intake;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.guard.Values;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * On the start event: stores the intake in the application's table, gives the process its business
 * key, and replaces the submitted intake variables by the few that route the process. The tier
 * facts are transient: the risk-tier decision reads them in the same transaction (the start runs
 * through to the tier confirmation task), its history keeps them as its inputs and the procurement
 * row as its answers; later stages work them out from the row ({@code Procurement.tierFacts()}).
 */
@Component("intakeRecorder")
class IntakeRecorder implements ExecutionListener {

  private final IntakeService intake;
  private final IdentityService identity;

  IntakeRecorder(IntakeService intake, IdentityService identity) {
    this.intake = intake;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String user = EngineIdentity.current(identity).userId();
    IntakeValidator.Result result = intake.validate(Values.plain(execution.getVariables()), user);
    if (!result.valid()) {
      // the start guard validated this already; reaching here means a guard was bypassed
      throw new IllegalStateException("invalid intake reached the process: " + result.problems());
    }
    IntakeForm form = result.form();
    Procurement procurement = intake.record(form, user != null ? user : form.requester(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(procurement.getBusinessKey());
    // the fields arrive transient (IntakeStartGuard.recordedAtStart); a field that is also a fact
    // stays when its value is the fact's, the derived facts join it, transient too: never stored
    Map<String, Object> facts = form.tierFacts();
    execution.removeVariables(IntakeValidator.FIELDS.stream()
        .filter(name -> !Objects.equals(execution.getVariable(name), facts.get(name))).toList());
    ProcessData.write(ProcurementLifecycle.PROCUREMENT_ID, execution, procurement.getId());
    facts.forEach((name, value) -> {
      if (!execution.hasVariable(name)) {
        execution.setVariable(name, Variables.untypedValue(value, true));
      }
    });
  }
}
