package org.llmprocurement.notices.sla;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What handling a contract's SLA violations, harmful output reports and service changes found and
 * decided, read-only over the product API. Whoever sees the contract's procurement reads (ProcurementAccess);
 * 403 other users, 404 unknown contract.
 */
@RestController
@RequestMapping(path = "/api/contracts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class SlaNoticeController {

  private final SlaViolations violations;
  private final HarmfulOutputReports reports;
  private final ServiceChanges changes;
  private final ContractRegister register;
  private final ProcurementAccess access;

  SlaNoticeController(SlaViolations violations, HarmfulOutputReports reports, ServiceChanges changes,
      ContractRegister register, ProcurementAccess access) {
    this.violations = violations;
    this.reports = reports;
    this.changes = changes;
    this.register = register;
    this.access = access;
  }

  /**
   * The contract's SLA violations, oldest period first, with the termination threshold that applies
   * now and the service credits due, summed per currency ({@code creditsDue}; violations whose fee
   * was not given count in {@code creditsWithoutAmount}).
   */
  @GetMapping("/sla-violations")
  Map<String, Object> slaViolations(@PathVariable long id) {
    Contract contract = readable(id);
    List<SlaViolation> all = violations.ofContract(id);
    ViolationWindow.Threshold threshold = violations.threshold(contract);
    Map<String, BigDecimal> due = new TreeMap<>();
    long withoutAmount = 0;
    for (SlaViolation v : all) {
      if (v.getCreditStatus() == ServiceCreditRules.Status.DUE) {
        if (v.getCreditAmount() == null) {
          withoutAmount++;
        } else {
          due.merge(v.getCurrency(), v.getCreditAmount(), BigDecimal::add);
        }
      }
    }
    Map<String, Object> view = head(contract);
    view.put("threshold", Map.of("violations", threshold.violations(), "months", threshold.months(),
        "source", threshold.source().name()));
    view.put("creditsDue", due);
    view.put("creditsWithoutAmount", withoutAmount);
    view.put("violations", all.stream().map(SlaNoticeController::view).toList());
    return view;
  }

  /** The contract's harmful output and quality regression reports with their decisions, oldest first. */
  @GetMapping("/harmful-output-reports")
  Map<String, Object> harmfulOutputReports(@PathVariable long id) {
    Map<String, Object> view = head(readable(id));
    view.put("reports", reports.ofContract(id).stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.getId());
      m.put("noticeId", r.getNoticeId());
      m.put("kind", r.getKind());
      m.put("surface", r.getSurface());
      m.put("observedOn", r.getObservedOn());
      m.put("description", r.getDescription());
      m.put("examples", r.getExamples());
      m.put("businessOwner", r.getBusinessOwner());
      m.put("businessOwnerAgreed", r.getBusinessOwnerAgreed());
      m.put("suspension", r.getSuspension());
      m.put("suspensionReason", r.getSuspensionReason());
      m.put("remediationRequest", r.getRemediationRequest());
      m.put("remediationDeadline", r.getRemediationDeadline());
      m.put("decidedBy", r.getDecidedBy());
      m.put("decidedAt", r.getDecidedAt());
      m.put("remediationNote", r.getRemediationNote());
      m.put("remediationConfirmedBy", r.getRemediationConfirmedBy());
      m.put("remediationConfirmedAt", r.getRemediationConfirmedAt());
      m.put("remediationEscalatedAt", r.getRemediationEscalatedAt());
      return m;
    }).toList());
    return view;
  }

  /** The vendor's terminations, suspensions and material changes of the contract with our exit decisions, oldest first. */
  @GetMapping("/service-changes")
  Map<String, Object> serviceChanges(@PathVariable long id) {
    Map<String, Object> view = head(readable(id));
    view.put("changes", changes.ofContract(id).stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.getId());
      m.put("noticeId", c.getNoticeId());
      m.put("change", c.getChange());
      m.put("effectiveOn", c.getEffectiveOn());
      m.put("surfaces", c.getSurfaces());
      m.put("description", c.getDescription());
      m.put("receivedOn", c.getReceivedOn());
      m.put("noticeDays", c.getNoticeDays());
      m.put("contractedNoticeDays", c.getContractedNoticeDays());
      m.put("lateNotice", c.isLateNotice());
      m.put("exitDecision", c.getExitDecision());
      m.put("exitReason", c.getExitReason());
      m.put("decidedBy", c.getDecidedBy());
      m.put("decidedAt", c.getDecidedAt());
      m.put("escalatedAt", c.getEscalatedAt());
      return m;
    }).toList());
    return view;
  }

  private Contract readable(long id) {
    return access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
  }

  private static Map<String, Object> head(Contract contract) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("contractId", contract.getId());
    view.put("businessKey", contract.getBusinessKey());
    return view;
  }

  static Map<String, Object> view(SlaViolation v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.getId());
    m.put("noticeId", v.getNoticeId());
    m.put("metric", v.getMetric());
    m.put("surface", v.getSurface());
    m.put("region", v.getRegion());
    m.put("periodStart", v.getPeriodStart());
    m.put("periodEnd", v.getPeriodEnd());
    m.put("unit", v.getUnit());
    m.put("measured", v.getMeasured());
    m.put("committed", v.getCommitted());
    m.put("committedSource", v.getCommittedSource());
    m.put("shortfall", v.getShortfall());
    Map<String, Object> credit = new LinkedHashMap<>();
    credit.put("status", v.getCreditStatus());
    credit.put("percent", v.getCreditPercent());
    credit.put("monthlyFee", v.getMonthlyFee());
    credit.put("amount", v.getCreditAmount());
    credit.put("currency", v.getCurrency());
    credit.put("note", v.getCreditNote());
    m.put("credit", credit);
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("counted", v.getCounted());
    window.put("threshold", v.getThresholdViolations());
    window.put("months", v.getThresholdMonths());
    window.put("source", v.getThresholdSource());
    window.put("from", v.getWindowStart());
    window.put("to", v.getWindowEnd().minusDays(1));
    window.put("reached", v.isThresholdReached());
    m.put("window", window);
    m.put("remedy", v.getRemedy());
    m.put("dataFlows", v.getDataFlows());
    m.put("remedyReason", v.getRemedyReason());
    m.put("decidedBy", v.getDecidedBy());
    m.put("decidedAt", v.getDecidedAt());
    return m;
  }
}
