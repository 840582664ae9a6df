package org.llmprocurement.notices.change;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ExitRequests;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.notification.GroupMail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles model, subprocessor and region change notices for their processes: opens a
 * {@link VendorChange} with the comparison against the register, the advance-notice finding (a
 * LATE_NOTICE or UNANNOUNCED_CHANGE breach) and the window; records assessments, decisions and
 * what follows them; amends the register on acceptance; settles the notice when decided; mails the
 * groups concerned (after commit). Rules are in {@link ModelChanges}, {@link SubprocessorChanges},
 * {@link RegionChanges}, {@link ChangeWindows} and {@link ChangeDecisions}.
 */
@Service
public class ChangeNotices {

  /** The groups that assess a model change's impact, one task each. */
  public static final List<String> MODEL_ASSESSING_GROUPS = List.of(Groups.IT, Groups.DATA_GOVERNANCE);

  static final String MODEL_NOTICE_DAYS = "modelChangeNoticeDays";
  static final String VALIDATION_WINDOW_DAYS = "validationWindowDays";
  static final String SUBPROCESSOR_NOTICE_DAYS = "subprocessorNoticeDays";
  static final String SUBPROCESSOR_OBJECTION_DAYS = "subprocessorObjectionDays";
  static final String REGION_NOTICE_DAYS = "regionChangeNoticeDays";
  static final String VENDOR_RESPONSE_DAYS = "vendorResponseDays";

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final VendorChangeRepository changes;
  private final VendorChangeAssessmentRepository assessments;
  private final VendorNotices notices;
  private final VendorBreaches breaches;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final BusinessCalendar calendar;
  private final GroupMail mail;
  private final ApplicationEventPublisher events;

  ChangeNotices(VendorChangeRepository changes, VendorChangeAssessmentRepository assessments, VendorNotices notices,
      VendorBreaches breaches, ContractRegister register, ThresholdService thresholds, BusinessCalendar calendar,
      GroupMail mail, ApplicationEventPublisher events) {
    this.events = events;
    this.changes = changes;
    this.assessments = assessments;
    this.notices = notices;
    this.breaches = breaches;
    this.register = register;
    this.thresholds = thresholds;
    this.calendar = calendar;
    this.mail = mail;
  }

  // ---- opening: comparison, notice finding, window ----------------------------------------------

  /**
   * Opens a model change: compares it with the pinned models, records a breach for late or missing
   * notice ({@code modelChangeNoticeDays}) and opens the validation window
   * ({@code validationWindowDays}). Opening the same notice again returns the first row.
   *
   * @throws IllegalStateException when the notice does not exist, is of another type or its payload
   *     no longer reads (it was validated when stored)
   */
  @Transactional
  public VendorChange openModelChange(long noticeId, String processInstanceId) {
    Optional<VendorChange> open = changes.findByNoticeId(noticeId);
    if (open.isPresent()) {
      return open.get();
    }
    VendorNotice notice = notice(noticeId, NoticeType.MODEL_CHANGE);
    Contract contract = contract(notice.getContractId());
    ModelChanges.ModelChange change = model(notice);
    ModelChanges.Comparison comparison = ModelChanges.compare(change, contract.getModels());
    ChangeWindows.Notice finding = ChangeWindows.noticeFinding(change.announcedAt(), change.effectiveDate(),
        change.discoveredWithoutNotice(), period(contract, List.of(MODEL_NOTICE_DAYS), MODEL_NOTICE_DAYS));
    VendorChange row = new VendorChange(noticeId, contract.getId(), contract.getBusinessKey(), NoticeType.MODEL_CHANGE,
        processInstanceId, ModelChangeHandler.subject(change), findings(comparison.findings()), comparison.flagged(), finding,
        EngineClock.now());
    ChangeWindows.Period window = period(contract, List.of(VALIDATION_WINDOW_DAYS), VALIDATION_WINDOW_DAYS);
    row.window(window, ChangeWindows.validationWindowEnd(received(notice), change.effectiveDate(), window));
    recordNoticeBreach(notice, finding, "Model change '" + row.getSubject() + "'", change.announcedAt());
    return changes.saveAndFlush(row);
  }

  /**
   * Opens a subprocessor change: compares it with the register's list, records a breach for late
   * or missing notice ({@code subprocessorNoticeDays}) and opens the objection window
   * ({@code subprocessorObjectionDays}, else {@code subprocessorNoticeDays}). Idempotent per notice.
   */
  @Transactional
  public VendorChange openSubprocessorChange(long noticeId, String processInstanceId) {
    Optional<VendorChange> open = changes.findByNoticeId(noticeId);
    if (open.isPresent()) {
      return open.get();
    }
    VendorNotice notice = notice(noticeId, NoticeType.SUBPROCESSOR_CHANGE);
    Contract contract = contract(notice.getContractId());
    SubprocessorChanges.SubprocessorChange change = subprocessor(notice);
    SubprocessorChanges.Comparison comparison = SubprocessorChanges.compare(change, contract.getSubprocessors());
    ChangeWindows.Notice finding = ChangeWindows.noticeFinding(change.announcedAt(), change.effectiveDate(),
        change.discoveredWithoutNotice(), period(contract, List.of(SUBPROCESSOR_NOTICE_DAYS), SUBPROCESSOR_NOTICE_DAYS));
    VendorChange row = new VendorChange(noticeId, contract.getId(), contract.getBusinessKey(), NoticeType.SUBPROCESSOR_CHANGE,
        processInstanceId, SubprocessorChangeHandler.subject(change), findings(comparison.findings()), comparison.flagged(),
        finding, EngineClock.now());
    ChangeWindows.Period window = period(contract, List.of(SUBPROCESSOR_OBJECTION_DAYS, SUBPROCESSOR_NOTICE_DAYS),
        SUBPROCESSOR_NOTICE_DAYS);
    row.window(window, ChangeWindows.objectionWindowEnd(received(notice), window));
    recordNoticeBreach(notice, finding, "Subprocessor change '" + row.getSubject() + "'", change.announcedAt());
    return changes.saveAndFlush(row);
  }

  /**
   * Opens a region change: checks each named data type's new regions against the contract's data
   * locations and records a breach for late or missing notice ({@code regionChangeNoticeDays}).
   * The OUT_OF_REGION breach is recorded once data governance has confirmed it. Idempotent per notice.
   */
  @Transactional
  public VendorChange openRegionChange(long noticeId, String processInstanceId) {
    Optional<VendorChange> open = changes.findByNoticeId(noticeId);
    if (open.isPresent()) {
      return open.get();
    }
    VendorNotice notice = notice(noticeId, NoticeType.REGION_CHANGE);
    Contract contract = contract(notice.getContractId());
    RegionChanges.RegionChange change = region(notice);
    RegionChanges.Residency residency = RegionChanges.check(change, contract.getDataLocations());
    ChangeWindows.Notice finding = ChangeWindows.noticeFinding(change.announcedAt(), change.effectiveDate(),
        change.discoveredWithoutNotice(), period(contract, List.of(REGION_NOTICE_DAYS), REGION_NOTICE_DAYS));
    VendorChange row = new VendorChange(noticeId, contract.getId(), contract.getBusinessKey(), NoticeType.REGION_CHANGE,
        processInstanceId, RegionChangeHandler.subject(change), residency.describe(), !residency.withinContract(), finding,
        EngineClock.now());
    row.outsideRegions(!residency.withinContract());
    recordNoticeBreach(notice, finding, "Region change '" + row.getSubject() + "'", change.announcedAt());
    return changes.saveAndFlush(row);
  }

  private void recordNoticeBreach(VendorNotice notice, ChangeWindows.Notice finding, String what, Instant announcedAt) {
    if (!finding.breach()) {
      return;
    }
    BreachKind kind = finding.finding() == ChangeWindows.NoticeFinding.LATE_NOTICE ? BreachKind.LATE_NOTICE
        : BreachKind.UNANNOUNCED_CHANGE;
    breaches.record(notice.getContractId(), kind, notice.getId(), what + ": " + finding.describe(),
        announcedAt != null ? announcedAt : notice.getReceivedAt());
  }

  private ChangeWindows.Period period(Contract contract, List<String> codes, String thresholdKey) {
    Thresholds current = thresholds.forTier(contract.getRiskTier());
    return ChangeWindows.period(register.obligations(contract.getId()), codes, thresholdKey,
        () -> current.has(thresholdKey) ? current.getInt(thresholdKey) : 30);
  }

  private static LocalDate received(VendorNotice notice) {
    return notice.getReceivedAt().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String findings(List<String> findings) {
    return findings.isEmpty() ? "Matches the register" : String.join("\n", findings);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The change, or an exception naming it. */
  public VendorChange get(long changeId) {
    return changes.findById(changeId).orElseThrow(() -> new IllegalStateException("vendor change " + changeId + " does not exist"));
  }

  public Optional<VendorChange> ofNotice(long noticeId) {
    return changes.findByNoticeId(noticeId);
  }

  /** The contract's change notices as handled, oldest first. */
  public List<VendorChange> ofContract(long contractId) {
    return changes.findByContractIdOrderByIdAsc(contractId);
  }

  /** The model change's assessments, in the order given. */
  public List<VendorChangeAssessment> assessments(long changeId) {
    return assessments.findByChangeIdOrderByIdAsc(changeId);
  }

  /** The model change as the notice announced it. */
  public ModelChanges.ModelChange modelChange(long changeId) {
    return model(notice(get(changeId).getNoticeId(), NoticeType.MODEL_CHANGE));
  }

  /** The subprocessor change as the notice announced it. */
  public SubprocessorChanges.SubprocessorChange subprocessorChange(long changeId) {
    return subprocessor(notice(get(changeId).getNoticeId(), NoticeType.SUBPROCESSOR_CHANGE));
  }

  /** The region change's data types outside the contract's regions as the register stands now, in words. */
  public List<String> outsideRegions(long changeId) {
    VendorChange row = get(changeId);
    RegionChanges.RegionChange change = region(notice(row.getNoticeId(), NoticeType.REGION_CHANGE));
    return RegionChanges.check(change, contract(row.getContractId()).getDataLocations()).outside().stream()
        .map(RegionChanges.Outside::describe).toList();
  }

  // ---- assessing and deciding ----------------------------------------------------------------

  /** Records one group's assessment of a model change. */
  @Transactional
  public void assess(long changeId, String group, ChangeDecisions.Assessment assessment, String userId) {
    if (!assessments.existsByChangeIdAndAssessingGroup(changeId, group)) {
      assessments.saveAndFlush(new VendorChangeAssessment(changeId, group, assessment, user(userId), EngineClock.now()));
    }
  }

  /**
   * Records the decision and settles the notice with it. A region change decided EXIT (data outside
   * the contract's regions, a breach) starts the exit: the exit runbook is requested in this
   * transaction ({@link ContractEvent.ExitRequested}, {@link ExitTrigger#BREACH_TERMINATION}, the
   * decision's reason, by the deciding user).
   *
   * @param decision a {@link ChangeDecisions.ModelDecision}, {@link ChangeDecisions.SubprocessorDecision} or
   *     {@link ChangeDecisions.RegionDecision}
   */
  @Transactional
  public void decide(long changeId, Enum<?> decision, String reason, String userId) {
    VendorChange row = get(changeId);
    row.decide(decision.name(), reason, user(userId), EngineClock.now());
    boolean exit = decision == ChangeDecisions.RegionDecision.EXIT;
    notices.settle(row.getNoticeId(), outcome(row) + (exit ? ". The exit runbook started." : ""));
    if (exit) {
      events.publishEvent(ExitRequests.of(contract(row.getContractId()), ExitTrigger.BREACH_TERMINATION, reason, userId));
    }
  }

  /** The notice's outcome: the decision, who took it, why. */
  static String outcome(VendorChange row) {
    return row.getDecision() + " (" + row.getSubject() + ") by " + row.getDecidedBy() + ": " + row.getDecisionReason();
  }

  /**
   * Accepted model change: amends the register with the model pinned at the new version; nothing
   * (said in the notice's outcome) when the change names no new version, the model is not pinned or
   * the contract has ended.
   */
  @Transactional
  public void pinNewVersion(long changeId) {
    VendorChange row = get(changeId);
    ModelChanges.ModelChange change = modelChange(changeId);
    Contract contract = contract(row.getContractId());
    ModelChanges.Comparison comparison = ModelChanges.compare(change, contract.getModels());
    List<PinnedModel> after = ModelChanges.pinNewVersion(contract.getModels(), change, comparison);
    if (after.equals(contract.getModels()) || contract.getStatus().isEnded()) {
      notices.settle(row.getNoticeId(), outcome(row) + ". The register is unchanged: "
          + (contract.getStatus().isEnded() ? "the contract is " + contract.getStatus()
              : comparison.match() == ModelChanges.Match.NOT_PINNED ? "the model is not pinned" : "the change names no new version"));
      return;
    }
    Contract amended = register.amend(row.getContractId(), Map.of("models", plain(after)),
        reason("Model change accepted", row), row.getDecidedBy());
    row.amended(amended.getVersion());
  }

  /**
   * Accepted subprocessor change: amends the register's list; nothing (said in the notice's outcome)
   * when the list already says so or the contract has ended.
   */
  @Transactional
  public void updateSubprocessors(long changeId) {
    VendorChange row = get(changeId);
    Contract contract = contract(row.getContractId());
    List<Subprocessor> after = SubprocessorChanges.compare(subprocessorChange(changeId), contract.getSubprocessors()).after();
    if (after.equals(contract.getSubprocessors()) || contract.getStatus().isEnded()) {
      notices.settle(row.getNoticeId(), outcome(row) + ". The register is unchanged: "
          + (contract.getStatus().isEnded() ? "the contract is " + contract.getStatus() : "its list already says so"));
      return;
    }
    Contract amended = register.amend(row.getContractId(), Map.of("subprocessors", plain(after)),
        reason("Subprocessor change accepted", row), row.getDecidedBy());
    row.amended(amended.getVersion());
  }

  private static String reason(String what, VendorChange row) {
    String reason = what + " (vendor notice " + row.getNoticeId() + ", " + row.getSubject() + ") by " + row.getDecidedBy()
        + ": " + row.getDecisionReason();
    return reason.length() > ContractRegister.MAX_REASON ? reason.substring(0, ContractRegister.MAX_REASON) : reason;
  }

  private static Object plain(Object value) {
    return PLAIN.convertValue(value, new TypeReference<List<Map<String, Object>>>() {});
  }

  // ---- following up --------------------------------------------------------------------------

  /**
   * Roll back decided: the vendor has {@code vendorResponseDays} business days (current tier
   * thresholds) from today; procurement is mailed to send the request.
   *
   * @return the deadline (last day, UTC)
   */
  @Transactional
  public LocalDate requestRollback(long changeId) {
    VendorChange row = get(changeId);
    Contract contract = contract(row.getContractId());
    Thresholds current = thresholds.forTier(contract.getRiskTier());
    int days = current.has(VENDOR_RESPONSE_DAYS) ? current.getInt(VENDOR_RESPONSE_DAYS) : 5;
    LocalDate deadline = ChangeWindows.rollbackDeadline(EngineClock.today(), days, calendar);
    row.followUpDue(deadline);
    mail.notifyGroup(Groups.PROCUREMENT, "Send to the vendor: roll back the model change (" + row.getBusinessKey() + ")",
        "We decided to keep the pinned model version of contract " + row.getContractId() + " (" + row.getBusinessKey()
            + ") and not accept: " + row.getSubject() + ".\nReason: " + row.getDecisionReason() + "\n\nPlease ask the vendor to"
            + " serve the pinned version again by " + deadline + " (UTC, " + days + " business days). IT confirms the"
            + " rollback in the task \"Confirm model rollback\".");
    return deadline;
  }

  /** IT confirmed the rollback. */
  @Transactional
  public void confirmRollback(long changeId, String note, String userId) {
    get(changeId).followedUp("ROLLED_BACK", note, user(userId), EngineClock.now());
  }

  /** Rollback deadline passed unconfirmed: a MISSED_DEADLINE breach and a mail to the managers. */
  @Transactional
  public void escalateMissedRollback(long changeId) {
    VendorChange row = get(changeId);
    if (row.getFollowUpOutcome() != null) {
      return;
    }
    row.followUpEscalated(EngineClock.now());
    breaches.record(row.getContractId(), BreachKind.MISSED_DEADLINE, row.getNoticeId(), "Rollback of the model change '"
        + row.getSubject() + "' not confirmed by " + row.getFollowUpDeadline() + " (UTC)",
        ChangeWindows.dueAt(row.getFollowUpDeadline()).toInstant());
    mail.notifyGroup(Groups.MANAGERS, "Overdue: model rollback (" + row.getBusinessKey() + ")",
        "The vendor of contract " + row.getContractId() + " (" + row.getBusinessKey() + ") was to serve the pinned model"
            + " version again by " + row.getFollowUpDeadline() + " (UTC) instead of: " + row.getSubject()
            + ".\nIT has not confirmed the rollback; it is recorded as a missed deadline against the vendor. The task"
            + " \"Confirm model rollback\" stays open.");
  }

  /** A window ended undecided: recorded, and the managers are mailed. */
  @Transactional
  public void escalateUndecided(long changeId) {
    VendorChange row = get(changeId);
    if (row.getDecision() != null) {
      return;
    }
    row.escalated(EngineClock.now());
    String what = NoticeType.MODEL_CHANGE.name().equals(row.getNoticeType()) ? "validation window" : "objection window";
    mail.notifyGroup(Groups.MANAGERS, "Undecided: " + what + " ended (" + row.getBusinessKey() + ")",
        "The " + what + " for " + row.getSubject() + " under contract " + row.getContractId() + " (" + row.getBusinessKey()
            + ") ended on " + row.getWindowEnds() + " (UTC, " + row.getWindowDays() + " days, " + row.getWindowCode()
            + ") without a decision.\nThe tasks stay open; please see that it is decided.");
  }

  /** Procurement recorded what renegotiating came to. */
  @Transactional
  public void renegotiated(long changeId, ChangeDecisions.Decision<ChangeDecisions.Renegotiation> outcome, String userId) {
    get(changeId).followedUp(outcome.choice().name(), outcome.reason(), user(userId), EngineClock.now());
  }

  /** Data governance's residency finding; a change within the contract settles the notice. */
  @Transactional
  public void residencyChecked(long changeId, ChangeDecisions.ResidencyCheck check, String userId) {
    VendorChange row = get(changeId);
    row.residencyChecked(check.residency().name(), check.note(), user(userId));
    row.outsideRegions(check.residency() == ChangeDecisions.Residency.OUTSIDE);
    if (check.residency() == ChangeDecisions.Residency.WITHIN) {
      notices.settle(row.getNoticeId(), "WITHIN the contract's regions (" + row.getSubject() + "), checked by " + user(userId)
          + (check.note() == null ? "" : ": " + check.note()));
    }
  }

  /** The change is outside the contract's regions: an OUT_OF_REGION breach. */
  @Transactional
  public void recordOutOfRegionBreach(long changeId) {
    VendorChange row = get(changeId);
    RegionChanges.RegionChange change = region(notice(row.getNoticeId(), NoticeType.REGION_CHANGE));
    List<String> outside = new ArrayList<>(outsideRegions(changeId));
    if (outside.isEmpty()) {
      outside.add(row.getSubject() + " (data governance: " + row.getResidencyNote() + ")");
    }
    breaches.record(row.getContractId(), BreachKind.OUT_OF_REGION, row.getNoticeId(),
        "Data outside the contract's regions from " + change.effectiveDate() + ": " + String.join("; ", outside),
        change.effectiveDate().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Objection decided: procurement is mailed to send it within the window. */
  @Transactional
  public void sendObjection(long changeId) {
    VendorChange row = get(changeId);
    Contract contract = contract(row.getContractId());
    mail.notifyGroup(Groups.PROCUREMENT, "Send to the vendor: objection to a subprocessor (" + row.getBusinessKey() + ")",
        "We object to " + row.getSubject() + " under contract " + row.getContractId() + " (" + row.getBusinessKey() + ").\n"
            + "Reason (" + row.getDecidedBy() + "): " + row.getDecisionReason() + "\n\nPlease send the objection to the vendor's"
            + " notice address (" + register.vendor(contract.getVendorId()).getNoticeAddress() + ") by " + row.getWindowEnds()
            + " (UTC), the last day of the objection window.");
  }

  /** Suspension decided: IT and procurement are mailed to stop the named data flows. */
  @Transactional
  public void suspendDataFlow(long changeId) {
    VendorChange row = get(changeId);
    String body = "Data governance decided to suspend the data flow of contract " + row.getContractId() + " ("
        + row.getBusinessKey() + ") affected by: " + row.getSubject() + ".\n" + row.getFindings() + "\nReason ("
        + row.getDecidedBy() + "): " + row.getDecisionReason() + "\n\nPlease stop sending these data types to the vendor"
        + " until the change is resolved.";
    mail.notifyGroup(Groups.IT, "Suspend data flow (" + row.getBusinessKey() + ")", body);
    mail.notifyGroup(Groups.PROCUREMENT, "Suspend data flow (" + row.getBusinessKey() + ")", body);
  }

  /**
   * Exit decided: managers and procurement are mailed that the exit runbook started (it was
   * requested with the decision, {@link #decide}).
   */
  @Transactional
  public void notifyExit(long changeId) {
    VendorChange row = get(changeId);
    String body = "It was decided to exit contract " + row.getContractId() + " (" + row.getBusinessKey() + ") because of: "
        + row.getSubject() + ".\n" + row.getFindings() + "\nReason (" + row.getDecidedBy() + "): " + row.getDecisionReason()
        + "\n\nThe exit runbook started: its steps (freeze, export, revocation, deletion, close) and their owners are at"
        + " GET /api/contracts/" + row.getContractId() + "/exit.";
    mail.notifyGroup(Groups.MANAGERS, "Exit decided (" + row.getBusinessKey() + ")", body);
    mail.notifyGroup(Groups.PROCUREMENT, "Exit decided (" + row.getBusinessKey() + ")", body);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private VendorNotice notice(long noticeId, NoticeType type) {
    VendorNotice notice = notices.find(noticeId)
        .orElseThrow(() -> new IllegalStateException("vendor notice " + noticeId + " does not exist"));
    if (notice.getType() != type) {
      throw new IllegalStateException("vendor notice " + noticeId + " is a " + notice.getType() + ", not a " + type);
    }
    return notice;
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalStateException("contract " + contractId + " does not exist"));
  }

  private static ModelChanges.ModelChange model(VendorNotice notice) {
    ModelChanges.Read read = ModelChanges.read(notice.payload());
    if (!read.valid()) {
      throw new IllegalStateException("vendor notice " + notice.getId() + " no longer reads: " + read.problems());
    }
    return read.change();
  }

  private static SubprocessorChanges.SubprocessorChange subprocessor(VendorNotice notice) {
    SubprocessorChanges.Read read = SubprocessorChanges.read(notice.payload());
    if (!read.valid()) {
      throw new IllegalStateException("vendor notice " + notice.getId() + " no longer reads: " + read.problems());
    }
    return read.change();
  }

  private static RegionChanges.RegionChange region(VendorNotice notice) {
    RegionChanges.Read read = RegionChanges.read(notice.payload());
    if (!read.valid()) {
      throw new IllegalStateException("vendor notice " + notice.getId() + " no longer reads: " + read.problems());
    }
    return read.change();
  }

  private static String user(String userId) {
    return userId == null ? "system" : userId;
  }
}
