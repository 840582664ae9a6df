package org.llmprocurement.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.documents.DocumentType;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.negotiation.AcceptedRisks;
import org.llmprocurement.review.PinnedVersions;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.review.ReviewStatus;
import org.llmprocurement.signoff.SignOffs;
import org.llmprocurement.web.ApiException;
import org.llmprocurement.web.QueryParameters;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract register: validates and records particulars, registers a procurement's contract
 * once (idempotent), finds, filters and amends entries, and moves their status for the later
 * stages. Access rules are the callers' ({@link ContractController}, the registration guard).
 */
@Service
public class ContractRegister {

  public static final int MIN_REASON = 10;
  public static final int MAX_REASON = 2000;

  private final ContractRepository contracts;
  private final VendorRepository vendors;
  private final RecordedParticularsRepository recorded;
  private final ContractObligationRepository obligations;
  private final ContractAmendmentRepository amendments;
  private final IntakeService intake;
  private final ReviewDecisions reviews;
  private final PinnedVersions pinned;
  private final CatalogueService catalogue;
  private final DocumentService documents;
  private final AcceptedRisks acceptedRisks;
  private final SignOffs signOffs;
  private final ApplicationEventPublisher events;

  ContractRegister(ContractRepository contracts, VendorRepository vendors, RecordedParticularsRepository recorded,
      ContractObligationRepository obligations, ContractAmendmentRepository amendments, IntakeService intake,
      ReviewDecisions reviews, PinnedVersions pinned, CatalogueService catalogue, DocumentService documents,
      AcceptedRisks acceptedRisks, SignOffs signOffs, ApplicationEventPublisher events) {
    this.contracts = contracts;
    this.vendors = vendors;
    this.recorded = recorded;
    this.obligations = obligations;
    this.amendments = amendments;
    this.intake = intake;
    this.reviews = reviews;
    this.pinned = pinned;
    this.catalogue = catalogue;
    this.documents = documents;
    this.acceptedRisks = acceptedRisks;
    this.signOffs = signOffs;
    this.events = events;
  }

  // ---- particulars and registration -------------------------------------------------------------

  /** Validates particulars for a procurement's contract; writes nothing. */
  public ParticularsReader.Result validate(long procurementId, Map<String, Object> raw) {
    return ParticularsReader.read(raw, context(intake.get(procurementId)));
  }

  /** Stores validated particulars for registration (replacing earlier ones of the procurement). */
  @Transactional
  public void record(long procurementId, ContractParticulars particulars, String userId) {
    RecordedParticulars row = recorded.findById(procurementId).orElseGet(() -> new RecordedParticulars(procurementId));
    row.record(particulars, userId == null ? "system" : userId, EngineClock.now());
    recorded.save(row);
  }

  /** The particulars recorded for the procurement, if any. */
  public Optional<ContractParticulars> recorded(long procurementId) {
    return recorded.findById(procurementId).map(RecordedParticulars::particulars);
  }

  /**
   * Registers the procurement's contract from its recorded particulars: matches or creates the
   * vendor, derives the obligations from the MET review items at the pinned thresholds, and keeps
   * the latest version of each signed document, the accepted risks and what was signed off. Registering again returns
   * the existing entry unchanged.
   *
   * @throws IllegalStateException when no particulars were recorded
   */
  @Transactional
  public Contract register(long procurementId) {
    Optional<Contract> existing = contracts.findByProcurementId(procurementId);
    if (existing.isPresent()) {
      return existing.get();
    }
    RecordedParticulars row = recorded.findById(procurementId)
        .orElseThrow(() -> new IllegalStateException("no contract particulars are recorded for procurement " + procurementId));
    ContractParticulars particulars = row.particulars();
    Procurement procurement = intake.get(procurementId);
    Instant now = EngineClock.now();
    Vendor vendor = vendorFor(particulars, now);
    Optional<SignOffs.Signed> signed = signOffs.signed(procurementId);
    Contract contract = contracts.saveAndFlush(new Contract(procurementId, procurement.getBusinessKey(), vendor.getId(),
        procurement.getRiskTier(), particulars, signedDocuments(procurementId), acceptedRisks.of(procurementId),
        procurement.getCatalogueVersion(), procurement.getThresholdsVersion(),
        signed.map(SignOffRecord::of).orElse(null), row.recordedBy(), now));
    derivedObligations(procurement, signed).forEach(o -> obligations.save(new ContractObligation(contract.getId(), o)));
    events.publishEvent(new ContractEvent.Registered(contract.getId(), contract.getBusinessKey()));
    return contract;
  }

  /**
   * The obligations the procurement's MET items give (what registration stores), each with the
   * figure every function confirmed at sign-off where the five final questions settle it (after
   * negotiation possibly a fallback), otherwise the figure at the pinned tier.
   */
  public List<Obligation> derivedObligations(Procurement procurement) {
    return derivedObligations(procurement, signOffs.signed(procurement.getId()));
  }

  private List<Obligation> derivedObligations(Procurement procurement, Optional<SignOffs.Signed> signed) {
    Catalogue pinnedCatalogue = catalogue.catalogue(procurement.getCatalogueVersion());
    Thresholds thresholds = pinned.thresholdsOf(procurement.getId());
    List<ObligationRules.MetItem> met = new ArrayList<>();
    for (ReviewItem item : reviews.items(procurement.getId())) {
      if (item.getStatus() != ReviewStatus.MET) {
        continue;
      }
      pinnedCatalogue.requirement(item.getRequirementId())
          .ifPresent(r -> met.add(new ObligationRules.MetItem(r.id(), r.title(), r.thresholds())));
    }
    Map<String, Object> agreed = signed.map(s -> AgreedFigures.of(s.answers())).orElse(Map.of());
    return ObligationRules.derive(met, (requirementId, key) -> agreed.containsKey(key) ? agreed.get(key)
        : thresholds.has(key) ? thresholds.get(key) : null);
  }

  private Vendor vendorFor(ContractParticulars p, Instant now) {
    Optional<Vendor> match = p.vendorId() != null ? vendors.findById(p.vendorId())
        : Optional.ofNullable(p.vendorLei()).flatMap(vendors::findByLei)
            .or(() -> vendors.findByLegalNameKey(Vendor.key(p.vendorLegalName())));
    if (match.isPresent()) {
      match.get().update(p.vendorLei(), p.vendorCountry(), p.vendorNoticeAddress(), p.vendorContacts(), now);
      return match.get();
    }
    return vendors.saveAndFlush(new Vendor(p.vendorLegalName(), p.vendorLei(), p.vendorCountry(), p.vendorNoticeAddress(),
        p.vendorContacts(), now));
  }

  /** The latest version of each contract document family (evidence is not part of the contract). */
  private List<Contract.SignedDocument> signedDocuments(long procurementId) {
    Set<String> families = new LinkedHashSet<>();
    List<Contract.SignedDocument> signed = new ArrayList<>();
    for (DocumentInfo d : documents.list(procurementId)) {
      if (d.type() != DocumentType.EVIDENCE && families.add(d.type() + "/" + d.title())) {
        signed.add(new Contract.SignedDocument(d.id(), d.type().name(), d.title(), d.version(), d.sha256()));
      }
    }
    return signed;
  }

  private ParticularsReader.Context context(Procurement procurement) {
    return context(procurement, procurement.getDeploymentStage() == org.llmprocurement.domain.DeploymentStage.PILOT);
  }

  /**
   * @param pilot whether the contract is a pilot: before registration the procurement's deployment
   *     stage says so; a register entry stays a pilot until promoted (its pilot end date cleared)
   */
  private ParticularsReader.Context context(Procurement procurement, boolean pilot) {
    long procurementId = procurement.getId();
    List<Surface> surfaces = procurement.getSurfaces();
    List<Region> regions = procurement.getAllowedRegions();
    return new ParticularsReader.Context() {
      @Override
      public boolean pilot() {
        return pilot;
      }

      @Override
      public List<Surface> reviewedSurfaces() {
        return surfaces;
      }

      @Override
      public List<Region> allowedRegions() {
        return regions;
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorById(long id) {
        return vendors.findById(id).map(ContractRegister::known);
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorByLei(String lei) {
        return vendors.findByLei(lei).map(ContractRegister::known);
      }

      @Override
      public Optional<ParticularsReader.KnownVendor> vendorByName(String legalName) {
        return vendors.findByLegalNameKey(Vendor.key(legalName)).map(ContractRegister::known);
      }

      @Override
      public boolean referenceTaken(String reference) {
        return contracts.findByContractReference(reference).filter(c -> c.getProcurementId() != procurementId).isPresent();
      }

      @Override
      public OptionalInt maxNonRenewalNoticeDays() {
        Thresholds thresholds = pinned.thresholdsOf(procurementId);
        return thresholds.has("maxNonRenewalNoticeDays") ? OptionalInt.of(thresholds.getInt("maxNonRenewalNoticeDays"))
            : OptionalInt.empty();
      }
    };
  }

  private static ParticularsReader.KnownVendor known(Vendor v) {
    return new ParticularsReader.KnownVendor(v.getId(), v.getLegalName(), v.getLei());
  }

  // ---- reading ----------------------------------------------------------------------------------

  public Optional<Contract> find(long contractId) {
    return contracts.findById(contractId);
  }

  /** The entry with this business key (the procurement's), if registered. */
  public Optional<Contract> ofBusinessKey(String businessKey) {
    return contracts.findByBusinessKey(businessKey);
  }

  public Optional<Contract> ofProcurement(long procurementId) {
    return contracts.findByProcurementId(procurementId);
  }

  public Vendor vendor(long vendorId) {
    return vendors.findById(vendorId).orElseThrow(() -> new IllegalStateException("vendor " + vendorId + " does not exist"));
  }

  /** The vendor records of these contracts by id, in one query. */
  public Map<Long, Vendor> vendorsOf(Collection<Contract> entries) {
    Map<Long, Vendor> byId = new LinkedHashMap<>();
    vendors.findAllById(entries.stream().map(Contract::getVendorId).distinct().toList()).forEach(v -> byId.put(v.getId(), v));
    return byId;
  }

  public List<Obligation> obligations(long contractId) {
    return obligations.findByContractIdOrderByIdAsc(contractId).stream().map(ContractObligation::toRecord).toList();
  }

  /** Amendments, oldest first. */
  public List<ContractAmendment> amendments(long contractId) {
    return amendments.findByContractIdOrderByVersionAsc(contractId);
  }

  /**
   * What the register is filtered by; every part optional.
   *
   * @param vendor part of the vendor's legal name, case-insensitive
   * @param renewalWithinDays entries whose non-renewal deadline (term end minus our notice) falls
   *     from {@code today} to {@code today} plus this many days
   * @param today the engine clock's date
   * @param onlyBusinessKeys entries of these procurements only; {@code null}: every entry
   *     ({@code ProcurementAccess#businessKeys})
   */
  public record Filter(String vendor, RiskTier tier, ContractStatus status, Integer renewalWithinDays, LocalDate today,
      java.util.Collection<String> onlyBusinessKeys) {

    /** Every entry matching the other parts. */
    public Filter(String vendor, RiskTier tier, ContractStatus status, Integer renewalWithinDays, LocalDate today) {
      this(vendor, tier, status, renewalWithinDays, today, null);
    }
  }

  /** A page of entries, newest first. */
  public Page<Contract> search(Filter filter, int page, int size) {
    return contracts.findAll(specification(filter), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
  }

  /** Every entry matching the filter, oldest first (the CSV export). */
  public List<Contract> all(Filter filter) {
    return contracts.findAll(specification(filter), Sort.by(Sort.Direction.ASC, "id"));
  }

  private Specification<Contract> specification(Filter filter) {
    Specification<Contract> where = (root, query, cb) -> cb.conjunction();
    if (filter.vendor() != null && !filter.vendor().isBlank()) {
      String part = QueryParameters.containsPattern(filter.vendor());
      where = where.and((root, query, cb) -> {
        var sub = query.subquery(Long.class);
        var v = sub.from(Vendor.class);
        sub.select(v.get("id")).where(cb.like(v.get("legalNameKey"), part, '\\'));
        return root.get("vendorId").in(sub);
      });
    }
    if (filter.tier() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("riskTier"), filter.tier()));
    }
    if (filter.status() != null) {
      where = where.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (filter.renewalWithinDays() != null) {
      LocalDate from = filter.today();
      LocalDate to = filter.today().plusDays(filter.renewalWithinDays());
      where = where.and((root, query, cb) -> cb.between(root.get("nonRenewalDeadline"), from, to));
    }
    if (filter.onlyBusinessKeys() != null) {
      List<String> keys = List.copyOf(filter.onlyBusinessKeys());
      where = where.and((root, query, cb) -> keys.isEmpty() ? cb.disjunction() : root.get("businessKey").in(keys));
    }
    return where;
  }

  // ---- amendments and status --------------------------------------------------------------------

  /**
   * Amends contract fields (never the vendor's, never the status) with a reason, as a new version
   * recording each changed field before and after.
   *
   * @param changes field name to its new value, in the shape {@link ParticularsReader} reads
   * @throws ApiException 404 unknown entry; 409 the entry is terminated or expired, or the status
   *     is asked to change; 400 naming every problem (unknown or vendor fields, a missing reason,
   *     invalid values, nothing changed)
   */
  @Transactional
  public Contract amend(long contractId, Map<String, Object> changes, String reason, String userId) {
    Contract contract = contracts.findById(contractId).orElseThrow(() -> ApiException.notFound("Contract " + contractId));
    if (changes.containsKey("status")) {
      throw new ApiException(HttpStatus.CONFLICT, "The status of a register entry is changed by the renewal, notice and "
          + "exit stages, not by an amendment", List.of("status: cannot be amended"));
    }
    if (contract.getStatus().isEnded()) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + contractId + " is " + contract.getStatus()
          + "; a register entry that has ended is no longer amended");
    }
    List<String> problems = new ArrayList<>();
    if (reason == null || reason.strip().length() < MIN_REASON) {
      problems.add("reason: say why the entry is amended (at least " + MIN_REASON + " characters)");
    } else if (reason.strip().length() > MAX_REASON) {
      problems.add("reason: at most " + MAX_REASON + " characters (got " + reason.strip().length() + ")");
    } else {
      org.llmprocurement.security.TextRules.check("reason", reason, problems);
    }
    for (String field : changes.keySet()) {
      if (ParticularsReader.VENDOR_FIELDS.contains(field)) {
        problems.add(field + ": the vendor record is shared by all its contracts and is not amended here");
      } else if (!ParticularsReader.CONTRACT_FIELDS.contains(field)) {
        problems.add(field + ": is not an amendable field; amendable: " + String.join(", ", ParticularsReader.CONTRACT_FIELDS));
      }
    }
    // the vendor stays the entry's own: its id passes the reader's vendor check unchanged
    Map<String, Object> before = Json.plain(contract.particulars());
    Map<String, Object> merged = new LinkedHashMap<>(before);
    changes.forEach((field, value) -> {
      if (ParticularsReader.CONTRACT_FIELDS.contains(field)) {
        merged.put(field, value);
      }
    });
    ParticularsReader.Result result = ParticularsReader.read(merged,
        context(intake.get(contract.getProcurementId()), contract.getPilotEndDate() != null));
    problems.addAll(result.problems());
    List<ContractAmendment.Change> changed = new ArrayList<>();
    if (result.valid()) {
      Map<String, Object> after = Json.plain(result.particulars());
      for (String field : ParticularsReader.CONTRACT_FIELDS) {
        if (!Objects.equals(before.get(field), after.get(field))) {
          changed.add(new ContractAmendment.Change(field, before.get(field), after.get(field)));
        }
      }
      if (changed.isEmpty() && problems.isEmpty()) {
        problems.add("changes: nothing differs from the entry as it stands");
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid amendment of contract " + contractId, problems);
    }
    Instant now = EngineClock.now();
    int version = contract.amend(result.particulars(), now);
    try {
      amendments.saveAndFlush(new ContractAmendment(contractId, version, userId, now, reason.strip(), changed));
      contracts.flush();
    } catch (DataIntegrityViolationException e) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + contractId + " was amended at the same moment; read it and amend again");
    }
    events.publishEvent(new ContractEvent.Amended(contractId, contract.getBusinessKey(), version));
    return contract;
  }

  /**
   * Renews an entry for a new term: the term end moves to {@code newTermEnd} (and with it the
   * non-renewal deadline), recorded as an amendment with who and why, and the running contract
   * processes hear of it ({@link ContractEvent.Amended}).
   *
   * @throws ApiException 404 unknown entry; 409 the entry has ended; 400 a new term end not after
   *     the current one, or a reason shorter than {@value #MIN_REASON} characters
   */
  @Transactional
  public Contract renew(long contractId, LocalDate newTermEnd, String userId, String reason) {
    Contract contract = contracts.findById(contractId).orElseThrow(() -> ApiException.notFound("Contract " + contractId));
    if (contract.getStatus().isEnded()) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + contractId + " is " + contract.getStatus() + " and cannot be renewed");
    }
    if (newTermEnd == null || !newTermEnd.isAfter(contract.getTermEnd())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid renewal of contract " + contractId,
          List.of("termEnd: a renewed term ends after the current term end " + contract.getTermEnd()));
    }
    return amend(contractId, Map.of("termEnd", newTermEnd.toString()), reason, userId);
  }

  /**
   * Moves an entry's status for the later stages (notice given, terminated, expired).
   *
   * @throws IllegalArgumentException unknown entry
   * @throws IllegalStateException the move is not allowed ({@link ContractStatus#canMoveTo})
   */
  @Transactional
  public Contract changeStatus(long contractId, ContractStatus next) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
    ContractStatus before = contract.getStatus();
    contract.moveTo(next, EngineClock.now());
    if (before != next) {
      events.publishEvent(new ContractEvent.StatusChanged(contract.getId(), contract.getBusinessKey(), next));
    }
    return contract;
  }

  // ---- exit: freeze and close -------------------------------------------------------------------

  /**
   * Lifts the freeze of exit {@code exitId}, whose runbook was cancelled, so that new use cases and a
   * new exit may run under the entry again. The status stays (a notice given stays given until it is
   * withdrawn by {@link #changeStatus}). Nothing happens when another exit or none froze it.
   *
   * @throws java.util.NoSuchElementException the entry does not exist
   */
  @Transactional
  public Contract unfreeze(long contractId, long exitId) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new java.util.NoSuchElementException("contract " + contractId + " does not exist"));
    contract.unfreeze(exitId, EngineClock.now());
    return contract;
  }

  /**
   * Freezes an entry for its exit: from now on no new use case runs under it (intake refuses new
   * procurements naming it as their existing contract). An {@link ContractStatus#ACTIVE} entry moves
   * to {@link ContractStatus#NOTICE_GIVEN} ({@link ContractEvent.StatusChanged} published); other
   * statuses stay. Idempotent for the same exit.
   *
   * @param exitId the exit runbook's id (package {@code exit})
   * @param userId who froze it, or {@code null} for system work (kept for the caller's own record)
   * @throws java.util.NoSuchElementException unknown entry
   * @throws IllegalStateException the entry is frozen by another exit, or is closed
   */
  @Transactional
  public Contract freeze(long contractId, long exitId, String userId) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new java.util.NoSuchElementException("contract " + contractId + " does not exist"));
    if (contract.getStatus() == ContractStatus.CLOSED) {
      throw new IllegalStateException("contract " + contractId + " is CLOSED");
    }
    Instant now = EngineClock.now();
    contract.freeze(exitId, now);
    if (contract.getStatus() == ContractStatus.ACTIVE) {
      contract.moveTo(ContractStatus.NOTICE_GIVEN, now);
      events.publishEvent(new ContractEvent.StatusChanged(contract.getId(), contract.getBusinessKey(), ContractStatus.NOTICE_GIVEN));
    }
    return contract;
  }

  /**
   * Closes an entry at the end of its exit ("Retain and close"): status {@link ContractStatus#CLOSED}
   * with the moment in {@code closedAt}; {@link ContractEvent.StatusChanged} is published (the
   * contract life ends on it). Closing a closed entry again changes nothing.
   *
   * @param userId who closed it, or {@code null} for system work (kept for the caller's own record)
   * @throws java.util.NoSuchElementException unknown entry
   */
  @Transactional
  public Contract close(long contractId, String userId) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new java.util.NoSuchElementException("contract " + contractId + " does not exist"));
    if (contract.getStatus() != ContractStatus.CLOSED) {
      contract.close(EngineClock.now());
      events.publishEvent(new ContractEvent.StatusChanged(contract.getId(), contract.getBusinessKey(), ContractStatus.CLOSED));
    }
    return contract;
  }

  /**
   * The exit that froze the entry, if any.
   *
   * @throws java.util.NoSuchElementException unknown entry
   */
  public Optional<Long> frozenBy(long contractId) {
    return Optional.ofNullable(contracts.findById(contractId)
        .orElseThrow(() -> new java.util.NoSuchElementException("contract " + contractId + " does not exist"))
        .getFrozenByExit());
  }

  // ---- pilot to production (pilot promotion review) ---------------------------------------------

  /**
   * Records a pilot's promotion to production as a new version: the tier re-decided for production,
   * the pilot end date cleared (which also clears the "used after pilot end" flag), and the vendor's
   * obligations derived again from the MET items at the procurement's tier and the signed figures. The
   * procurement's own scope and tier are the caller's (intake). Running contract processes hear of
   * it ({@link ContractEvent.Amended}).
   *
   * @param tier the tier the risk-tier decision gave for production
   * @param reason why, recorded with the amendment (e.g. who confirmed the production scope)
   * @throws IllegalArgumentException unknown entry
   * @throws IllegalStateException the entry is not a pilot, or has ended
   */
  @Transactional
  public Contract promoteToProduction(long contractId, RiskTier tier, String reason, String userId) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
    if (contract.getPilotEndDate() == null) {
      throw new IllegalStateException("contract " + contractId + " is not a pilot");
    }
    if (contract.getStatus().isEnded()) {
      throw new IllegalStateException("contract " + contractId + " is " + contract.getStatus());
    }
    List<ContractAmendment.Change> changed = new ArrayList<>();
    if (contract.getRiskTier() != tier) {
      changed.add(new ContractAmendment.Change("riskTier", contract.getRiskTier().name(), tier.name()));
    }
    changed.add(new ContractAmendment.Change(ParticularsReader.PILOT_END_DATE, contract.getPilotEndDate().toString(), null));
    ContractParticulars p = contract.particulars();
    ContractParticulars production = new ContractParticulars(p.vendorId(), p.vendorLegalName(), p.vendorLei(),
        p.vendorCountry(), p.vendorNoticeAddress(), p.vendorContacts(), p.contractReference(), p.product(), p.surfaces(),
        p.models(), p.dataLocations(), p.subprocessors(), p.effectiveDate(), p.termEnd(), p.autoRenewal(),
        p.nonRenewalNoticeDays(), p.providerTerminationNoticeDays(), p.governingLawCountry(), p.dataSensitivity(),
        p.relianceLevel(), p.substitutability(), p.exitPlanExists(), p.alternativeProvidersIdentified(),
        p.alternativeProviders(), null);
    // the vendor's obligations follow the figures of the production tier the items were re-reviewed at
    rederiveObligations(contract, "at " + tier).ifPresent(changed::add);
    Instant now = EngineClock.now();
    contract.retier(tier);
    int version = contract.amend(production, now);
    amendments.saveAndFlush(new ContractAmendment(contractId, version, userId == null ? "system" : userId, now,
        reason, changed));
    contracts.flush();
    events.publishEvent(new ContractEvent.Amended(contractId, contract.getBusinessKey(), version));
    return contract;
  }

  /**
   * Records an agreed renegotiation at renewal as one new version: the term ends at
   * {@code newTermEnd}, the entry follows the catalogue and thresholds versions the procurement is
   * now pinned to, and the vendor's obligations are derived again from its MET items. Running
   * contract processes hear of it ({@link ContractEvent.Amended}).
   *
   * @throws ApiException 404 unknown entry; 409 the entry has ended; 400 a new term end not after
   *     the current one
   */
  @Transactional
  public Contract renegotiated(long contractId, LocalDate newTermEnd, String userId, String reason) {
    Contract contract = contracts.findById(contractId).orElseThrow(() -> ApiException.notFound("Contract " + contractId));
    if (contract.getStatus().isEnded()) {
      throw new ApiException(HttpStatus.CONFLICT, "Contract " + contractId + " is " + contract.getStatus() + " and cannot be renewed");
    }
    if (newTermEnd == null || !newTermEnd.isAfter(contract.getTermEnd())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid renewal of contract " + contractId,
          List.of("termEnd: a renewed term ends after the current term end " + contract.getTermEnd()));
    }
    Procurement procurement = intake.get(contract.getProcurementId());
    List<ContractAmendment.Change> changed = new ArrayList<>();
    changed.add(new ContractAmendment.Change("termEnd", contract.getTermEnd().toString(), newTermEnd.toString()));
    if (!Objects.equals(contract.getCatalogueVersion(), procurement.getCatalogueVersion())) {
      changed.add(new ContractAmendment.Change("catalogueVersion", contract.getCatalogueVersion(), procurement.getCatalogueVersion()));
    }
    if (!Objects.equals(contract.getThresholdsVersion(), procurement.getThresholdsVersion())) {
      changed.add(new ContractAmendment.Change("thresholdsVersion", contract.getThresholdsVersion(), procurement.getThresholdsVersion()));
    }
    Map<String, Object> plain = Json.plain(contract.particulars());
    plain.put("termEnd", newTermEnd.toString());
    ParticularsReader.Result renewed = ParticularsReader.read(plain, context(procurement, contract.getPilotEndDate() != null));
    if (!renewed.valid()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid renewal of contract " + contractId, renewed.problems());
    }
    // only once nothing can refuse any more
    rederiveObligations(contract, "after renegotiation").ifPresent(changed::add);
    Instant now = EngineClock.now();
    contract.repin(procurement.getCatalogueVersion(), procurement.getThresholdsVersion());
    int version = contract.amend(renewed.particulars(), now);
    amendments.saveAndFlush(new ContractAmendment(contractId, version, userId == null ? "system" : userId, now, reason, changed));
    contracts.flush();
    events.publishEvent(new ContractEvent.Amended(contractId, contract.getBusinessKey(), version));
    return contract;
  }

  /** Replaces the entry's obligations by those its procurement gives now; the change, if any. */
  private Optional<ContractAmendment.Change> rederiveObligations(Contract contract, String why) {
    List<ContractObligation> held = obligations.findByContractIdOrderByIdAsc(contract.getId());
    List<Obligation> before = held.stream().map(ContractObligation::toRecord).toList();
    List<Obligation> after = derivedObligations(intake.get(contract.getProcurementId()));
    if (before.equals(after)) {
      return Optional.empty();
    }
    obligations.deleteAll(held);
    obligations.flush();
    after.forEach(o -> obligations.save(new ContractObligation(contract.getId(), o)));
    return Optional.of(new ContractAmendment.Change("obligations", before.size() + " obligations", after.size() + " obligations " + why));
  }

  /**
   * Flags a pilot entry as used after its pilot end without promotion, from {@code since}
   * (idempotent: the first day stays). Not an amendment: the particulars are unchanged.
   *
   * @throws IllegalArgumentException unknown entry
   * @throws IllegalStateException the entry is not a pilot
   */
  @Transactional
  public Contract flagUsedAfterPilotEnd(long contractId, LocalDate since) {
    Contract contract = contracts.findById(contractId)
        .orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
    contract.flagUsedAfterPilotEnd(since, EngineClock.now());
    return contract;
  }
}
