package org.llmprocurement.contractlife;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * "Confirm vendor deletion": data governance closes the request with the vendor's deletion
 * confirmation (a document of the contract's procurement uploaded since the request) and confirms
 * explicitly that it covers the data set's content, its backups and derived artefacts (embeddings,
 * caches). Refused otherwise, naming each missing point; recorded with the request.
 */
@Component
class ConfirmVendorDeletionGuard implements TaskFormGuard<Long> {

  private final DataDeletionRequests requests;

  ConfirmVendorDeletionGuard(DataDeletionRequests requests) {
    this.requests = requests;
  }

  @Override
  public String processDefinitionKey() {
    return DataDeletionProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return DataDeletionProcess.CONFIRM_DELETION;
  }

  @Override
  public Set<String> fields() {
    return Set.copyOf(DeletionRules.CONFIRMATION_FIELDS);
  }

  @Override
  public void prepare(DelegateTask task) {
    DataDeletionRequest request = request(task);
    task.setName("Confirm vendor deletion: " + request.getDataSetName());
    task.setVariableLocal(DeletionRules.DOCUMENT_ID, null);
    task.setVariableLocal(DeletionRules.COVERS_CONTENT, false);
    task.setVariableLocal(DeletionRules.COVERS_BACKUPS, false);
    task.setVariableLocal(DeletionRules.COVERS_DERIVED, false);
    task.setVariableLocal(DeletionRules.NOTE, "");
    task.setVariableLocal("dataSetName", request.getDataSetName());
    task.setVariableLocal("dataSetDescription", request.getDataSetDescription());
    task.setVariableLocal("dataCategoryNames", request.getDataCategories().stream().map(Enum::name)
        .collect(Collectors.joining(", ")));
    task.setVariableLocal("deletionDeadline", request.getDeadline().toString());
    task.setVariableLocal("deletionDays", request.getDeletionDays());
    task.setVariableLocal("requestedBy", request.getRequestedBy());
    task.setVariableLocal("contractId", request.getContractId());
    task.setVariableLocal("procurementId", request.getProcurementId());
  }

  @Override
  public Validation<Long> validate(TaskSubmission submission) {
    return requests.validateConfirmation(requestId(submission.task()), submission.values());
  }

  @Override
  public void apply(TaskSubmission submission, Long documentId) {
    requests.confirm(requestId(submission.task()), documentId, submission.text(DeletionRules.NOTE), submission.userId());
  }

  private long requestId(DelegateTask task) {
    return DataDeletionProcess.REQUEST_ID.from(task).get();
  }

  private DataDeletionRequest request(DelegateTask task) {
    return requests.get(requestId(task));
  }
}
