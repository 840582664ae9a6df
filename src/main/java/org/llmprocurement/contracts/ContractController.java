package org.llmprocurement.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.negotiation.NegotiationObligations;
import org.llmprocurement.web.ApiException;
import org.llmprocurement.web.QueryParameters;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contract register over the product API: list (filtered, paged), one entry with its
 * obligations and amendments, the DORA-style CSV export, and amendments by procurement. Every
 * product group reads; only procurement amends; a refusal names every problem and writes nothing.
 */
@RestController
@RequestMapping(path = "/api/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContractController {

  static final int MAX_RENEWAL_WINDOW_DAYS = 3650;

  private final ContractRegister register;
  private final ProcurementAccess access;
  private final IdentityService identity;

  private final NegotiationObligations negotiationObligations;

  ContractController(ContractRegister register, ProcurementAccess access, IdentityService identity,
      NegotiationObligations negotiationObligations) {
    this.register = register;
    this.negotiationObligations = negotiationObligations;
    this.access = access;
    this.identity = identity;
  }

  /** One line of the register. */
  record Summary(long id, String contractReference, long procurementId, String businessKey, long vendorId,
      String vendor, String product, String riskTier, String status, String effectiveDate, String termEnd,
      boolean autoRenewal, String nonRenewalDeadline, String pilotEndDate, boolean usedAfterPilotEnd, Long frozenByExit,
      Instant frozenAt, Instant closedAt) {}

  /** A page of the register: {@code total} entries match the filters. */
  record Register(List<Summary> items, int page, int size, long total) {}

  /**
   * Entries, newest first, paged; filters {@code vendor} (part of the legal name), {@code tier},
   * {@code status}, {@code renewalWithinDays} (the non-renewal deadline falls within that many days
   * of today, engine clock). Only entries whose procurement the caller sees
   * ({@link ProcurementAccess#businessKeys}: all for managers and procurement). 400 naming each bad
   * parameter.
   */
  @GetMapping
  Register list(@RequestParam(required = false) String vendor, @RequestParam(required = false) String tier,
      @RequestParam(required = false) String status, @RequestParam(required = false) String renewalWithinDays,
      @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "20") String size) {
    java.util.Set<String> visible = access.businessKeys(access.scope());
    List<String> problems = new ArrayList<>();
    ContractRegister.Filter filter = filter(vendor, tier, status, renewalWithinDays, visible, problems);
    int pageNumber = QueryParameters.wholeNumber("page", page, 0, 1_000_000, problems);
    int pageSize = QueryParameters.wholeNumber("size", size, 1, 100, problems);
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid register query", problems);
    }
    Page<Contract> found = register.search(filter, pageNumber, pageSize);
    Map<Long, Vendor> vendors = register.vendorsOf(found.getContent());
    return new Register(found.getContent().stream().map(c -> {
      Vendor v = vendors.get(c.getVendorId());
      return new Summary(c.getId(), c.getContractReference(), c.getProcurementId(), c.getBusinessKey(), v.getId(),
          v.getLegalName(), c.getProduct(), c.getRiskTier().name(), c.getStatus().name(), c.getEffectiveDate().toString(),
          c.getTermEnd().toString(), c.isAutoRenewal(), c.getNonRenewalDeadline().toString(),
          c.getPilotEndDate() == null ? null : c.getPilotEndDate().toString(), c.isUsedAfterPilotEnd(),
          c.getFrozenByExit(), c.getFrozenAt(), c.getClosedAt());
    }).toList(), pageNumber, pageSize, found.getTotalElements());
  }

  /** The register as CSV with DORA column names; the same filters as the list, no paging. */
  @GetMapping(path = "/register.csv", produces = {"text/csv", MediaType.ALL_VALUE})
  ResponseEntity<String> csv(@RequestParam(required = false) String vendor, @RequestParam(required = false) String tier,
      @RequestParam(required = false) String status, @RequestParam(required = false) String renewalWithinDays) {
    java.util.Set<String> visible = access.businessKeys(access.scope());
    List<String> problems = new ArrayList<>();
    ContractRegister.Filter filter = filter(vendor, tier, status, renewalWithinDays, visible, problems);
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid register query", problems);
    }
    List<Contract> all = register.all(filter);
    Map<Long, Vendor> vendors = register.vendorsOf(all);
    List<RegisterCsv.Entry> entries = all.stream().map(c -> new RegisterCsv.Entry(c, vendors.get(c.getVendorId()))).toList();
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header("Content-Disposition", "attachment; filename=\"contract-register.csv\"")
        .body(RegisterCsv.csv(entries));
  }

  /**
   * One entry: its particulars, vendor, the vendor's obligations, ours left by negotiation (e.g.
   * renegotiate a pilot before production), signed documents, accepted risks, what was signed off
   * and amendments.
   */
  @GetMapping("/{id}")
  Map<String, Object> get(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    return view(contract);
  }

  /**
   * Amends fields of an entry ({@code reason} required); procurement only. 403 other groups, 404
   * unknown, 409 an ended entry or a status change, 400 naming every problem; nothing is written on
   * refusal.
   */
  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> amend(@PathVariable long id, @RequestBody Map<String, Object> body) {
    Caller user = EngineIdentity.current(identity);
    if (!user.memberOf(Groups.PROCUREMENT)) {
      throw ApiException.forbidden(user.userId() + " may not amend the contract register; the procurement group does");
    }
    Map<String, Object> changes = new LinkedHashMap<>(body);
    Object reason = changes.remove("reason");
    if (reason != null && !(reason instanceof String)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid amendment of contract " + id, List.of("reason: must be text"));
    }
    return view(register.amend(id, changes, (String) reason, user.userId()));
  }

  private Map<String, Object> view(Contract c) {
    Vendor v = register.vendor(c.getVendorId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", c.getId());
    view.put("procurementId", c.getProcurementId());
    view.put("businessKey", c.getBusinessKey());
    view.put("status", c.getStatus().name());
    view.put("version", c.getVersion());
    view.put("frozenByExit", c.getFrozenByExit());
    view.put("frozenAt", c.getFrozenAt());
    view.put("closedAt", c.getClosedAt());
    view.put("riskTier", c.getRiskTier().name());
    Map<String, Object> vendor = new LinkedHashMap<>();
    vendor.put("id", v.getId());
    vendor.put("legalName", v.getLegalName());
    vendor.put("lei", v.getLei());
    vendor.put("country", v.getCountry());
    vendor.put("noticeAddress", v.getNoticeAddress());
    vendor.put("contacts", v.getContacts());
    view.put("vendor", vendor);
    Map<String, Object> particulars = Json.plain(c.particulars());
    ParticularsReader.CONTRACT_FIELDS.forEach(field -> view.put(field, particulars.get(field)));
    view.put("nonRenewalDeadline", c.getNonRenewalDeadline());
    view.put("usedAfterPilotEnd", c.isUsedAfterPilotEnd());
    view.put("usedAfterPilotEndSince", c.getUsedAfterPilotEndSince());
    view.put("obligations", register.obligations(c.getId()));
    view.put("signedDocuments", c.getSignedDocuments());
    view.put("acceptedRisks", c.getAcceptedRisks());
    view.put("catalogueVersion", c.getCatalogueVersion());
    view.put("thresholdsVersion", c.getThresholdsVersion());
    view.put("ourObligations", ourObligations(c));
    view.put("signOff", c.getSignOffRecord() == null ? null : Json.read(c.getSignOffRecord(), Object.class));
    view.put("registeredBy", c.getRegisteredBy());
    view.put("registeredAt", c.getRegisteredAt());
    view.put("updatedAt", c.getUpdatedAt());
    view.put("amendments", register.amendments(c.getId()).stream().map(a -> {
      Map<String, Object> amendment = new LinkedHashMap<>();
      amendment.put("version", a.getVersion());
      amendment.put("amendedBy", a.getAmendedBy());
      amendment.put("amendedAt", a.getAmendedAt());
      amendment.put("reason", a.getReason());
      amendment.put("changes", a.getChanges());
      return amendment;
    }).toList());
    return view;
  }

  /**
   * What negotiation left us obliged to do; a pilot entry always carries the obligation to
   * renegotiate before production: the one negotiation stored when it narrowed to a pilot, or else
   * one stated from the entry's pilot end date (a procurement that was a pilot from intake).
   */
  private List<NegotiationObligations.Obligation> ourObligations(Contract c) {
    List<NegotiationObligations.Obligation> ours = new ArrayList<>(negotiationObligations.of(c.getProcurementId()));
    boolean stored = ours.stream().anyMatch(o -> NegotiationObligations.RENEGOTIATE_BEFORE_PRODUCTION.equals(o.kind()));
    if (c.getPilotEndDate() != null && !stored) {
      ours.add(new NegotiationObligations.Obligation(NegotiationObligations.RENEGOTIATE_BEFORE_PRODUCTION,
          "Signed for a pilot ending " + c.getPilotEndDate() + " at tier " + c.getRiskTier()
              + ": renegotiate the contract at the production tier before any production use.",
          c.getRegisteredBy(), c.getRegisteredAt()));
    }
    return ours;
  }

  private static ContractRegister.Filter filter(String vendor, String tier, String status, String renewalWithinDays,
      java.util.Set<String> visible, List<String> problems) {
    RiskTier riskTier = null;
    if (tier != null && !tier.isBlank()) {
      try {
        riskTier = RiskTier.parse(tier);
      } catch (IllegalArgumentException e) {
        problems.add("tier: '" + tier + "' is not one of " + RiskTier.allowed());
      }
    }
    ContractStatus contractStatus = null;
    if (status != null && !status.isBlank()) {
      try {
        contractStatus = ContractStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("status: '" + status + "' is not one of " + ContractStatus.allowed());
      }
    }
    Integer window = null;
    if (renewalWithinDays != null && !renewalWithinDays.isBlank()) {
      window = QueryParameters.wholeNumber("renewalWithinDays", renewalWithinDays, 0, MAX_RENEWAL_WINDOW_DAYS, problems);
    }
    if (vendor != null && vendor.length() > ParticularsReader.MAX_NAME) {
      problems.add("vendor: at most " + ParticularsReader.MAX_NAME + " characters");
    }
    return new ContractRegister.Filter(vendor, riskTier, contractStatus, window, EngineClock.today(), visible);
  }
}
