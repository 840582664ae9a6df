package org.llmprocurement.contractlife;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.springframework.stereotype.Component;

/**
 * Every start of {@code data-deletion-request} (Tasklist start form, the product API,
 * {@code /engine-rest}) carries a valid request for a contract in force: the same validation as
 * {@code POST /api/contracts/{id}/deletion-requests}. Who may start is the engine's authorization
 * (data governance holds CREATE_INSTANCE, see {@link DataDeletionGrants}).
 */
@Component
class DataDeletionStartGuard implements StartGuard {

  private final DataDeletionRequests requests;

  DataDeletionStartGuard(DataDeletionRequests requests) {
    this.requests = requests;
  }

  @Override
  public String processDefinitionKey() {
    return DataDeletionProcess.KEY;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return requests.validate(variables).problems();
  }

  /**
   * The request's fields, which {@code DataDeletionRecorder} stores in the request and removes,
   * except the contract id it sets again.
   */
  @Override
  public boolean recordedAtStart(String variableName) {
    return DeletionRules.REQUEST_FIELDS.contains(variableName) && !DeletionRules.CONTRACT_ID.equals(variableName);
  }
}
