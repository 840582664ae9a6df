package org.llmprocurement.contracts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's access inventory over the product API ({@code /api/contracts/{id}/access-inventory}):
 * whoever sees the entry's procurement reads it (ProcurementAccess); only IT adds, updates and retires entries.
 * 403 other groups, 404 unknown contract or entry, 409 an ended contract or a retired entry, 400
 * naming every problem; nothing is written on refusal.
 */
@RestController
@RequestMapping(path = "/api/contracts/{id}/access-inventory", produces = MediaType.APPLICATION_JSON_VALUE)
class AccessInventoryController {

  private final AccessInventory inventory;
  private final ContractRegister register;
  private final ProcurementAccess access;
  private final IdentityService identity;

  AccessInventoryController(AccessInventory inventory, ContractRegister register, ProcurementAccess access,
      IdentityService identity) {
    this.inventory = inventory;
    this.register = register;
    this.access = access;
    this.identity = identity;
  }

  /** The current entries, the retired ones, and every change with who, when and why. */
  @GetMapping
  Map<String, Object> get(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contract.getId());
    view.put("businessKey", contract.getBusinessKey());
    view.put("contractStatus", contract.getStatus().name());
    view.put("entries", inventory.entries(id).stream().map(AccessInventoryController::entry).toList());
    view.put("retired", inventory.allEntries(id).stream().filter(e -> !e.isCurrent())
        .map(AccessInventoryController::entry).toList());
    view.put("history", inventory.history(id).stream().map(AccessInventoryController::change).toList());
    return view;
  }

  /** Adds an entry; 201 with the entry. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> add(@PathVariable long id, @RequestBody Map<String, Object> body) {
    return entry(inventory.add(id, body, writer().userId()));
  }

  /** Updates an entry: fields left out keep their value; {@code reason} required. */
  @PutMapping(path = "/{entryId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> update(@PathVariable long id, @PathVariable long entryId, @RequestBody Map<String, Object> body) {
    return entry(inventory.update(id, entryId, body, writer().userId()));
  }

  /** Retires an entry; the reason comes as {@code {"reason": …}} or as the query parameter {@code reason}. */
  @DeleteMapping(path = "/{entryId}")
  Map<String, Object> retire(@PathVariable long id, @PathVariable long entryId,
      @RequestBody(required = false) Map<String, Object> body, @RequestParam(required = false) String reason) {
    Caller user = writer();
    Map<String, Object> values = new LinkedHashMap<>(body == null ? Map.of() : body);
    if (reason != null && !values.containsKey(AccessRules.REASON)) {
      values.put(AccessRules.REASON, reason);
    }
    return entry(inventory.retire(id, entryId, values, user.userId()));
  }

  private Caller writer() {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.IT)) {
      throw ApiException.forbidden(user.userId() + " may not change the access inventory; the IT group does");
    }
    return user;
  }

  static Map<String, Object> entry(ContractAccessEntry e) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", e.getId());
    view.put("contractId", e.getContractId());
    view.putAll(e.fields().view());
    view.put("current", e.isCurrent());
    view.put("createdBy", e.getCreatedBy());
    view.put("createdAt", e.getCreatedAt());
    view.put("updatedBy", e.getUpdatedBy());
    view.put("updatedAt", e.getUpdatedAt());
    view.put("removedBy", e.getRemovedBy());
    view.put("removedAt", e.getRemovedAt());
    view.put("removalReason", e.getRemovalReason());
    return view;
  }

  private static Map<String, Object> change(ContractAccessChange c) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("entryId", c.getEntryId());
    view.put("action", c.getAction().name());
    view.put("changedBy", c.getChangedBy());
    view.put("changedAt", c.getChangedAt());
    view.put("reason", c.getReason());
    view.put("before", c.getBefore());
    view.put("after", c.getAfter());
    view.put("processInstanceId", c.getProcessInstanceId());
    return view;
  }
}
