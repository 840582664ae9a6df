package org.llmprocurement.contractlife;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deletion requests of a register entry over the product API. Data governance (and administrators)
 * request; whoever sees the contract's procurement reads (ProcurementAccess). A refusal names every problem and
 * writes nothing: 403 other groups, 404 unknown contract, 409 an ended contract or a request for the
 * same data set still waiting, 400 invalid fields.
 */
@RestController
@RequestMapping(path = "/api/contracts/{id}/deletion-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class DataDeletionController {

  private final DataDeletionRequests requests;
  private final ContractRegister register;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final RuntimeService runtime;

  DataDeletionController(DataDeletionRequests requests, ContractRegister register, ProcurementAccess access,
      IdentityService identity, RuntimeService runtime) {
    this.requests = requests;
    this.register = register;
    this.access = access;
    this.identity = identity;
    this.runtime = runtime;
  }

  /** The contract's deletion requests, oldest first. */
  @GetMapping
  Map<String, Object> list(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contract.getId());
    view.put("businessKey", contract.getBusinessKey());
    view.put("requests", requests.ofContract(id).stream().map(DataDeletionController::view).toList());
    return view;
  }

  /**
   * Requests deletion of a data set: body {@code dataSetName}, {@code dataSetDescription},
   * {@code dataCategories} (list of data category names). Starts {@code data-deletion-request} with
   * the contract's business key; 201 with the request, its deadline and reminder date.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> create(@PathVariable long id, @RequestBody Map<String, Object> body) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.DATA_GOVERNANCE) && !user.isAdministrator()) {
      throw ApiException.forbidden(user.userId() + " may not request deletions; the data-governance group does");
    }
    Contract contract = register.find(id).orElseThrow(() -> ApiException.notFound("Contract " + id));
    List<String> conflicts = requests.conflicts(contract, body.get(DeletionRules.DATA_SET_NAME));
    if (!conflicts.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + id + " cannot take this deletion request", conflicts);
    }
    List<String> problems = new ArrayList<>();
    if (body.containsKey(DeletionRules.CONTRACT_ID)) {
      problems.add(DeletionRules.CONTRACT_ID + ": given by the path, not the body");
    }
    Map<String, Object> values = new LinkedHashMap<>(body);
    values.put(DeletionRules.CONTRACT_ID, id);
    Validation<DataDeletionRequests.Request> valid = requests.validate(values);
    problems.addAll(valid.problems());
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid deletion request", problems);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> list ? JsonViews.json(list) : value));
    ProcessInstance instance = runtime.createProcessInstanceByKey(DataDeletionProcess.KEY).setVariables(variables).execute();
    DataDeletionRequest request = requests.ofProcessInstance(instance.getId())
        .orElseThrow(() -> new IllegalStateException("deletion request of " + instance.getId() + " was not recorded"));
    Map<String, Object> view = view(request);
    return ResponseEntity.created(URI.create("/api/contracts/" + id + "/deletion-requests")).body(view);
  }

  static Map<String, Object> view(DataDeletionRequest r) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", r.getId());
    view.put("contractId", r.getContractId());
    view.put("businessKey", r.getBusinessKey());
    view.put("processInstanceId", r.getProcessInstanceId());
    view.put("dataSetName", r.getDataSetName());
    view.put("dataSetDescription", r.getDataSetDescription());
    view.put("dataCategories", r.getDataCategories().stream().map(Enum::name).toList());
    view.put("requestedBy", r.getRequestedBy());
    view.put("requestedAt", r.getRequestedAt().toString());
    view.put("deletionDays", r.getDeletionDays());
    view.put("deadlineSource", r.getDeadlineSource().name());
    view.put("deadline", r.getDeadline().toString());
    view.put("reminderDate", r.getReminderDate().toString());
    view.put("status", r.getStatus().name());
    view.put("remindedAt", r.getRemindedAt() == null ? null : r.getRemindedAt().toString());
    view.put("escalatedAt", r.getEscalatedAt() == null ? null : r.getEscalatedAt().toString());
    Map<String, Object> confirmation = null;
    if (r.getConfirmedAt() != null) {
      confirmation = new LinkedHashMap<>();
      confirmation.put("documentId", r.getConfirmationDocumentId());
      confirmation.put("document", "/api/procurements/" + r.getProcurementId() + "/documents/" + r.getConfirmationDocumentId());
      confirmation.put("coversContent", r.getCoversContent());
      confirmation.put("coversBackups", r.getCoversBackups());
      confirmation.put("coversDerivedArtefacts", r.getCoversDerivedArtefacts());
      confirmation.put("note", r.getConfirmationNote());
      confirmation.put("confirmedBy", r.getConfirmedBy());
      confirmation.put("confirmedAt", r.getConfirmedAt().toString());
      confirmation.put("late", !r.getConfirmedAt().isBefore(DeletionRules.dueAt(r.getDeadline()).toInstant()));
    }
    view.put("confirmation", confirmation);
    return view;
  }
}
