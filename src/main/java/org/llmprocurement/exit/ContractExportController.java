package org.llmprocurement.exit;

import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.web.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The full record of a contract as a ZIP download, for procurement and managers: 401 without
 * credentials, 403 for other groups, 404 for an unknown contract. The archive streams: files go
 * out as they are written and the manifest comes last.
 */
@RestController
class ContractExportController {

  private final ContractRegister register;
  private final ContractRecordExport export;
  private final IdentityService identity;

  ContractExportController(ContractRegister register, ContractRecordExport export, IdentityService identity) {
    this.register = register;
    this.export = export;
    this.identity = identity;
  }

  @GetMapping(path = "/api/contracts/{id}/export", produces = {"application/zip", MediaType.ALL_VALUE})
  ResponseEntity<StreamingResponseBody> export(@PathVariable long id) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.PROCUREMENT) && !user.memberOf(Groups.MANAGERS)) {
      throw ApiException.forbidden(user.userId() + " may not export a contract's full record; procurement and managers may");
    }
    Contract contract = register.find(id).orElseThrow(() -> ApiException.notFound("Contract " + id));
    StreamingResponseBody body = out -> export.write(contract, user.userId(), out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(ContractRecordExport.fileName(contract)).build().toString())
        .body(body);
  }
}
