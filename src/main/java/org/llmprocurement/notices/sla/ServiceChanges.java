package org.llmprocurement.notices.sla;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ExitRequests;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.notification.GroupMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor terminates, suspends or materially changes the service: the change and its notice
 * period, the late-notice breach, the register status, procurement's or legal's exit decision and
 * the managers' e-mails. An exit decision starts the exit runbook (package {@code exit}) through
 * {@link ContractEvent.ExitRequested} with {@link ExitTrigger#SERVICE_CHANGE}; the decision stays on
 * the change's row and the notice's outcome. Rules are {@link ServiceChangeRules}.
 */
@Service
public class ServiceChanges {

  private final ServiceChangeRepository changes;
  private final ContractRegister register;
  private final VendorNotices notices;
  private final VendorBreaches breaches;
  private final GroupMail mail;
  private final ApplicationEventPublisher events;

  ServiceChanges(ServiceChangeRepository changes, ContractRegister register, VendorNotices notices, VendorBreaches breaches,
      GroupMail mail, ApplicationEventPublisher events) {
    this.events = events;
    this.changes = changes;
    this.register = register;
    this.notices = notices;
    this.breaches = breaches;
    this.mail = mail;
  }

  /**
   * Stores the notice's change (idempotent per notice). A termination given with fewer days than
   * the contract's {@code providerTerminationNoticeDays} (counted from the day we received it, UTC)
   * is a LATE_NOTICE breach; a termination moves an ACTIVE entry to NOTICE_GIVEN, since the vendor
   * has given notice whatever we decide.
   *
   * @throws IllegalStateException the notice no longer reads as a service change
   */
  @Transactional
  public ServiceChange record(long noticeId) {
    return changes.findByNoticeId(noticeId).orElseGet(() -> {
      VendorNotice notice = notices.find(noticeId)
          .orElseThrow(() -> new IllegalArgumentException("vendor notice " + noticeId + " does not exist"));
      Contract contract = contract(notice.getContractId());
      List<String> problems = new ArrayList<>();
      ServiceChangeRules.Notice read = ServiceChangeRules.read(notice.payload(), contract.getSurfaces(), problems);
      if (read == null) {
        throw new IllegalStateException("notice " + noticeId + " no longer reads as a service change: " + problems);
      }
      LocalDate receivedOn = notice.getReceivedAt().atZone(ZoneOffset.UTC).toLocalDate();
      ServiceChange change = changes.saveAndFlush(new ServiceChange(contract.getId(), noticeId, read, receivedOn,
          contract.getProviderTerminationNoticeDays(), contract.getStatus(), EngineClock.now()));
      if (change.isLateNotice()) {
        breaches.record(contract.getId(), BreachKind.LATE_NOTICE, noticeId, "Termination effective " + change.getEffectiveOn()
            + " notified on " + receivedOn + ": " + change.getNoticeDays() + " days of notice where the contract requires "
            + change.getContractedNoticeDays(), notice.getReceivedAt());
      }
      if (change.getChange() == ServiceChangeRules.Change.TERMINATION && contract.getStatus() == ContractStatus.ACTIVE) {
        register.changeStatus(contract.getId(), ContractStatus.NOTICE_GIVEN);
      }
      return change;
    });
  }

  /** Due date of the exit decision: 00:00 UTC of the effective day, or of tomorrow when that day has come. */
  public Date decisionDueAt(ServiceChange change) {
    LocalDate tomorrow = EngineClock.today().plusDays(1);
    LocalDate due = change.getEffectiveOn().isBefore(tomorrow) ? tomorrow : change.getEffectiveOn();
    return Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The view "Decide exit" reads. */
  @Transactional(readOnly = true)
  public Map<String, Object> view(long changeId) {
    ServiceChange c = get(changeId);
    Contract contract = contract(c.getContractId());
    String words = switch (c.getChange()) {
      case TERMINATION -> "The vendor terminates";
      case SUSPENSION -> "The vendor suspends";
      case MATERIAL_CHANGE -> "The vendor materially changes";
    };
    String noticeSummary = c.getChange() == ServiceChangeRules.Change.TERMINATION
        ? "Notice given: " + c.getNoticeDays() + " days; the contract requires " + c.getContractedNoticeDays()
            + (c.isLateNotice() ? " (late: recorded as a vendor breach)." : ".")
        : "Notified on " + c.getReceivedOn() + ".";
    return Map.of("changeTitle", words + " " + contract.getProduct() + " (" + contract.getContractReference() + ", "
            + contract.getBusinessKey() + ")",
        "changeDescription", c.getDescription(),
        "effectiveOn", c.getEffectiveOn().toString(),
        "affectedSurfaces", c.getSurfaces().isEmpty() ? "all of the contract's" : c.getSurfaces().toString(),
        "noticeSummary", noticeSummary);
  }

  /** Checks "Decide exit" without writing anything. */
  public Validation<ServiceChangeRules.Decision> validate(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    return Validation.of(ServiceChangeRules.validate(values, problems), problems);
  }

  /**
   * Records the decision and settles the notice with it. EXIT starts the exit: the exit runbook is
   * requested in this transaction ({@link ContractEvent.ExitRequested}, {@link ExitTrigger#SERVICE_CHANGE},
   * the decision's reason, by the deciding user).
   */
  @Transactional
  public ServiceChange decide(long changeId, ServiceChangeRules.Decision decision, String userId) {
    ServiceChange c = get(changeId);
    c.decide(decision, userId, EngineClock.now());
    boolean exit = decision.decision() == ServiceChangeRules.ExitDecision.EXIT;
    notices.settle(c.getNoticeId(), (exit ? "Exit decided" : "Continue with the changed service") + " (" + userId + "): "
        + decision.reason() + (exit ? ". The exit runbook started." : ""));
    if (exit) {
      events.publishEvent(ExitRequests.of(contract(c.getContractId()), ExitTrigger.SERVICE_CHANGE, decision.reason(), userId));
    }
    return c;
  }

  /**
   * An exit was decided: the managers are e-mailed that the exit runbook started (it was requested
   * with the decision); the decision stands on the change's row and the notice's outcome.
   */
  @Transactional(readOnly = true)
  public void recordExit(long changeId) {
    ServiceChange c = get(changeId);
    Contract contract = contract(c.getContractId());
    mail.notifyGroup(Groups.MANAGERS, "Exit decided: " + contract.getProduct() + " (" + contract.getContractReference() + ")",
        "After the vendor's " + c.getChange() + " notice (effective " + c.getEffectiveOn() + "), " + c.getDecidedBy()
            + " decided to exit contract " + contract.getContractReference() + " (" + contract.getBusinessKey() + ").\n\nReason: "
            + c.getExitReason() + "\n\nThe exit runbook started: its steps (freeze, export, revocation, deletion, close)"
            + " and their owners are at GET /api/contracts/" + contract.getId() + "/exit.");
  }

  /** The change takes effect undecided: the managers are e-mailed; the task stays open. */
  @Transactional
  public void escalate(long changeId) {
    ServiceChange c = get(changeId);
    Contract contract = contract(c.getContractId());
    c.escalated(EngineClock.now());
    mail.notifyGroup(Groups.MANAGERS, "Exit decision overdue: " + contract.getProduct() + " (" + contract.getContractReference() + ")",
        "The vendor's " + c.getChange() + " of " + contract.getProduct() + " takes effect on " + c.getEffectiveOn()
            + " and procurement and legal have not decided whether we exit.\n\n" + c.getDescription());
  }

  @Transactional(readOnly = true)
  public ServiceChange get(long changeId) {
    return changes.findById(changeId)
        .orElseThrow(() -> new IllegalArgumentException("service change " + changeId + " does not exist"));
  }

  /** The contract's service changes, oldest first. */
  @Transactional(readOnly = true)
  public List<ServiceChange> ofContract(long contractId) {
    return changes.findByContractIdOrderByIdAsc(contractId);
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
  }
}
