package org.llmprocurement.notices;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice secrets of a vendor over the product API, for procurement, managers and
 * administrators (403 for everyone else): list (fingerprints, never the secret), add, retire. No
 * response ever carries a secret; a refusal names every problem and writes nothing.
 */
@RestController
@RequestMapping(path = "/api/vendors/{vendorId}/notice-secrets", produces = MediaType.APPLICATION_JSON_VALUE)
class VendorSecretController {

  private final VendorSecrets secrets;
  private final IdentityService identity;

  VendorSecretController(VendorSecrets secrets, IdentityService identity) {
    this.secrets = secrets;
    this.identity = identity;
  }

  /** The vendor's secrets, newest first: id, fingerprint, who added and retired each and when. */
  @GetMapping
  Map<String, Object> list(@PathVariable long vendorId) {
    requireOperator();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("vendorId", vendorId);
    List<VendorSecret> all = secrets.of(vendorId);
    view.put("active", all.stream().filter(VendorSecret::isActive).count());
    view.put("maxActive", VendorSecrets.MAX_ACTIVE);
    view.put("secrets", all.stream().map(this::view).toList());
    return view;
  }

  /**
   * Adds a secret: body {@code {"secret": "..."}} ({@link SecretStrength}). 201 with its id and
   * fingerprint; 400 a weak or missing secret, 404 unknown vendor, 409 two active already.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> add(@PathVariable long vendorId, @RequestBody Map<String, Object> body) {
    Caller user = requireOperator();
    List<String> unknown = body.keySet().stream().filter(k -> !"secret".equals(k)).map(k -> k + ": is not a field of a notice secret").toList();
    if (!unknown.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "The secret was not stored", unknown);
    }
    VendorSecret added = secrets.add(vendorId, body.get("secret"), user.userId());
    return ResponseEntity.created(URI.create("/api/vendors/" + vendorId + "/notice-secrets/" + added.getId())).body(view(added));
  }

  /** Retires a secret (kept for the record; notices signed with it are refused from now on). 404 unknown, 409 retired already. */
  @DeleteMapping("/{secretId}")
  Map<String, Object> retire(@PathVariable long vendorId, @PathVariable long secretId) {
    Caller user = requireOperator();
    return view(secrets.retire(vendorId, secretId, user.userId()));
  }

  private Caller requireOperator() {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.PROCUREMENT) && !user.memberOf(Groups.MANAGERS) && !user.isAdministrator()) {
      throw ApiException.forbidden(user.userId() + " may not manage vendor notice secrets; procurement and managers do");
    }
    return user;
  }

  private Map<String, Object> view(VendorSecret s) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", s.getId());
    view.put("vendorId", s.getVendorId());
    view.put("fingerprint", s.getFingerprint());
    view.put("active", s.isActive());
    view.put("usable", secrets.usable(s));
    view.put("createdBy", s.getCreatedBy());
    view.put("createdAt", s.getCreatedAt().toString());
    view.put("retiredBy", s.getRetiredBy());
    view.put("retiredAt", s.getRetiredAt() == null ? null : s.getRetiredAt().toString());
    return view;
  }
}
