package org.llmprocurement.contractlife;

import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/contracts/{id}/renewal}: the renewal view of a register entry and its reviews so
 * far. Readable by whoever sees the entry's procurement ({@code ProcurementAccess}); 401 signed
 * out, 403 other users and reviewing groups without work on it, 404 unknown entry.
 */
@RestController
class RenewalController {

  private final ContractRegister register;
  private final RenewalViews views;
  private final ProcurementAccess access;

  RenewalController(ContractRegister register, RenewalViews views, ProcurementAccess access) {
    this.register = register;
    this.views = views;
    this.access = access;
  }

  /** The entry's renewal view as it stands today (engine clock), with every review so far. */
  @GetMapping(path = "/api/contracts/{id}/renewal", produces = MediaType.APPLICATION_JSON_VALUE)
  RenewalView renewal(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    return views.of(contract);
  }
}
