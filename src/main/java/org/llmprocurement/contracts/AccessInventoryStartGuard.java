package org.llmprocurement.contracts;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.springframework.stereotype.Component;

/**
 * Every start of {@code maintain-access-inventory} (Tasklist start form, {@code /engine-rest}, the
 * Java API) carries a valid change: the same validation as {@code /api/contracts/{id}/access-inventory}.
 * Who may start is the engine's authorization (IT holds CREATE_INSTANCE, see {@link AccessInventoryGrants}).
 */
@Component
class AccessInventoryStartGuard implements StartGuard {

  private final AccessInventory inventory;

  AccessInventoryStartGuard(AccessInventory inventory) {
    this.inventory = inventory;
  }

  @Override
  public String processDefinitionKey() {
    return AccessInventoryProcess.KEY;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return inventory.validateStart(variables).problems();
  }

  /** The change's fields: {@code AccessInventoryRecorder} stores them in the inventory and removes them. */
  @Override
  public boolean recordedAtStart(String variableName) {
    return AccessInventory.START_FIELDS.contains(variableName);
  }
}
