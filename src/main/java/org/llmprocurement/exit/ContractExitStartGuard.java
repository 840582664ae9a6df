package org.llmprocurement.exit;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.springframework.stereotype.Component;

/**
 * Every start of {@code contract-exit} (Tasklist start form, {@code POST /api/contracts/{id}/exit},
 * {@code /engine-rest}, a deciding stage) names a register entry that is not closed and has no exit
 * running, with a reason; only system work names a trigger other than MANUAL. Who may start is the
 * engine's authorization (procurement and managers, see {@link ExitGrants}).
 */
@Component
class ContractExitStartGuard implements StartGuard {

  private final ContractExits exits;

  ContractExitStartGuard(ContractExits exits) {
    this.exits = exits;
  }

  @Override
  public String processDefinitionKey() {
    return ContractExitProcess.KEY;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return exits.validateStart(variables, userId).problems();
  }

  /**
   * The start's fields, which {@code ContractExitRecorder} stores in the exit and removes, except the
   * contract id it sets again.
   */
  @Override
  public boolean recordedAtStart(String variableName) {
    return ContractExits.START_FIELDS.contains(variableName) && !ContractExitProcess.CONTRACT_ID.getName().equals(variableName);
  }
}
