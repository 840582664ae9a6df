package org.llmprocurement.notices.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.llmprocurement.engine.AfterCommit;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.notification.MailGateway;
import org.llmprocurement.notification.Notification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Harmful output and quality regressions our teams report: the report, the business owner who
 * decides with IT (the procurement's requester, the person who asked for the use case), the
 * decision, the e-mail on a suspension, and the vendor's remediation: confirmed, or escalated with a
 * missed-deadline breach. Rules are {@link HarmfulOutputRules}.
 */
@Service
public class HarmfulOutputReports {

  private final HarmfulOutputReportRepository reports;
  private final ContractRegister register;
  private final IntakeService intake;
  private final VendorNotices notices;
  private final GroupMail mail;
  private final MailGateway gateway;
  private final IdentityService identity;
  private final VendorBreaches breaches;

  HarmfulOutputReports(HarmfulOutputReportRepository reports, ContractRegister register, IntakeService intake,
      VendorNotices notices, GroupMail mail, MailGateway gateway, IdentityService identity, VendorBreaches breaches) {
    this.breaches = breaches;
    this.gateway = gateway;
    this.identity = identity;
    this.reports = reports;
    this.register = register;
    this.intake = intake;
    this.notices = notices;
    this.mail = mail;
  }

  /**
   * Stores the notice's report (idempotent per notice) with the business owner.
   *
   * @throws IllegalStateException the notice no longer reads as a report for its contract
   */
  @Transactional
  public HarmfulOutputReport record(long noticeId) {
    return reports.findByNoticeId(noticeId).orElseGet(() -> {
      VendorNotice notice = notices.find(noticeId)
          .orElseThrow(() -> new IllegalArgumentException("vendor notice " + noticeId + " does not exist"));
      Contract contract = contract(notice.getContractId());
      List<String> problems = new ArrayList<>();
      HarmfulOutputRules.Report report = HarmfulOutputRules.read(notice.payload(), contract.getSurfaces(),
          notice.getReceivedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), problems);
      if (report == null) {
        throw new IllegalStateException("notice " + noticeId + " no longer reads as a harmful output report: " + problems);
      }
      Procurement procurement = intake.get(contract.getProcurementId());
      HarmfulOutputReport saved = reports.saveAndFlush(new HarmfulOutputReport(contract.getId(), noticeId, procurement.getId(),
          report, procurement.getRequester(), EngineClock.now()));
      tellBusinessOwner(saved, contract);
      return saved;
    });
  }

  /**
   * The business owner may have no Tasklist access (a requester outside the working groups): they
   * are e-mailed that IT will decide with them, after commit.
   */
  private void tellBusinessOwner(HarmfulOutputReport r, Contract contract) {
    String email = SystemAccess.withoutAuthorization(identity, () -> {
      User owner = identity.createUserQuery().userId(r.getBusinessOwner()).singleResult();
      return owner == null ? null : owner.getEmail();
    });
    if (email == null || email.isBlank()) {
      return;
    }
    Notification notice = new Notification(List.of(email), "Your decision is needed: " + r.getKind() + " on "
        + contract.getProduct() + " (" + contract.getBusinessKey() + ")", "Our teams reported " + r.getKind() + " on "
        + r.getSurface() + ", observed " + r.getObservedOn() + ":\n" + r.getDescription() + "\n\nAs the business owner of the"
        + " use case you decide with IT whether it is suspended while the risk is looked into, and what the vendor must"
        + " remedy by when (task \"Decide use case suspension\", offered to you and to IT).");
    AfterCommit.run(() -> gateway.send(notice));
  }

  /** The view "Decide use case suspension" reads. */
  @Transactional(readOnly = true)
  public Map<String, Object> view(long reportId) {
    HarmfulOutputReport r = get(reportId);
    Contract contract = contract(r.getContractId());
    Procurement procurement = intake.get(r.getProcurementId());
    VendorNotice notice = notices.find(r.getNoticeId()).orElseThrow();
    return Map.of(
        "reportTitle", (r.getKind() == HarmfulOutputRules.Kind.HARMFUL_OUTPUT ? "Harmful output" : "Quality regression")
            + " on " + r.getSurface() + ", " + contract.getProduct() + " (" + contract.getBusinessKey() + ")",
        "reportDescription", r.getDescription(),
        "reportExamples", r.getExamples() == null ? "" : "Examples: " + r.getExamples(),
        "reportedBy", (notice.getRecordedBy() == null ? "?" : notice.getRecordedBy()) + " (" + notice.getRecordedFromEmail() + ")",
        "observedOn", r.getObservedOn().toString(),
        "businessOwner", r.getBusinessOwner(),
        "businessOwnerName", procurement.getBusinessOwner());
  }

  /** Checks the decision of {@code userId} without writing anything. */
  @Transactional(readOnly = true)
  public Validation<HarmfulOutputRules.Decision> validate(long reportId, Map<String, Object> values, String userId) {
    List<String> problems = new ArrayList<>();
    return Validation.of(HarmfulOutputRules.validate(values, EngineClock.today(), userId, get(reportId).getBusinessOwner(),
        problems), problems);
  }

  /** Records the decision and settles the notice with it. */
  @Transactional
  public HarmfulOutputReport decide(long reportId, HarmfulOutputRules.Decision decision, String userId) {
    HarmfulOutputReport r = get(reportId);
    r.decide(decision, userId, EngineClock.now());
    notices.settle(r.getNoticeId(), (decision.suspension() == HarmfulOutputRules.Suspension.SUSPEND ? "Use case suspended"
        : "Use case continues") + " (" + userId + "): " + decision.reason() + ". Remediation asked of the vendor by "
        + decision.remediationDeadline() + ": " + decision.remediationRequest());
    return r;
  }

  /** The use case is suspended: IT and the managers are e-mailed. */
  @Transactional(readOnly = true)
  public void notifySuspension(long reportId) {
    HarmfulOutputReport r = get(reportId);
    Contract contract = contract(r.getContractId());
    String subject = "Use case suspended: " + contract.getProduct() + " (" + contract.getBusinessKey() + ")";
    String body = r.getKind() + " on " + r.getSurface() + ", observed " + r.getObservedOn() + ":\n" + r.getDescription()
        + "\n\nSuspended by " + r.getDecidedBy() + ": " + r.getSuspensionReason() + "\nRemediation asked of the vendor by "
        + r.getRemediationDeadline() + ": " + r.getRemediationRequest();
    mail.notifyGroup(Groups.IT, subject, body);
    mail.notifyGroup(Groups.MANAGERS, subject, body);
  }

  /** Checks a remediation confirmation without writing anything. */
  public Validation<String> validateRemediation(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    return Validation.of(HarmfulOutputRules.validateRemediation(values, problems), problems);
  }

  /** Records the vendor's remediation as confirmed (late when after the deadline; the dates tell). */
  @Transactional
  public HarmfulOutputReport confirmRemediation(long reportId, String note, String userId) {
    HarmfulOutputReport r = get(reportId);
    r.remediated(note, userId, EngineClock.now());
    return r;
  }

  /**
   * The remediation deadline passed unconfirmed: a MISSED_DEADLINE vendor breach, and the managers
   * and IT are e-mailed; the confirmation task stays open.
   */
  @Transactional
  public void missedRemediation(long reportId) {
    HarmfulOutputReport r = get(reportId);
    Contract contract = contract(r.getContractId());
    r.remediationEscalated(EngineClock.now());
    breaches.record(r.getContractId(), BreachKind.MISSED_DEADLINE, r.getNoticeId(), "Remediation of " + r.getKind() + " on "
        + r.getSurface() + " not confirmed by its deadline " + r.getRemediationDeadline() + ": " + r.getRemediationRequest(),
        EngineClock.now());
    String subject = "Remediation overdue: " + contract.getProduct() + " (" + contract.getBusinessKey() + ")";
    String body = "The vendor was asked by " + r.getDecidedBy() + " to remedy " + r.getKind() + " on " + r.getSurface()
        + " by " + r.getRemediationDeadline() + ":\n" + r.getRemediationRequest() + "\n\nNo remediation has been confirmed."
        + " The use case is " + (r.getSuspension() == HarmfulOutputRules.Suspension.SUSPEND ? "suspended." : "in use.");
    mail.notifyGroup(Groups.MANAGERS, subject, body);
    mail.notifyGroup(Groups.IT, subject, body);
  }

  @Transactional(readOnly = true)
  public HarmfulOutputReport get(long reportId) {
    return reports.findById(reportId)
        .orElseThrow(() -> new IllegalArgumentException("harmful output report " + reportId + " does not exist"));
  }

  /** The contract's reports, oldest first. */
  @Transactional(readOnly = true)
  public List<HarmfulOutputReport> ofContract(long contractId) {
    return reports.findByContractIdOrderByIdAsc(contractId);
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
  }
}
