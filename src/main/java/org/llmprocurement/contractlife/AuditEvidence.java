package org.llmprocurement.contractlife;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.documents.DocumentType;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.review.ReviewDecisionKind;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit evidence of the contracts in the register: which evidence types a contract must keep
 * current (the catalogue's evidence for the requirements its review found {@code MET}, in the
 * catalogue version it was signed under, deduplicated by description), what is held (evidence
 * recorded here, and the evidence the review relied on), the requests to security and their
 * escalation, and recording new evidence. Timing rules are {@link EvidenceRules}; lead times the
 * {@code evidence-lead-times} decision; the cadence the tier thresholds' {@code auditCadenceMonths}
 * at the contract's current tier.
 */
@Service
public class AuditEvidence implements EvidenceFreshness {

  /** A problem-naming refusal: nothing was written. */
  public static class Refused extends RuntimeException {
    private final List<String> problems;

    Refused(String message, List<String> problems) {
      super(message + ": " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /**
   * What the cadence worked out: requests made now (and started) and the next check.
   *
   * @param inForce false when the contract is terminated or expired (no requests then)
   */
  public record Schedule(boolean inForce, List<Long> requestIds, LocalDate nextCheck) {}

  /** Evidence to record, as validated: the open request of its type if there is one. */
  public record NewEvidence(long contractId, String evidenceType, long documentId, LocalDate issuedOn, LocalDate expiresOn,
      Long requestId) {}

  /**
   * One evidence type of one contract as the API and the renewal view show it.
   *
   * @param requirementIds the MET requirements it proves
   * @param validUntil the last valid day: the earlier of the recorded expiry and issue date plus the
   *     catalogue's maximum age; {@code null} when missing
   * @param state {@code CURRENT}, {@code EXPIRING}, {@code EXPIRED} or {@code MISSING}
   * @param documentId the document held, or {@code null}
   * @param openRequestId the open request, or {@code null}
   * @param requestDueOn the open request's due date, or {@code null}
   * @param overdue whether the open request is overdue
   */
  public record Freshness(long contractId, String businessKey, String evidenceType, List<String> requirementIds,
      LocalDate issuedOn, LocalDate validUntil, String state, Long documentId, Long openRequestId, LocalDate requestDueOn,
      boolean overdue) {}

  private final ContractRegister register;
  private final ReviewDecisions reviews;
  private final CatalogueService catalogue;
  private final ThresholdService thresholds;
  private final EvidenceLeadTimes leadTimes;
  private final DocumentService documents;
  private final EvidenceRequestRepository requests;
  private final EvidenceRecordRepository records;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final GroupMail groupMail;

  AuditEvidence(ContractRegister register, ReviewDecisions reviews, CatalogueService catalogue, ThresholdService thresholds,
      EvidenceLeadTimes leadTimes, DocumentService documents, EvidenceRequestRepository requests,
      EvidenceRecordRepository records, RuntimeService runtime, IdentityService identity, GroupMail groupMail) {
    this.register = register;
    this.reviews = reviews;
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.leadTimes = leadTimes;
    this.documents = documents;
    this.requests = requests;
    this.records = records;
    this.runtime = runtime;
    this.identity = identity;
    this.groupMail = groupMail;
  }

  // ---- the cadence ----------------------------------------------------------------------------

  /**
   * Requests every evidence type that is due (one request and one {@code audit-evidence-request}
   * process each, business key = the contract's) and works out the next check. A terminated or
   * expired contract gets no requests.
   */
  @Transactional
  public Schedule schedule(long contractId) {
    Contract contract = contract(contractId);
    LocalDate today = EngineClock.today();
    withdrawUnneeded(contract);
    if (!inForce(contract)) {
      return new Schedule(false, List.of(), null);
    }
    EvidenceRules.Plan plan = plan(contract, today);
    List<Long> made = new ArrayList<>();
    for (EvidenceRules.Assessment a : plan.requests()) {
      EvidenceRequest request = requests.save(new EvidenceRequest(contractId, contract.getBusinessKey(),
          a.type().evidenceType(), a.request(), today, a.requestDueOn(), EngineClock.now()));
      made.add(request.getId());
      SystemAccess.withoutAuthorization(identity, () -> runtime.startProcessInstanceByKey(EvidenceRequestProcess.KEY,
          contract.getBusinessKey(), Variables.createVariables()
              .putValue(EvidenceRequestProcess.CONTRACT_ID.getName(), contractId)
              .putValue(EvidenceRequestProcess.REQUEST_ID.getName(), request.getId())
              .putValue(EvidenceRequestProcess.DUE.getName(), overdueFrom(request.getDueOn()))));
    }
    return new Schedule(true, List.copyOf(made), plan.nextCheck());
  }

  /** The moment a request due on {@code dueOn} becomes overdue: 00:00 UTC the next day. */
  public static java.util.Date overdueFrom(LocalDate dueOn) {
    return BusinessCalendar.startOf(dueOn.plusDays(1));
  }

  /**
   * Marks the request overdue and e-mails the managers (after commit); idempotent. A request the
   * contract no longer needs (the contract ended, or it no longer keeps the evidence type) is
   * withdrawn instead, without mail; the returned request is then no longer open and its process
   * ends its own task.
   */
  @Transactional
  public EvidenceRequest escalate(long requestId) {
    EvidenceRequest request = request(requestId);
    if (!request.isOpen()) {
      return request;
    }
    String unneeded = unneededBecause(contract(request.getContractId()), request);
    if (unneeded != null) {
      request.withdraw(unneeded, EngineClock.now());
      return request;
    }
    if (request.isOverdue()) {
      return request;
    }
    request.markOverdue(EngineClock.now());
    groupMail.notifyGroup(Groups.MANAGERS,
        "Audit evidence overdue: " + request.getEvidenceType() + " (" + request.getBusinessKey() + ")",
        String.join("\n",
            "Security has not provided audit evidence that was due on " + request.getDueOn() + ":",
            "",
            "  " + request.getEvidenceType(),
            "  contract " + request.getContractId() + " (" + request.getBusinessKey() + "), requested on "
                + request.getRequestedOn() + " (" + request.getReason() + ")",
            "",
            "The request stays open with security; it shows as overdue in the contract's evidence and renewal review."));
    return request;
  }

  /**
   * A contract leaving force (terminated, expired) withdraws its open evidence requests and ends
   * their tasks, inside the status change's transaction.
   */
  @org.springframework.context.event.EventListener
  void statusChanged(org.llmprocurement.contracts.ContractEvent.StatusChanged event) {
    withdrawUnneeded(contract(event.contractId()));
  }

  /**
   * Withdraws every open request the contract no longer needs (it left force, or no longer keeps the
   * evidence type) and ends its process, and so security's task.
   *
   * @return the withdrawn request ids
   */
  @Transactional
  public List<Long> withdrawUnneeded(long contractId) {
    return withdrawUnneeded(contract(contractId));
  }

  private List<Long> withdrawUnneeded(Contract contract) {
    List<EvidenceRequest> open = requests(contract.getId()).stream().filter(EvidenceRequest::isOpen).toList();
    if (open.isEmpty()) {
      return List.of();
    }
    java.util.Set<String> kept = inForce(contract)
        ? types(contract).stream().map(EvidenceRules.Type::evidenceType).collect(java.util.stream.Collectors.toSet())
        : java.util.Set.of();
    List<Long> withdrawn = new ArrayList<>();
    for (EvidenceRequest request : open) {
      String why = unneededBecause(contract, request, kept);
      if (why == null) {
        continue;
      }
      request.withdraw(why, EngineClock.now());
      withdrawn.add(request.getId());
      SystemAccess.withoutAuthorization(identity, () -> {
        runtime.createProcessInstanceQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
            .processInstanceBusinessKey(contract.getBusinessKey())
            .variableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), request.getId()).list().stream()
            .forEach(p -> runtime.deleteProcessInstance(p.getId(), "evidence request withdrawn: " + why));
        return null;
      });
    }
    return withdrawn;
  }

  private String unneededBecause(Contract contract, EvidenceRequest request) {
    return unneededBecause(contract, request, inForce(contract)
        ? types(contract).stream().map(EvidenceRules.Type::evidenceType).collect(java.util.stream.Collectors.toSet())
        : java.util.Set.of());
  }

  private static String unneededBecause(Contract contract, EvidenceRequest request, java.util.Set<String> kept) {
    if (!inForce(contract)) {
      return "withdrawn: contract " + contract.getStatus();
    }
    return kept.contains(request.getEvidenceType()) ? null : "withdrawn: type no longer kept";
  }

  // ---- recording ------------------------------------------------------------------------------

  /**
   * Validates evidence for a contract without writing anything: the type must be one the contract
   * keeps, the document an {@code EVIDENCE} document of the contract's procurement, issued on or
   * before today, valid until after its issue date and not already expired; the contract in force.
   *
   * @param requestId the request being answered, or {@code null} (then the type's open request, if any)
   * @throws java.util.NoSuchElementException the contract does not exist
   */
  public NewEvidence validate(long contractId, Long requestId, String evidenceType, Object documentId, Object issuedOn,
      Object expiresOn) {
    Contract contract = contract(contractId);
    List<String> problems = new ArrayList<>();
    LocalDate today = EngineClock.today();
    if (!inForce(contract)) {
      problems.add("contract " + contractId + " is " + contract.getStatus() + "; evidence is kept only while it is in force");
    }
    String type = evidenceType == null ? null : evidenceType.strip();
    if (type == null || type.isEmpty()) {
      problems.add("evidenceType: required");
    } else if (types(contract).stream().noneMatch(t -> t.evidenceType().equals(type))) {
      problems.add("evidenceType: '" + clip(type) + "' is not evidence this contract keeps (see GET /api/contracts/"
          + contractId + "/evidence)");
    }
    Long document = wholeNumber("documentId", documentId, problems);
    if (document != null) {
      Optional<DocumentInfo> info = documents.findInfo(contract.getProcurementId(), document);
      if (info.isEmpty()) {
        problems.add("documentId: " + document + " is not a document of procurement " + contract.getProcurementId()
            + " (upload it at /api/procurements/" + contract.getProcurementId() + "/documents)");
      } else if (info.get().type() != DocumentType.EVIDENCE) {
        problems.add("documentId: " + document + " is a " + info.get().type() + " document, not EVIDENCE");
      }
    }
    LocalDate issued = date("issuedOn", issuedOn, problems);
    LocalDate expires = date("expiresOn", expiresOn, problems);
    if (issued != null && issued.isAfter(today)) {
      problems.add("issuedOn: " + issued + " is in the future (today is " + today + ")");
    }
    if (expires != null && expires.isBefore(today)) {
      problems.add("expiresOn: " + expires + " has passed (today is " + today + "); expired evidence proves nothing");
    }
    if (issued != null && expires != null && !expires.isAfter(issued)) {
      problems.add("expiresOn: must be after issuedOn (" + issued + ")");
    }
    Long request = requestId;
    if (request == null && type != null) {
      request = open(contractId, type).map(EvidenceRequest::getId).orElse(null);
    } else if (request != null) {
      EvidenceRequest r = request(request);
      if (!r.isOpen()) {
        problems.add("request " + request + " is already closed");
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused("Evidence for contract " + contractId + " refused", problems);
    }
    return new NewEvidence(contractId, type, document, issued, expires, request);
  }

  /**
   * Records validated evidence, closes its request and tells the cadence to plan again (message
   * {@value AuditEvidenceProcess#MESSAGE_RECORDED} to the contract's waiting cadence, if any).
   */
  @Transactional
  public EvidenceRecord record(NewEvidence evidence, String userId) {
    Contract contract = contract(evidence.contractId());
    Instant now = EngineClock.now();
    EvidenceRecord saved = records.save(new EvidenceRecord(evidence.contractId(), contract.getBusinessKey(),
        evidence.evidenceType(), evidence.documentId(), evidence.issuedOn(), evidence.expiresOn(), evidence.requestId(),
        userId == null ? "system" : userId, now));
    if (evidence.requestId() != null) {
      request(evidence.requestId()).close(saved.getId(), userId == null ? "system" : userId, now);
    }
    SystemAccess.withoutAuthorization(identity, () -> runtime.createMessageCorrelation(AuditEvidenceProcess.MESSAGE_RECORDED)
        .processInstanceBusinessKey(contract.getBusinessKey()).correlateAllWithResult());
    return saved;
  }

  // ---- reading --------------------------------------------------------------------------------

  /** The request, or {@link java.util.NoSuchElementException}. */
  public EvidenceRequest request(long requestId) {
    return requests.findById(requestId).orElseThrow(() -> new java.util.NoSuchElementException("evidence request " + requestId));
  }

  /** The contract's requests, oldest first. */
  public List<EvidenceRequest> requests(long contractId) {
    return requests.findByContractIdOrderByIdAsc(contractId);
  }

  /** The contract's recorded evidence, oldest first (the review's evidence is not included). */
  public List<EvidenceRecord> records(long contractId) {
    return records.findByContractIdOrderByIdAsc(contractId);
  }

  /** Every evidence type of the contract with its state on {@code today}, in catalogue order. */
  public List<Freshness> freshness(long contractId, LocalDate today) {
    Contract contract = contract(contractId);
    List<EvidenceRules.Type> types = types(contract);
    Map<String, HeldDocument> held = held(contract, types);
    EvidenceRules.Plan plan = plan(contract, types, held, today);
    Map<String, EvidenceRequest> open = openByType(contractId);
    Map<String, Long> heldDocuments = new LinkedHashMap<>();
    held.forEach((type, h) -> heldDocuments.put(type, h.documentId()));
    return plan.assessments().stream().map(a -> {
      EvidenceRequest request = open.get(a.type().evidenceType());
      return new Freshness(contractId, contract.getBusinessKey(), a.type().evidenceType(), a.type().requirementIds(),
          a.issuedOn(), a.validUntil(), a.state(), heldDocuments.get(a.type().evidenceType()),
          request == null ? null : request.getId(), request == null ? null : request.getDueOn(),
          request != null && request.isOverdue());
    }).toList();
  }

  /**
   * Evidence of every contract in force that is valid until {@code today + days} at the latest
   * (expired included, missing not), soonest first.
   */
  public List<Freshness> expiring(int days, LocalDate today) {
    LocalDate limit = today.plusDays(days);
    List<Freshness> found = new ArrayList<>();
    for (Contract contract : register.all(new ContractRegister.Filter(null, null, null, null, today))) {
      if (!inForce(contract)) {
        continue;
      }
      freshness(contract.getId(), today).stream()
          .filter(f -> f.validUntil() != null && !f.validUntil().isAfter(limit)).forEach(found::add);
    }
    found.sort(Comparator.comparing(Freshness::validUntil).thenComparing(Freshness::contractId)
        .thenComparing(Freshness::evidenceType));
    return found;
  }

  /**
   * {@inheritDoc} Here {@code evidenceType} is the catalogue's evidence description (the key the
   * requests and the API use), {@code description} the same with the requirements it proves, and
   * {@code expiresOn} the last valid day (the earlier of the recorded expiry and the issue date plus
   * the catalogue's maximum age).
   */
  @Override
  public List<EvidenceState> of(long contractId, LocalDate today) {
    if (!exists(contractId)) {
      return List.of();
    }
    return freshness(contractId, today).stream().map(f -> new EvidenceState(f.evidenceType(),
        f.evidenceType() + " (proves " + String.join(", ", f.requirementIds()) + ")", f.issuedOn(), f.validUntil(),
        f.state(), f.requestDueOn(), f.overdue())).toList();
  }

  /** Whether the register entry exists. */
  public boolean exists(long contractId) {
    return register.find(contractId).isPresent();
  }

  /** Whether the register entry is in force (ACTIVE or NOTICE_GIVEN). */
  public boolean inForce(long contractId) {
    return inForce(contract(contractId));
  }

  /** The entry's business key (the procurement's). */
  public String businessKey(long contractId) {
    return contract(contractId).getBusinessKey();
  }

  /**
   * The evidence types the contract keeps, in catalogue order of their first requirement: one per
   * distinct evidence description of the requirements its review found MET.
   */
  List<EvidenceRules.Type> types(Contract contract) {
    Catalogue signed = catalogue.catalogue(contract.getCatalogueVersion());
    Map<String, List<Requirement>> byType = new LinkedHashMap<>();
    for (ReviewItem item : reviews.items(contract.getProcurementId())) {
      if (item.getDecision() != ReviewDecisionKind.MET) {
        continue;
      }
      signed.requirement(item.getRequirementId()).filter(r -> r.evidence() != null)
          .ifPresent(r -> byType.computeIfAbsent(r.evidence().description(), k -> new ArrayList<>()).add(r));
    }
    List<EvidenceRules.Type> types = new ArrayList<>();
    Map<String, EvidenceLeadTimes.LeadTime> leads = leadTimes.of(byType.keySet());
    byType.forEach((description, requirements) -> {
      int maxAge = requirements.stream().mapToInt(r -> r.evidence().maxAgeMonths()).filter(m -> m > 0).min().orElse(0);
      EvidenceLeadTimes.LeadTime lead = leads.get(description);
      types.add(new EvidenceRules.Type(description, requirements.stream().map(Requirement::id).toList(), maxAge,
          lead.leadDays(), lead.responseDays()));
    });
    return types;
  }

  private record HeldDocument(EvidenceRules.Held held, Long documentId) {}

  private EvidenceRules.Plan plan(Contract contract, LocalDate today) {
    List<EvidenceRules.Type> types = types(contract);
    return plan(contract, types, held(contract, types), today);
  }

  private EvidenceRules.Plan plan(Contract contract, List<EvidenceRules.Type> types, Map<String, HeldDocument> held,
      LocalDate today) {
    Map<String, EvidenceRequest> open = openByType(contract.getId());
    Map<String, LocalDate> lastRequested = new LinkedHashMap<>();
    requests(contract.getId()).forEach(r -> lastRequested.merge(r.getEvidenceType(), r.getRequestedOn(),
        (a, b) -> a.isAfter(b) ? a : b));
    int cadence = thresholds.forTier(contract.getRiskTier()).getInt("auditCadenceMonths");
    List<EvidenceRules.Input> inputs = types.stream().map(t -> {
      HeldDocument h = held.get(t.evidenceType());
      EvidenceRequest o = open.get(t.evidenceType());
      return new EvidenceRules.Input(t, h == null ? null : h.held(), o == null ? null : new EvidenceRules.Open(o.getDueOn(),
          o.isOverdue()), lastRequested.get(t.evidenceType()));
    }).toList();
    return EvidenceRules.plan(inputs, cadence, contract.getEffectiveDate(), today);
  }

  /** Per type the evidence valid longest: recorded evidence and the review's MET evidence. */
  private Map<String, HeldDocument> held(Contract contract, List<EvidenceRules.Type> types) {
    Map<String, HeldDocument> best = new LinkedHashMap<>();
    Map<String, Integer> maxAge = new LinkedHashMap<>();
    types.forEach(t -> maxAge.put(t.evidenceType(), t.maxAgeMonths()));
    Catalogue signed = catalogue.catalogue(contract.getCatalogueVersion());
    Map<Long, DocumentInfo> docs = new LinkedHashMap<>();
    documents.list(contract.getProcurementId()).forEach(d -> docs.put(d.id(), d));
    for (ReviewItem item : reviews.items(contract.getProcurementId())) {
      if (item.getDecision() != ReviewDecisionKind.MET || item.getEvidenceDocumentId() == null) {
        continue;
      }
      Optional<Requirement> requirement = signed.requirement(item.getRequirementId());
      DocumentInfo doc = docs.get(item.getEvidenceDocumentId());
      if (requirement.isEmpty() || requirement.get().evidence() == null || doc == null) {
        continue;
      }
      String type = requirement.get().evidence().description();
      LocalDate issued = doc.effectiveDate() != null ? doc.effectiveDate() : doc.uploadedAt().atZone(ZoneOffset.UTC).toLocalDate();
      int age = maxAge.getOrDefault(type, 0);
      LocalDate expires = item.getEvidenceExpiry() != null ? item.getEvidenceExpiry() : issued.plusMonths(age > 0 ? age : 12);
      keepBest(best, type, new HeldDocument(new EvidenceRules.Held(issued, expires), doc.id()), age);
    }
    for (EvidenceRecord record : records(contract.getId())) {
      keepBest(best, record.getEvidenceType(), new HeldDocument(
          new EvidenceRules.Held(record.getIssuedOn(), record.getExpiresOn()), record.getDocumentId()),
          maxAge.getOrDefault(record.getEvidenceType(), 0));
    }
    return best;
  }

  private static void keepBest(Map<String, HeldDocument> best, String type, HeldDocument candidate, int maxAge) {
    best.merge(type, candidate, (a, b) -> {
      LocalDate va = EvidenceRules.validUntil(a.held(), maxAge);
      LocalDate vb = EvidenceRules.validUntil(b.held(), maxAge);
      return vb.isAfter(va) || (vb.isEqual(va) && b.held().issuedOn().isAfter(a.held().issuedOn())) ? b : a;
    });
  }

  private Map<String, EvidenceRequest> openByType(long contractId) {
    Map<String, EvidenceRequest> open = new LinkedHashMap<>();
    requests(contractId).stream().filter(EvidenceRequest::isOpen).forEach(r -> open.put(r.getEvidenceType(), r));
    return open;
  }

  private Optional<EvidenceRequest> open(long contractId, String type) {
    return Optional.ofNullable(openByType(contractId).get(type));
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new java.util.NoSuchElementException("contract " + contractId));
  }

  static boolean inForce(Contract contract) {
    return contract.getStatus() == ContractStatus.ACTIVE || contract.getStatus() == ContractStatus.NOTICE_GIVEN;
  }

  private static Long wholeNumber(String field, Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add(field + ": required");
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      problems.add(field + ": '" + clip(value.toString()) + "' is not a whole number");
      return null;
    }
  }

  private static LocalDate date(String field, Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add(field + ": required (YYYY-MM-DD)");
      return null;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      // Camunda Forms send a date field as YYYY-MM-DD; a date-time's day is taken as given
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(field + ": '" + clip(text) + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static String clip(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
