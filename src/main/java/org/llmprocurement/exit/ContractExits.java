package org.llmprocurement.exit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.AccessInventory;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractAccessEntry;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.notification.GroupMail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exit runbook's application side: validates and records exits and their steps in
 * {@code contract_exit} / {@code contract_exit_step}, works out the vendor deadlines, sends the
 * reminders and escalations, and answers what the exit API shows. Rules are {@link ExitRules}; who
 * may act is the engine's authorization and the task guards'.
 */
@Service
public class ContractExits {

  /** Fields a start may carry; {@code exitTrigger} only from system work. */
  static final Set<String> START_FIELDS = Set.of("contractId", "exitReason", "exitTrigger", ContractExits.REQUESTED_BY);
  /** Start field set by system work only: the user whose decision started the exit. */
  static final String REQUESTED_BY = "exitRequestedBy";
  static final int MAX_REASON = 2000;

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ContractExitRepository exits;
  private final ContractExitStepRepository steps;
  private final ContractRegister register;
  private final AccessInventory inventory;
  private final ThresholdService thresholds;
  private final ExitDeadlines deadlines;
  private final DocumentService documents;
  private final GroupMail mail;
  private final ObjectMapper json;
  private final RuntimeService runtime;
  private final IdentityService identity;

  ContractExits(ContractExitRepository exits, ContractExitStepRepository steps, ContractRegister register,
      AccessInventory inventory, ThresholdService thresholds, ExitDeadlines deadlines, DocumentService documents,
      GroupMail mail, ObjectMapper json, RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
    this.exits = exits;
    this.steps = steps;
    this.register = register;
    this.inventory = inventory;
    this.thresholds = thresholds;
    this.deadlines = deadlines;
    this.documents = documents;
    this.mail = mail;
    this.json = json;
  }

  /** A valid start: the register entry, the reason and what decided the exit. */
  public record Start(Contract contract, String reason, ExitTrigger trigger) {}

  /**
   * Validates a start without writing anything: only {@link #START_FIELDS}; {@code contractId} a
   * register entry that is not closed and has no exit running; {@code exitReason} 10–2,000
   * characters; {@code exitTrigger} one of {@link ExitTrigger}, given only by system work
   * ({@code userId == null}), otherwise MANUAL.
   */
  public Validation<Start> validateStart(Map<String, Object> values, String userId) {
    List<String> problems = new ArrayList<>();
    for (String field : values.keySet()) {
      if (!START_FIELDS.contains(field)) {
        problems.add(field + ": is not a field of an exit; fields: contractId, exitReason");
      }
    }
    ExitRules.Fields f = new ExitRules.Fields(values, problems);
    Long contractId = f.optionalNumber("contractId");
    Contract contract = null;
    if (contractId == null && !values.containsKey("contractId")) {
      problems.add("contractId: required, the register entry to exit");
    } else if (contractId != null) {
      contract = register.find(contractId).orElse(null);
      if (contract == null) {
        problems.add("contractId: no contract " + contractId + " in the register");
      } else {
        problems.addAll(conflicts(contract));
      }
    }
    String reason = f.text("exitReason", ExitRules.MIN_REASON, "say why we exit");
    if (reason != null && reason.length() > MAX_REASON) {
      problems.add("exitReason: at most " + MAX_REASON + " characters (got " + reason.length() + ")");
    }
    ExitTrigger trigger = ExitTrigger.MANUAL;
    if (values.get(REQUESTED_BY) != null && (userId != null || values.get("exitTrigger") == null)) {
      problems.add(REQUESTED_BY + ": set by the deciding stage only");
    }
    if (values.get("exitTrigger") != null) {
      if (userId != null) {
        problems.add("exitTrigger: set by the deciding stage only; an exit started by hand is MANUAL");
      } else {
        trigger = f.choice("exitTrigger", ExitTrigger.class);
      }
    }
    return Validation.of(problems.isEmpty() ? new Start(contract, reason, trigger) : null, problems);
  }

  /** Why this entry cannot start an exit now (closed, or one running), naming {@code contractId}; empty otherwise. */
  public List<String> conflicts(Contract contract) {
    List<String> problems = new ArrayList<>();
    if (contract.getStatus() == ContractStatus.CLOSED) {
      problems.add("contractId: contract " + contract.getId() + " is CLOSED; its exit is over");
    }
    running(contract.getId()).ifPresent(running -> problems.add("contractId: exit " + running.getId()
        + " of contract " + contract.getId() + " is already running (started " + running.getRequestedAt() + " by "
        + running.getRequestedBy() + ", " + running.getTrigger() + "); one exit per contract at a time"));
    return problems;
  }

  /**
   * The exit running for this entry, if any. An exit whose runbook instance no longer exists (an
   * operator deleted it in Cockpit) does not count; it is marked CANCELLED when the next exit of
   * the entry is recorded.
   */
  public Optional<ContractExit> running(long contractId) {
    return exits.findByOpenContractId(contractId).filter(this::instanceRuns);
  }

  private boolean instanceRuns(ContractExit exit) {
    // what exists is the application's question, whoever asks: not the caller's authorizations
    return exit.getProcessInstanceId() == null || SystemAccess.withoutAuthorization(identity,
        () -> runtime.createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId()).count() > 0);
  }

  /**
   * The runbook instance ended: an exit that did not close (its instance was deleted) is marked
   * CANCELLED, its freeze lifted and procurement told. Nothing happens to a closed exit.
   */
  @Transactional
  public void ended(long exitId) {
    ContractExit exit = get(exitId);
    if (exit.getStatus() != ContractExit.Status.RUNNING) {
      return;
    }
    exit.cancelled(EngineClock.now());
    exits.saveAndFlush(exit);
    register.unfreeze(exit.getContractId(), exit.getId());
    mail.notifyGroup(Groups.PROCUREMENT, "Exit cancelled: " + exit.getBusinessKey(),
        "The exit runbook of contract " + exit.getContractId() + " (" + exit.getBusinessKey() + ", exit " + exit.getId()
            + ") was cancelled before it closed the contract. The contract is no longer frozen; its status stays "
            + contract(exit).getStatus() + " until changed in the register.");
  }

  /** Marks the entry's open exit whose runbook was deleted CANCELLED and lifts its freeze. */
  private void cancelAbandoned(long contractId) {
    exits.findByOpenContractId(contractId).filter(e -> !instanceRuns(e)).ifPresent(abandoned -> {
      abandoned.cancelled(EngineClock.now());
      exits.saveAndFlush(abandoned);
      register.unfreeze(contractId, abandoned.getId());
    });
  }

  /** The entry's exits, newest first. */
  public List<ContractExit> ofContract(long contractId) {
    return exits.findByContractIdOrderByIdDesc(contractId);
  }

  /** The exit, or an exception naming it. */
  public ContractExit get(long exitId) {
    return exits.findById(exitId).orElseThrow(() -> new IllegalStateException("exit " + exitId + " does not exist"));
  }

  /**
   * Records a validated start as the exit of the process instance: the exit row (the unique open
   * index refuses a second running exit even under a race), its first REQUESTED step and the
   * transition assistance period (exit-deadlines decision, from today).
   */
  @Transactional
  public ContractExit record(Start start, String userId, String processInstanceId) {
    Contract contract = start.contract();
    cancelAbandoned(contract.getId());
    ExitDeadlines.Terms terms = deadlines.forTier(contract.getRiskTier());
    LocalDate today = EngineClock.today();
    ContractExit exit = exits.saveAndFlush(new ContractExit(contract.getId(), contract.getBusinessKey(), start.trigger(),
        start.reason(), actor(userId), EngineClock.now(), processInstanceId,
        today.plusDays(terms.transitionAssistanceDays())));
    ContractExitStep requested = new ContractExitStep(exit.getId(), ExitStep.REQUESTED, 1, ExitStep.REQUESTED.ownerGroup(),
        start.trigger().name(), null, EngineClock.now(), null);
    requested.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("trigger", start.trigger().name(),
        "reason", start.reason(), "requestedBy", actor(userId))), actor(userId), EngineClock.now());
    steps.save(requested);
    return exit;
  }

  /**
   * When the freeze of an exit started today is due: 00:00 UTC of the day after the tier's freeze
   * days (procurement has the whole last day, as the vendor has for its deadlines).
   */
  public java.util.Date freezeDueAt(ContractExit exit) {
    Contract contract = contract(exit);
    return BusinessCalendar.startOf(EngineClock.today().plusDays(deadlines.forTier(contract.getRiskTier()).freezeDays() + 1L));
  }

  /**
   * Another decision to exit while an exit runs: recorded on the running exit as a REQUESTED step,
   * and procurement is told. Returns the running exit.
   */
  @Transactional
  public ContractExit addRequest(ContractExit exit, ExitTrigger trigger, String reason, String userId) {
    long round = steps.countByExitIdAndStep(exit.getId(), ExitStep.REQUESTED) + 1;
    ContractExitStep requested = new ContractExitStep(exit.getId(), ExitStep.REQUESTED, (int) round,
        ExitStep.REQUESTED.ownerGroup(), trigger.name(), null, EngineClock.now(), null);
    requested.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("trigger", trigger.name(), "reason", reason,
        "requestedBy", actor(userId))), actor(userId), EngineClock.now());
    steps.save(requested);
    mail.notifyGroup(Groups.PROCUREMENT, "Another exit decision for " + exit.getBusinessKey(),
        "The exit of contract " + exit.getContractId() + " (" + exit.getBusinessKey() + ") is already running (exit "
            + exit.getId() + "). A further decision to exit was recorded on it: " + trigger + ".\n\nReason: " + reason);
    return exit;
  }

  // ---- steps ----------------------------------------------------------------------------------

  /**
   * Opens the step row of a task as it is created (round = earlier rows of the step + 1) and
   * returns it; for revocation the rows exist already (one per inventory entry, round = the
   * multi-instance loop counter + 1) and the task is given to the entry's owner group.
   */
  @Transactional
  public ContractExitStep open(long exitId, ExitStep step, Integer loopCounter, Instant dueAt) {
    if (step == ExitStep.REVOKE_ACCESS) {
      int round = (loopCounter == null ? 0 : loopCounter) + 1;
      return steps.findByExitIdAndStepAndRound(exitId, step, round).orElseThrow(() ->
          new IllegalStateException("exit " + exitId + " has no revocation row " + round));
    }
    int round = (int) steps.countByExitIdAndStep(exitId, step) + 1;
    return steps.saveAndFlush(new ContractExitStep(exitId, step, round, step.ownerGroup(), null, null, EngineClock.now(), dueAt));
  }

  /** The step row, or an exception naming it. */
  public ContractExitStep step(long stepId) {
    return steps.findById(stepId).orElseThrow(() -> new IllegalStateException("exit step " + stepId + " does not exist"));
  }

  /** The latest completed row of a step, if any. */
  Optional<ContractExitStep> latestDone(long exitId, ExitStep step) {
    List<ContractExitStep> rows = steps.findByExitIdAndStepOrderByRoundAsc(exitId, step);
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (rows.get(i).getState() != ContractExitStep.State.OPEN) {
        return Optional.of(rows.get(i));
      }
    }
    return Optional.empty();
  }

  /** The evidence of a step row as a map (empty when none). */
  public Map<String, Object> evidence(ContractExitStep row) {
    if (row.getEvidence() == null) {
      return Map.of();
    }
    try {
      return json.readValue(row.getEvidence(), MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evidence of exit step " + row.getId() + " is not JSON", e);
    }
  }

  /** Validates a step's checklist for this exit and task without writing anything. */
  public Validation<Object> validate(ExitStep step, ContractExit exit, ContractExitStep row, Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    LocalDate today = EngineClock.today();
    LocalDate started = exit.getRequestedAt().atZone(ZoneOffset.UTC).toLocalDate();
    Object value = switch (step) {
      case FREEZE -> {
        ExitRules.Freeze freeze = ExitRules.checkFreeze(values, today, exit.getAssistanceUntil(), problems);
        if (freeze.successorContractId() != null) {
          successorProblems(exit, freeze.successorContractId()).forEach(problems::add);
        }
        yield freeze;
      }
      case REQUEST_EXPORT -> ExitRules.checkExportRequest(values, started, today, problems);
      case VERIFY_EXPORT -> ExitRules.checkExportVerification(values, requestedItems(exit), problems);
      case DECIDE_CUT_OVER -> ExitRules.checkCutOver(values, today, started, exit.getAssistanceUntil(), problems);
      case CONFIRM_INVENTORY -> ExitRules.checkInventory(values, inventory.entries(exit.getContractId()).size(), problems);
      case REVOKE_ACCESS -> ExitRules.checkRevocation(values, today, problems);
      case REQUEST_DELETION -> {
        ExitRules.DeletionRequest request = ExitRules.checkDeletionRequest(values, started, today, problems);
        problems.addAll(unrevoked(exit));
        yield request;
      }
      case VERIFY_CERTIFICATE -> {
        LocalDate requestedOn = latestDone(exit.getId(), ExitStep.REQUEST_DELETION)
            .map(r -> LocalDate.parse((String) evidence(r).get("requestSentOn"))).orElse(started);
        ExitRules.Certificate c = ExitRules.checkCertificate(values, requestedOn, problems);
        if (c.documentId() != null) {
          certificateProblems(exit, c.documentId(), requestedOn).forEach(problems::add);
        }
        if (c.complete()) {
          problems.addAll(unrevoked(exit));
        }
        yield c;
      }
      default -> throw new IllegalArgumentException(step + " is not a task of the exit");
    };
    return Validation.of(problems.isEmpty() ? value : null, problems);
  }

  private List<String> successorProblems(ContractExit exit, long successorId) {
    if (successorId == exit.getContractId()) {
      return List.of(ExitRules.SUCCESSOR + ": the successor must be another register entry, not the contract we exit");
    }
    Optional<Contract> successor = register.find(successorId);
    if (successor.isEmpty()) {
      return List.of(ExitRules.SUCCESSOR + ": no contract " + successorId + " in the register");
    }
    ContractStatus status = successor.get().getStatus();
    if (status != ContractStatus.ACTIVE) {
      return List.of(ExitRules.SUCCESSOR + ": contract " + successorId + " is " + status + "; a successor must be ACTIVE");
    }
    if (exits.findByOpenContractId(successorId).isPresent()) {
      return List.of(ExitRules.SUCCESSOR + ": contract " + successorId + " is itself being exited");
    }
    return List.of();
  }

  private List<String> certificateProblems(ContractExit exit, long documentId, LocalDate requestedOn) {
    Contract contract = contract(exit);
    Optional<DocumentInfo> document = documents.findInfo(contract.getProcurementId(), documentId);
    if (document.isEmpty()) {
      return List.of(ExitRules.CERTIFICATE_DOCUMENT + ": no document " + documentId + " of procurement "
          + contract.getBusinessKey() + "; upload the certificate to /api/procurements/" + contract.getProcurementId()
          + "/documents first");
    }
    if (document.get().uploadedAt().isBefore(requestedOn.atStartOfDay(ZoneOffset.UTC).toInstant())) {
      return List.of(ExitRules.CERTIFICATE_DOCUMENT + ": document " + documentId + " ('" + document.get().title()
          + "') was uploaded before the deletion request of " + requestedOn + "; it cannot certify this deletion");
    }
    return List.of();
  }

  /**
   * Access the inventory still lists that no revocation confirmed: entries added (or given to
   * another group) after IT confirmed the inventory. The vendor's deletion is neither requested nor
   * certified while any remains; IT revokes it and retires the entry from the inventory.
   */
  public List<String> unrevoked(ContractExit exit) {
    Set<Long> revoked = new java.util.HashSet<>();
    steps.findByExitIdAndStepOrderByRoundAsc(exit.getId(), ExitStep.REVOKE_ACCESS).stream()
        .filter(r -> r.getState() == ContractExitStep.State.DONE && r.getAccessEntryId() != null)
        .forEach(r -> revoked.add(r.getAccessEntryId()));
    return inventory.entries(exit.getContractId()).stream().filter(e -> !revoked.contains(e.getId()))
        .map(e -> "access: " + e.getKind() + " '" + e.getName() + "' (" + e.getOwnerGroup() + ") is in the inventory and"
            + " was never revoked in this exit; IT revokes it and retires it from the access inventory first")
        .toList();
  }

  /** The inventory as IT confirms it: one Markdown list line per active entry. */
  List<String> inventoryLines(ContractExit exit) {
    return inventory.entries(exit.getContractId()).stream().map(e -> "- " + e.getKind() + " **" + e.getName() + "** ("
        + e.getEnvironment() + "), owner group " + e.getOwnerGroup() + (e.getOwner() == null ? "" : ", owner " + e.getOwner()))
        .toList();
  }

  /** The items the latest export request asked for. */
  List<ExitRules.ExportItem> requestedItems(ContractExit exit) {
    return latestDone(exit.getId(), ExitStep.REQUEST_EXPORT).map(r -> {
      Object items = evidence(r).get("items");
      List<ExitRules.ExportItem> result = new ArrayList<>();
      if (items instanceof List<?> list) {
        list.forEach(i -> result.add(ExitRules.ExportItem.valueOf(i.toString())));
      }
      return List.copyOf(result);
    }).orElse(List.of());
  }

  /** What applying a step tells the process. */
  public record Applied(Map<String, Object> variables) {}

  /**
   * Records a validated step: its evidence and outcome on the row, what it decides on the exit, and
   * returns the routing variables the process needs next.
   */
  @Transactional
  public Applied apply(ExitStep step, ContractExit exit, ContractExitStep row, Object validated, String userId) {
    Instant now = EngineClock.now();
    String by = actor(userId);
    Map<String, Object> variables = new LinkedHashMap<>();
    Contract contract = contract(exit);
    switch (step) {
      case FREEZE -> {
        ExitRules.Freeze f = (ExitRules.Freeze) validated;
        exit.frozen(f.plannedCutOver(), f.successorContractId(), f.noSuccessorReason());
        register.freeze(exit.getContractId(), exit.getId(), by);
        row.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("plannedCutOver", f.plannedCutOver(),
            "successorContractId", f.successorContractId(), "noSuccessorReason", f.noSuccessorReason(),
            "usersInformed", true, "assistanceUntil", exit.getAssistanceUntil())), by, now);
        variables.put(ContractExitProcess.CUT_OVER_DUE_AT.getName(), BusinessCalendar.startOf(f.plannedCutOver().plusDays(1)));
      }
      case REQUEST_EXPORT -> {
        ExitRules.ExportRequest r = (ExitRules.ExportRequest) validated;
        Thresholds current = thresholds.forTier(contract.getRiskTier());
        ExitRules.Period window = ExitRules.period(ExitRules.EXPORT_WINDOW, register.obligations(contract.getId()),
            () -> current.getInt(ExitRules.EXPORT_WINDOW));
        LocalDate deadline = r.sentOn().plusDays(window.days());
        exit.exportRequested(window.days(), deadline);
        row.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("items", names(r.items()),
            "fineTunedArtefactsOurs", r.fineTunedOurs(), "format", r.format(), "requestSentOn", r.sentOn(),
            "vendorRequestReference", r.reference(), "exportWindowDays", window.days(), "windowSource", window.source(),
            "deadline", deadline)), by, now);
        variables.put(ContractExitProcess.EXPORT_DUE_AT.getName(), BusinessCalendar.startOf(deadline.plusDays(1)));
        variables.put(ContractExitProcess.EXPORT_REMINDER_AT.getName(), BusinessCalendar.startOf(ExitRules.reminder(
            r.sentOn(), deadline, deadlines.forTier(contract.getRiskTier()).vendorReminderDays())));
      }
      case VERIFY_EXPORT -> {
        ExitRules.ExportVerification v = (ExitRules.ExportVerification) validated;
        if (v.verified()) {
          exit.exportVerified(now);
        }
        row.complete(v.verified() ? ContractExitStep.State.DONE : ContractExitStep.State.FAILED, write(ExitRules.evidence(
            "outcome", v.verified() ? "VERIFIED" : "FAILED", "itemsReceived", names(v.received()),
            "readableInAgreedFormat", v.readable(), "checksums", v.checksums(), "failureReason", v.failureReason())), by, now);
        variables.put(ContractExitProcess.EXPORT_VERIFIED.getName(), v.verified());
        if (!v.verified()) {
          mail.notifyGroup(Groups.PROCUREMENT, "Export failed verification: " + exit.getBusinessKey(),
              "IT could not verify the vendor's export for contract " + exit.getContractId() + " (" + exit.getBusinessKey()
                  + "): " + v.failureReason() + "\n\nThe task \"Request data export\" is open again: send the vendor the reason.");
        }
      }
      case DECIDE_CUT_OVER -> {
        ExitRules.CutOver c = (ExitRules.CutOver) validated;
        if (c.go()) {
          exit.cutOver(c.cutOverOn());
        } else {
          exit.cutOverPostponed(c.newDate());
          variables.put(ContractExitProcess.CUT_OVER_DUE_AT.getName(), BusinessCalendar.startOf(c.newDate().plusDays(1)));
        }
        row.complete(c.go() ? ContractExitStep.State.DONE : ContractExitStep.State.FAILED, write(ExitRules.evidence(
            "decision", c.go() ? "GO" : "NO_GO", "cutOverOn", c.cutOverOn(), "newCutOverDate", c.newDate(),
            "reason", c.reason(), "assistanceUntil", exit.getAssistanceUntil())), by, now);
        variables.put(ContractExitProcess.CUT_OVER_GO.getName(), c.go());
      }
      case CONFIRM_INVENTORY -> {
        List<ContractAccessEntry> entries = inventory.entries(exit.getContractId());
        int round = 1;
        for (ContractAccessEntry e : entries) {
          steps.save(new ContractExitStep(exit.getId(), ExitStep.REVOKE_ACCESS, round++, e.getOwnerGroup(),
              e.getKind() + " " + e.getName() + " (" + e.getEnvironment() + ")", e.getId(), now, null));
        }
        row.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("inventoryComplete", true,
            "entries", entries.size(), "note", validated)), by, now);
        variables.put(ContractExitProcess.ACCESS_ENTRY_COUNT.getName(), entries.size());
      }
      case REVOKE_ACCESS -> {
        ExitRules.Revocation r = (ExitRules.Revocation) validated;
        row.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("revoked", true, "revokedOn", r.revokedOn(),
            "revocationEvidence", r.evidence(), "accessEntryId", row.getAccessEntryId())), by, now);
      }
      case REQUEST_DELETION -> {
        ExitRules.DeletionRequest r = (ExitRules.DeletionRequest) validated;
        Thresholds current = thresholds.forTier(contract.getRiskTier());
        ExitRules.Period period = ExitRules.period(ExitRules.DELETION_DAYS, register.obligations(contract.getId()),
            () -> current.getInt(ExitRules.DELETION_DAYS));
        LocalDate deadline = r.sentOn().plusDays(period.days());
        exit.deletionRequested(period.days(), deadline);
        row.complete(ContractExitStep.State.DONE, write(ExitRules.evidence("deletionScope", names(r.scope()),
            "requestSentOn", r.sentOn(), "vendorRequestReference", r.reference(), "deletionDays", period.days(),
            "periodSource", period.source(), "deadline", deadline)), by, now);
        variables.put(ContractExitProcess.DELETION_DUE_AT.getName(), BusinessCalendar.startOf(deadline.plusDays(1)));
        variables.put(ContractExitProcess.DELETION_REMINDER_AT.getName(), BusinessCalendar.startOf(ExitRules.reminder(
            r.sentOn(), deadline, deadlines.forTier(contract.getRiskTier()).vendorReminderDays())));
      }
      case VERIFY_CERTIFICATE -> {
        ExitRules.Certificate c = (ExitRules.Certificate) validated;
        if (c.complete()) {
          exit.certified(c.documentId(), c.backupsExpireOn());
        }
        List<ExitRules.DeletionScope> missing = ExitRules.uncovered(c.covers());
        row.complete(c.complete() ? ContractExitStep.State.DONE : ContractExitStep.State.FAILED, write(ExitRules.evidence(
            "outcome", c.complete() ? "COMPLETE" : "INCOMPLETE", "certificateDocumentId", c.documentId(),
            "covers", names(c.covers()), "notCovered", names(missing), "backupsExpireOn", c.backupsExpireOn(),
            "missingReason", c.missingReason())), by, now);
        variables.put(ContractExitProcess.CERTIFICATE_COMPLETE.getName(), c.complete());
        if (!c.complete()) {
          mail.notifyGroup(Groups.DATA_GOVERNANCE, "Deletion certificate incomplete: " + exit.getBusinessKey(),
              "The vendor's deletion certificate for contract " + exit.getContractId() + " (" + exit.getBusinessKey()
                  + ") does not cover " + (missing.isEmpty() ? "everything asked" : names(missing))
                  + (c.missingReason() == null ? "" : ": " + c.missingReason())
                  + "\n\nThe task \"Request vendor deletion\" is open again: send it back to the vendor.");
        }
      }
      default -> throw new IllegalArgumentException(step + " is not a task of the exit");
    }
    return new Applied(variables);
  }

  /** A vendor deadline is near: stamps the open verification row and e-mails its owner group to chase the vendor. */
  @Transactional
  public void remind(long exitId, ExitStep step) {
    ContractExit exit = get(exitId);
    openRow(exitId, step).ifPresent(row -> {
      row.reminded(EngineClock.now());
      mail.notifyGroup(step == ExitStep.VERIFY_EXPORT ? Groups.PROCUREMENT : Groups.DATA_GOVERNANCE,
          "Reminder: vendor " + awaited(step) + " due " + deadline(exit, step) + " (" + exit.getBusinessKey() + ")",
          "The vendor's " + awaited(step) + " for contract " + exit.getContractId() + " (" + exit.getBusinessKey()
              + ") is due by " + deadline(exit, step) + " (UTC). Please chase the vendor; the task \"" + step.title()
              + "\" stays open.");
    });
  }

  /** A vendor deadline has passed: stamps the open verification row and e-mails the managers. */
  @Transactional
  public void escalate(long exitId, ExitStep step) {
    ContractExit exit = get(exitId);
    openRow(exitId, step).ifPresent(row -> {
      row.escalated(EngineClock.now());
      mail.notifyGroup(Groups.MANAGERS, "Overdue: vendor " + awaited(step) + " for " + exit.getBusinessKey(),
          "The vendor was to deliver the " + awaited(step) + " for contract " + exit.getContractId() + " ("
              + exit.getBusinessKey() + ") by " + deadline(exit, step) + " (UTC). It has not been verified. The exit"
              + " cannot close until it is; please take it up with the vendor.");
    });
  }

  /** What the vendor owes at a verification step, in words. */
  private static String awaited(ExitStep step) {
    return step == ExitStep.VERIFY_EXPORT ? "export" : "deletion certificate";
  }

  private static LocalDate deadline(ContractExit exit, ExitStep step) {
    return step == ExitStep.VERIFY_EXPORT ? exit.getExportDeadline() : exit.getDeletionDeadline();
  }

  private Optional<ContractExitStep> openRow(long exitId, ExitStep step) {
    return steps.findByExitIdAndStepOrderByRoundAsc(exitId, step).stream()
        .filter(r -> r.getState() == ContractExitStep.State.OPEN).reduce((a, b) -> b);
  }

  /**
   * Closes the exit: the register entry becomes CLOSED, the exit row records the retention and is
   * no longer the running one, and the RETAIN_AND_CLOSE step is written.
   */
  @Transactional
  public ContractExit close(long exitId, int retentionYears, Instant retainUntil, Map<String, Object> retention) {
    ContractExit exit = get(exitId);
    Instant now = EngineClock.now();
    register.close(exit.getContractId(), "system");
    exit.closed(now, retentionYears, retainUntil);
    ContractExitStep row = open(exitId, ExitStep.RETAIN_AND_CLOSE, null, null);
    row.complete(ContractExitStep.State.DONE, write(retention), "system", now);
    return exits.saveAndFlush(exit);
  }

  /** The steps of an exit as recorded, in the order they happened. */
  public List<ContractExitStep> steps(long exitId) {
    return steps.findByExitIdOrderByIdAsc(exitId);
  }

  /** The contract of an exit. */
  public Contract contract(ContractExit exit) {
    return register.find(exit.getContractId())
        .orElseThrow(() -> new IllegalStateException("contract " + exit.getContractId() + " of exit " + exit.getId() + " is gone"));
  }

  /** The inventory entry a revocation row is about, if it still exists. */
  Optional<ContractAccessEntry> accessEntry(ContractExit exit, Long entryId) {
    if (entryId == null) {
      return Optional.empty();
    }
    return inventory.allEntries(exit.getContractId()).stream().filter(e -> entryId.equals(e.getId())).findFirst();
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private String write(Map<String, Object> evidence) {
    try {
      return json.writeValueAsString(evidence);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evidence cannot be written as JSON", e);
    }
  }

  private static String actor(String userId) {
    return userId == null ? "system" : userId;
  }
}
