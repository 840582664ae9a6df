package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion requests during the term: validates and records a request with its deadline (the
 * contract's {@code deletionOnRequestDays} obligation, else the current thresholds at the contract's
 * current tier) and reminder date ({@code deletionReminderBusinessDays} business days before),
 * records reminders and escalations with their e-mails, and the vendor's confirmation. Access rules
 * are the callers' (the start guard, {@link DataDeletionController}, the task guard).
 */
@Service
public class DataDeletionRequests {

  /** Statuses in which a request still waits for the vendor. */
  static final EnumSet<DeletionStatus> WAITING = EnumSet.of(DeletionStatus.OPEN, DeletionStatus.OVERDUE);

  private final DataDeletionRequestRepository requests;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final BusinessCalendar calendar;
  private final DocumentService documents;
  private final GroupMail groupMail;

  DataDeletionRequests(DataDeletionRequestRepository requests, ContractRegister register, ThresholdService thresholds,
      BusinessCalendar calendar, DocumentService documents, GroupMail groupMail) {
    this.requests = requests;
    this.register = register;
    this.thresholds = thresholds;
    this.calendar = calendar;
    this.documents = documents;
    this.groupMail = groupMail;
  }

  /** A valid request: the register entry and the request's fields. */
  public record Request(Contract contract, DeletionRules.RequestInput input) {}

  /**
   * Validates a request without writing anything: its fields ({@link DeletionRules#readRequest}),
   * the contract exists and is still in force (not terminated or expired), and no request for a
   * data set of the same name (case and blanks ignored) is still waiting for the vendor.
   */
  public Validation<Request> validate(Map<String, Object> values) {
    DeletionRules.ReadResult read = DeletionRules.readRequest(values);
    List<String> problems = new ArrayList<>(read.problems());
    Long contractId = DeletionRules.wholeNumber(DeletionRules.CONTRACT_ID, values.get(DeletionRules.CONTRACT_ID), new ArrayList<>());
    Contract contract = null;
    if (contractId != null) {
      contract = register.find(contractId).orElse(null);
      if (contract == null) {
        problems.add(DeletionRules.CONTRACT_ID + ": no contract " + contractId + " in the register");
      } else {
        problems.addAll(conflicts(contract, values.get(DeletionRules.DATA_SET_NAME)));
      }
    }
    return Validation.of(problems.isEmpty() ? new Request(contract, read.input()) : null, problems);
  }

  /**
   * Why the contract cannot take this request now, naming the field: it has ended, or a request for
   * the same data set still waits; empty when nothing conflicts.
   */
  public List<String> conflicts(Contract contract, Object dataSetName) {
    List<String> problems = new ArrayList<>();
    if (contract.getStatus().isEnded()) {
      problems.add(DeletionRules.CONTRACT_ID + ": contract " + contract.getId() + " is " + contract.getStatus()
          + "; deletion after the term belongs to the exit");
    }
    if (dataSetName instanceof String name && !name.isBlank() && requests.existsByContractIdAndDataSetNameKeyAndStatusIn(
        contract.getId(), DataDeletionRequest.nameKey(name), WAITING)) {
      problems.add(DeletionRules.DATA_SET_NAME + ": a request to delete '" + name.strip() + "' under contract "
          + contract.getId() + " is still waiting for the vendor");
    }
    return problems;
  }

  /** The deadline and reminder date of a request on this contract made today (engine clock, UTC). */
  public DeletionRules.Schedule scheduleFor(Contract contract) {
    Thresholds current = thresholds.forTier(contract.getRiskTier());
    DeletionRules.Period period = DeletionRules.period(register.obligations(contract.getId()),
        () -> current.getInt(DeletionRules.DELETION_DAYS));
    return DeletionRules.schedule(EngineClock.today(), period, current.getInt(DeletionRules.REMINDER_BUSINESS_DAYS), calendar);
  }

  /** Records a validated request started as the process instance; returns the row. */
  @Transactional
  public DataDeletionRequest record(Request request, String userId, String processInstanceId) {
    Contract contract = request.contract();
    return requests.saveAndFlush(new DataDeletionRequest(contract.getId(), contract.getProcurementId(),
        contract.getBusinessKey(), processInstanceId, request.input(), userId == null ? "system" : userId,
        EngineClock.now(), scheduleFor(contract)));
  }

  /** The request, or an exception naming it. */
  public DataDeletionRequest get(long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("deletion request " + requestId + " does not exist"));
  }

  public Optional<DataDeletionRequest> ofProcessInstance(String processInstanceId) {
    return requests.findByProcessInstanceId(processInstanceId);
  }

  /** The contract's requests, oldest first. */
  public List<DataDeletionRequest> ofContract(long contractId) {
    return requests.findByContractIdOrderByIdAsc(contractId);
  }

  /**
   * Reminder date reached: records the reminder and e-mails data governance to chase the vendor
   * (after commit). Nothing happens to a request already confirmed.
   */
  @Transactional
  public void remind(long requestId) {
    DataDeletionRequest request = get(requestId);
    if (request.getStatus() == DeletionStatus.CONFIRMED) {
      return;
    }
    request.reminded(EngineClock.now());
    notifyGroup(org.llmprocurement.identity.Groups.DATA_GOVERNANCE,
        "Reminder: chase the vendor's deletion of '" + request.getDataSetName() + "' (" + request.getBusinessKey() + ")",
        "The vendor must delete the data set '" + request.getDataSetName() + "' of contract " + request.getContractId()
            + " (" + request.getBusinessKey() + ") by " + request.getDeadline() + " (UTC), including backups and derived"
            + " artefacts such as embeddings and caches.\nPlease chase the vendor for its deletion confirmation and close"
            + " the task \"Confirm vendor deletion\" once it is uploaded.");
  }

  /**
   * Deadline passed: marks the request overdue and e-mails the managers (after commit). The task
   * stays open for the late confirmation. Nothing happens to a request already confirmed.
   */
  @Transactional
  public void escalate(long requestId) {
    DataDeletionRequest request = get(requestId);
    if (request.getStatus() == DeletionStatus.CONFIRMED) {
      return;
    }
    request.escalated(EngineClock.now());
    notifyGroup(org.llmprocurement.identity.Groups.MANAGERS,
        "Overdue: vendor deletion of '" + request.getDataSetName() + "' (" + request.getBusinessKey() + ")",
        "The vendor was to delete the data set '" + request.getDataSetName() + "' of contract " + request.getContractId()
            + " (" + request.getBusinessKey() + ") by " + request.getDeadline() + " (UTC; " + request.getDeletionDays()
            + " days after the request of " + request.getRequestedBy() + "). No deletion confirmation has been recorded.\n"
            + "Data governance's task \"Confirm vendor deletion\" stays open; please take it up with the vendor.");
  }

  /**
   * Problems with a confirmation of this request: the coverage ({@link DeletionRules#coverageProblems})
   * and the document, which must be one of the contract's procurement documents uploaded at or
   * after the request (the vendor's confirmation, not an earlier paper). Writes nothing.
   */
  public Validation<Long> validateConfirmation(long requestId, Map<String, Object> values) {
    DataDeletionRequest request = get(requestId);
    List<String> problems = new ArrayList<>();
    Long documentId = DeletionRules.wholeNumber(DeletionRules.DOCUMENT_ID, values.get(DeletionRules.DOCUMENT_ID), problems);
    if (documentId != null) {
      Optional<DocumentInfo> document = documents.findInfo(request.getProcurementId(), documentId);
      if (document.isEmpty()) {
        problems.add(DeletionRules.DOCUMENT_ID + ": no document " + documentId + " of procurement " + request.getBusinessKey()
            + "; procurement uploads the vendor's deletion confirmation to /api/procurements/" + request.getProcurementId()
            + "/documents");
      } else if (document.get().uploadedAt().isBefore(request.getRequestedAt())) {
        problems.add(DeletionRules.DOCUMENT_ID + ": document " + documentId + " ('" + document.get().title() + "') was uploaded on "
            + document.get().uploadedAt() + ", before the request of " + request.getRequestedAt()
            + "; it cannot confirm this deletion");
      }
    }
    problems.addAll(DeletionRules.coverageProblems(values));
    return Validation.of(problems.isEmpty() ? documentId : null, problems);
  }

  /** Records a validated confirmation: the request is closed as CONFIRMED. */
  @Transactional
  public void confirm(long requestId, long documentId, String note, String userId) {
    get(requestId).confirm(documentId, note == null || note.isBlank() ? null : note.strip(),
        userId == null ? "system" : userId, EngineClock.now());
  }

  private void notifyGroup(String group, String subject, String body) {
    groupMail.notifyGroup(group, subject, body);
  }
}
