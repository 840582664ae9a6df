package org.llmprocurement.intake;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/** Every start of the lifecycle process carries a valid intake, however it is started. */
@Component
class IntakeStartGuard implements StartGuard {

  private final IntakeService intake;

  IntakeStartGuard(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public String processDefinitionKey() {
    return ProcurementLifecycle.KEY;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return intake.validate(variables, userId).problems().stream().map(IntakeValidator.Problem::toString).toList();
  }

  /**
   * The intake's fields, which {@code IntakeRecorder} stores in the procurement; the tier facts
   * among them stay transient for the risk-tier decision of the same transaction.
   */
  @Override
  public boolean recordedAtStart(String variableName) {
    return IntakeValidator.FIELDS.contains(variableName);
  }
}
