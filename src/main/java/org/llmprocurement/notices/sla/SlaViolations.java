package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ExitRequests;
import org.llmprocurement.contracts.ExitTrigger;
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
 * SLA violations of registered contracts: checking a notice against the register, recording the
 * violation with its credit and its count, the repeated-violations breach, legal's remedy and its
 * consequences. Rules are {@link SlaViolationRules}, {@link ServiceCreditRules},
 * {@link ViolationWindow} and {@link RepeatedViolationRules}; this class reads and writes the tables.
 */
@Service
public class SlaViolations {

  /** What recording a notice found. */
  public record Recorded(SlaViolation violation, boolean duplicate) {}

  private final SlaViolationRepository violations;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final ServiceCreditSchedule schedule;
  private final VendorNotices notices;
  private final VendorBreaches breaches;
  private final GroupMail mail;
  private final SlaViolationCheck check;
  private final ApplicationEventPublisher events;

  SlaViolations(SlaViolationRepository violations, ContractRegister register, ThresholdService thresholds,
      ServiceCreditSchedule schedule, VendorNotices notices, VendorBreaches breaches, GroupMail mail, SlaViolationCheck check,
      ApplicationEventPublisher events) {
    this.check = check;
    this.events = events;
    this.violations = violations;
    this.register = register;
    this.thresholds = thresholds;
    this.schedule = schedule;
    this.notices = notices;
    this.breaches = breaches;
    this.mail = mail;
  }

  /**
   * Records the notice's violation (idempotent per notice): the committed figure, the credit, and
   * the count in the fullest window holding it. A violation recorded already with another notice
   * is returned as a duplicate and not counted again.
   *
   * @throws IllegalStateException the notice no longer reads as a violation of its contract
   */
  @Transactional
  public Recorded record(long noticeId) {
    Optional<SlaViolation> done = violations.findByNoticeId(noticeId);
    if (done.isPresent()) {
      return new Recorded(done.get(), false);
    }
    VendorNotice notice = notice(noticeId);
    violations.lockContract(notice.getContractId());
    Contract contract = contract(notice.getContractId());
    SlaViolationRules.Read read = read(notice.payload(), contract);
    if (!read.valid()) {
      throw new IllegalStateException("notice " + noticeId + " no longer reads as an SLA violation: " + read.problems());
    }
    SlaViolationRules.Violation v = read.violation();
    Optional<SlaViolation> same = same(contract.getId(), v);
    if (same.isPresent()) {
      return new Recorded(same.get(), true);
    }
    SlaViolationRules.Commitment commitment = SlaViolationRules.commitment(v.metric(), v.surface(), v.region(),
        SignedTerms.slaRows(contract), register.obligations(contract.getId()), v.reportedCommitment()).orElseThrow();
    BigDecimal shortfall = SlaViolationRules.shortfall(v.metric(), v.measured(), commitment.figure());
    FiveAnswersFix fix = FiveAnswersFix.of(contract);
    ServiceCreditRules.Credit credit = ServiceCreditRules.credit(fix.credits(), v.metric(), shortfall, schedule::percent,
        v.monthlyFee(), v.currency());
    ViolationWindow.Threshold threshold = threshold(contract);
    List<java.time.LocalDate> earlier = violations.findByContractIdOrderByPeriodEndAscIdAsc(contract.getId()).stream()
        .map(SlaViolation::getPeriodEnd).toList();
    ViolationWindow.Count count = ViolationWindow.count(earlier, v.periodEnd(), threshold);
    SlaViolation saved = violations.saveAndFlush(new SlaViolation(contract.getId(), noticeId, v, commitment, shortfall, credit,
        threshold, count, EngineClock.now()));
    return new Recorded(saved, false);
  }

  /** The termination threshold of the contract: its obligations, else the current tier thresholds at its tier. */
  ViolationWindow.Threshold threshold(Contract contract) {
    Thresholds tier = thresholds.forTier(contract.getRiskTier());
    return ViolationWindow.threshold(register.obligations(contract.getId()),
        () -> tier.getInt(ViolationWindow.COUNT_CODE), () -> tier.getInt(ViolationWindow.WINDOW_CODE));
  }

  /** Below the threshold (or a repeated notice): the notice is settled with what was recorded. */
  @Transactional
  public void settle(long noticeId, long violationId) {
    SlaViolation v = get(violationId);
    String outcome = v.getNoticeId() == noticeId ? "Recorded as SLA violation " + v.getId() + ": " + summary(v) + ". "
        + v.getCreditNote() + ". " + window(v)
        : "Already recorded as SLA violation " + v.getId() + " with notice " + v.getNoticeId() + "; not counted again";
    notices.settle(noticeId, outcome);
  }

  /** The threshold is reached: a REPEATED_SLA_VIOLATIONS breach names the window and its count. */
  @Transactional
  public void recordRepeated(long violationId) {
    SlaViolation v = get(violationId);
    breaches.record(v.getContractId(), BreachKind.REPEATED_SLA_VIOLATIONS, v.getNoticeId(), "Repeated SLA violations: "
        + window(v) + " Latest: " + summary(v) + ".", notice(v.getNoticeId()).getReceivedAt());
  }

  /** The view "Decide remedy for repeated violations" reads. */
  @Transactional(readOnly = true)
  public Map<String, Object> remedyView(long violationId) {
    SlaViolation v = get(violationId);
    Contract contract = contract(v.getContractId());
    List<SlaViolation> inWindow = violations.findByContractIdOrderByPeriodEndAscIdAsc(v.getContractId()).stream()
        .filter(o -> !o.getPeriodEnd().isBefore(v.getWindowStart()) && o.getPeriodEnd().isBefore(v.getWindowEnd())).toList();
    StringBuilder list = new StringBuilder();
    inWindow.forEach(o -> list.append("\n- ").append(summary(o)));
    var fix = SignedTerms.fix(contract);
    String granted = fix == null ? "the register does not hold the sign-off answers; check the contract"
        : "termination " + yesNo(fix.termination()) + ", suspension of data flows " + yesNo(fix.suspension())
        + ", support step-up " + yesNo(fix.stepUp()) + ", service credits " + yesNo(fix.credits());
    return Map.of("violationSummary", contract.getContractReference() + " (" + contract.getBusinessKey() + "), "
        + contract.getProduct() + ":" + list, "windowSummary", window(v), "remediesGranted", granted);
  }

  /** Checks legal's remedy without writing anything. */
  @Transactional(readOnly = true)
  public Validation<RepeatedViolationRules.Decision> validateRemedy(long violationId, Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    RepeatedViolationRules.Decision d = RepeatedViolationRules.validate(values, SignedTerms.fix(contract(get(violationId)
        .getContractId())), problems);
    return Validation.of(d, problems);
  }

  /**
   * Records legal's remedy and settles the notice with it. TERMINATE starts the exit: the exit
   * runbook is requested in this transaction ({@link ContractEvent.ExitRequested},
   * {@link ExitTrigger#SLA_TERMINATION}, legal's reason, by legal's user).
   */
  @Transactional
  public void decideRemedy(long violationId, RepeatedViolationRules.Decision decision, String userId) {
    SlaViolation v = get(violationId);
    v.decide(decision, userId, EngineClock.now());
    boolean terminate = decision.remedy() == RepeatedViolationRules.Remedy.TERMINATE;
    notices.settle(v.getNoticeId(), "Repeated SLA violations (" + window(v) + "): legal decided " + decision.remedy()
        + (decision.dataFlows().isEmpty() ? "" : " of " + decision.dataFlows()) + " — " + decision.reason()
        + (terminate ? ". The exit runbook started." : ""));
    if (terminate) {
      events.publishEvent(ExitRequests.of(contract(v.getContractId()), ExitTrigger.SLA_TERMINATION, decision.reason(), userId));
    }
  }

  /**
   * The managers are e-mailed the remedy. A termination is carried out by the exit runbook (started
   * when legal decided); stopping data flows and the vendor's step-up are legal's and IT's work
   * outside the engine.
   */
  @Transactional(readOnly = true)
  public void notifyRemedy(long violationId) {
    SlaViolation v = get(violationId);
    Contract contract = contract(v.getContractId());
    mail.notifyGroup(Groups.MANAGERS, "Repeated SLA violations: " + v.getRemedy() + " for " + contract.getContractReference(),
        "Legal decided " + v.getRemedy() + (v.getDataFlows() == null ? "" : " (data flows: " + v.getDataFlows() + ")")
            + " for contract " + contract.getContractReference() + " (" + contract.getBusinessKey() + "), "
            + contract.getProduct() + ".\n\n" + window(v) + "\n\nReason: " + v.getRemedyReason() + "\nDecided by: "
            + v.getDecidedBy()
            + (v.getRemedy() == RepeatedViolationRules.Remedy.TERMINATE ? "\n\nThe exit runbook started: its steps (freeze,"
                + " export, revocation, deletion, close) are at GET /api/contracts/" + contract.getId() + "/exit." : ""));
  }

  /** The contract's violations, oldest period first. */
  @Transactional(readOnly = true)
  public List<SlaViolation> ofContract(long contractId) {
    return violations.findByContractIdOrderByPeriodEndAscIdAsc(contractId);
  }

  @Transactional(readOnly = true)
  public SlaViolation get(long violationId) {
    return violations.findById(violationId)
        .orElseThrow(() -> new IllegalArgumentException("SLA violation " + violationId + " does not exist"));
  }

  private SlaViolationRules.Read read(JsonNode payload, Contract contract) {
    return check.read(payload, contract);
  }

  private Optional<SlaViolation> same(long contractId, SlaViolationRules.Violation v) {
    return check.same(contractId, v);
  }

  static String summary(SlaViolation v) {
    return v.getMetric() + " " + v.getSurface() + "/" + v.getRegion() + " " + v.getPeriodStart() + " to " + v.getPeriodEnd()
        + ": measured " + plain(v.getMeasured()) + " against " + plain(v.getCommitted()) + " " + v.getUnit() + " ("
        + SlaViolationRules.describe(v.getCommittedSource()) + ")";
  }

  static String window(SlaViolation v) {
    return v.getCounted() + " of " + v.getThresholdViolations() + " violations allowing termination within "
        + v.getThresholdMonths() + " months (" + v.getWindowStart() + " to " + v.getWindowEnd().minusDays(1) + ", "
        + (v.getThresholdSource() == ViolationWindow.Source.OBLIGATION ? "contract term" : "tier thresholds") + ")"
        + (v.isThresholdReached() ? ": threshold reached" : "");
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private static String yesNo(Boolean b) {
    return b == null ? "not answered" : b ? "yes" : "no";
  }

  private VendorNotice notice(long noticeId) {
    return notices.find(noticeId).orElseThrow(() -> new IllegalArgumentException("vendor notice " + noticeId + " does not exist"));
  }

  private Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
  }

  /** Q5's service-credit answer of a contract, {@code null} when the register does not hold it. */
  private record FiveAnswersFix(Boolean credits) {
    static FiveAnswersFix of(Contract contract) {
      var fix = SignedTerms.fix(contract);
      return new FiveAnswersFix(fix == null ? null : fix.credits());
    }
  }
}
