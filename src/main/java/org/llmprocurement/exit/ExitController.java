package org.llmprocurement.exit;

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
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.dao.DataIntegrityViolationException;
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
 * The exit of a register entry over the product API. {@code POST} starts the runbook (procurement,
 * managers, administrators; body {@code {"reason": "..."}}); {@code GET} shows the latest exit with
 * every step, its owner, due date, state and evidence (whoever sees the contract's procurement, ProcurementAccess). Refusals name every
 * problem and write nothing: 403 other groups, 404 unknown contract (or no exit yet, for GET), 409 a
 * closed entry or an exit already running, 400 an invalid body.
 */
@RestController
@RequestMapping(path = "/api/contracts/{id}/exit", produces = MediaType.APPLICATION_JSON_VALUE)
class ExitController {

  private final ContractExits exits;
  private final ContractRegister register;
  private final ProcurementAccess access;
  private final IdentityService identity;
  private final RuntimeService runtime;

  ExitController(ContractExits exits, ContractRegister register, ProcurementAccess access, IdentityService identity,
      RuntimeService runtime) {
    this.exits = exits;
    this.register = register;
    this.access = access;
    this.identity = identity;
    this.runtime = runtime;
  }

  /** The latest exit of the contract with its steps; earlier exits by id. */
  @GetMapping
  Map<String, Object> show(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    List<ContractExit> all = exits.ofContract(contract.getId());
    if (all.isEmpty()) {
      throw ApiException.notFound("An exit of contract " + id);
    }
    Map<String, Object> view = view(all.get(0));
    view.put("contractStatus", contract.getStatus().name());
    view.put("earlierExits", all.subList(1, all.size()).stream().map(ContractExit::getId).toList());
    return view;
  }

  /** Starts the exit runbook by hand with a reason; 201 with the exit. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> start(@PathVariable long id, @RequestBody Map<String, Object> body) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.PROCUREMENT) && !user.memberOf(Groups.MANAGERS) && !user.isAdministrator()) {
      throw ApiException.forbidden(user.userId() + " may not start an exit; procurement and the managers do");
    }
    Contract contract = register.find(id).orElseThrow(() -> ApiException.notFound("Contract " + id));
    List<String> conflicts = exits.conflicts(contract);
    if (!conflicts.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + id + " cannot start an exit", conflicts);
    }
    List<String> problems = new ArrayList<>();
    for (String field : body.keySet()) {
      if (!field.equals("reason")) {
        problems.add(field + ": is not a field of an exit; the body is {\"reason\": \"...\"}");
      }
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ContractExitProcess.CONTRACT_ID.getName(), id);
    variables.put(ContractExitProcess.REASON.getName(), body.get("reason"));
    problems.addAll(exits.validateStart(variables, user.userId()).problems().stream()
        .map(p -> p.startsWith("exitReason") ? "reason" + p.substring("exitReason".length()) : p).toList());
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid exit", problems);
    }
    ProcessInstance instance;
    try {
      instance = runtime.createProcessInstanceByKey(ContractExitProcess.KEY).setVariables(variables).execute();
    } catch (DataIntegrityViolationException e) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + id + " cannot start an exit",
          List.of("contractId: an exit of contract " + id + " was started at the same moment; one exit per contract at a time"));
    }
    ContractExit exit = exits.running(id).filter(e -> instance.getId().equals(e.getProcessInstanceId()))
        .orElseThrow(() -> new IllegalStateException("exit of " + instance.getId() + " was not recorded"));
    return ResponseEntity.created(URI.create("/api/contracts/" + id + "/exit")).body(view(exit));
  }

  private Map<String, Object> view(ContractExit e) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("exitId", e.getId());
    view.put("contractId", e.getContractId());
    view.put("businessKey", e.getBusinessKey());
    view.put("processInstanceId", e.getProcessInstanceId());
    view.put("status", e.getStatus().name());
    view.put("trigger", e.getTrigger().name());
    view.put("reason", e.getReason());
    view.put("requestedBy", e.getRequestedBy());
    view.put("requestedAt", text(e.getRequestedAt()));
    view.put("plannedCutOver", text(e.getPlannedCutOver()));
    view.put("successorContractId", e.getSuccessorContractId());
    view.put("noSuccessorReason", e.getNoSuccessorReason());
    view.put("transitionAssistanceUntil", text(e.getAssistanceUntil()));
    view.put("exportWindowDays", e.getExportWindowDays());
    view.put("exportDeadline", text(e.getExportDeadline()));
    view.put("exportVerifiedAt", text(e.getExportVerifiedAt()));
    view.put("cutOverOn", text(e.getCutOverOn()));
    view.put("deletionDays", e.getDeletionDays());
    view.put("deletionDeadline", text(e.getDeletionDeadline()));
    view.put("certificateDocumentId", e.getCertificateDocumentId());
    view.put("backupsExpireOn", text(e.getBackupsExpireOn()));
    view.put("retentionYears", e.getRetentionYears());
    view.put("retainUntil", text(e.getRetainUntil()));
    view.put("closedAt", text(e.getClosedAt()));
    List<ContractExitStep> rows = exits.steps(e.getId());
    view.put("requests", rows.stream().filter(r -> r.getStep() == ExitStep.REQUESTED).map(r -> exits.evidence(r)).toList());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (ExitStep step : ExitStep.values()) {
      if (step == ExitStep.REQUESTED) {
        continue;
      }
      List<ContractExitStep> of = rows.stream().filter(r -> r.getStep() == step).toList();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("step", step.name());
      s.put("title", step.title());
      s.put("owner", step == ExitStep.REVOKE_ACCESS && !of.isEmpty()
          ? of.stream().map(ContractExitStep::getOwnerGroup).distinct().toList() : step.ownerGroup());
      s.put("state", state(step, of));
      if (step == ExitStep.REVOKE_ACCESS) {
        s.put("confirmed", of.stream().filter(r -> r.getState() != ContractExitStep.State.OPEN).count());
        s.put("entries", of.size());
      }
      s.put("dueAt", of.isEmpty() ? null : text(of.get(of.size() - 1).getDueAt()));
      s.put("rounds", of.stream().map(this::row).toList());
      steps.add(s);
    }
    view.put("steps", steps);
    return view;
  }

  private static String state(ExitStep step, List<ContractExitStep> of) {
    if (of.isEmpty()) {
      return "NOT_STARTED";
    }
    if (step == ExitStep.REVOKE_ACCESS) {
      return of.stream().anyMatch(r -> r.getState() == ContractExitStep.State.OPEN) ? "OPEN" : "DONE";
    }
    return of.get(of.size() - 1).getState().name();
  }

  private Map<String, Object> row(ContractExitStep r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("round", r.getRound());
    m.put("owner", r.getOwnerGroup());
    if (r.getSubject() != null) {
      m.put("subject", r.getSubject());
      m.put("accessEntryId", r.getAccessEntryId());
    }
    m.put("state", r.getState().name());
    m.put("openedAt", text(r.getOpenedAt()));
    m.put("dueAt", text(r.getDueAt()));
    m.put("remindedAt", text(r.getRemindedAt()));
    m.put("escalatedAt", text(r.getEscalatedAt()));
    m.put("completedAt", text(r.getCompletedAt()));
    m.put("completedBy", r.getCompletedBy());
    m.put("evidence", exits.evidence(r));
    return m;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
