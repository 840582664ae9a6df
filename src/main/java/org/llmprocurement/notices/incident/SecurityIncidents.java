package org.llmprocurement.notices.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.notices.incident.RegulatoryRules.AiActCase;
import org.llmprocurement.notices.incident.RegulatoryRules.Classification;
import org.llmprocurement.notices.incident.RegulatoryRules.Regime;
import org.llmprocurement.notices.incident.RegulatoryRules.ReportRule;
import org.llmprocurement.notification.GroupMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor security incidents: opens one per first notice (times, late notice as a vendor breach,
 * business-day deadlines), adds updates, escalates missed deadlines (managers e-mailed, a
 * {@code MISSED_DEADLINE} breach), records security's classification and our regulatory reports,
 * the root-cause report, the corrective-action plan and its actions, and closes the incident. The
 * rules are {@link IncidentNotice}, {@link IncidentRules} and {@link RegulatoryRules}; access rules
 * are the callers' (the handler, the delegates, the task guards).
 */
@Service
public class SecurityIncidents {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Evidence fields of the root-cause, plan and report tasks. */
  static final String DOCUMENT_IDS = "evidenceDocumentIds";
  static final String EVIDENCE_TEXT = "evidenceText";
  static final int MIN_EVIDENCE_TEXT = 20;

  private final SecurityIncidentRepository incidents;
  private final IncidentUpdateRepository updates;
  private final CorrectiveActionRepository actions;
  private final RegulatoryReportRepository reports;
  private final VendorNotices notices;
  private final VendorBreaches breaches;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final BusinessCalendar calendar;
  private final RegulatoryDeadlines deadlines;
  private final IntakeService intake;
  private final DocumentService documents;
  private final GroupMail mail;
  private final boolean financialEntity;

  SecurityIncidents(SecurityIncidentRepository incidents, IncidentUpdateRepository updates, CorrectiveActionRepository actions,
      RegulatoryReportRepository reports, VendorNotices notices, VendorBreaches breaches, ContractRegister register,
      ThresholdService thresholds, BusinessCalendar calendar, RegulatoryDeadlines deadlines, IntakeService intake,
      DocumentService documents, GroupMail mail,
      @Value("${llmp.organisation.financial-entity:true}") boolean financialEntity) {
    this.incidents = incidents;
    this.updates = updates;
    this.actions = actions;
    this.reports = reports;
    this.notices = notices;
    this.breaches = breaches;
    this.register = register;
    this.thresholds = thresholds;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.intake = intake;
    this.documents = documents;
    this.mail = mail;
    this.financialEntity = financialEntity;
  }

  /** One evidence: document ids of the procurement (comma-separated) and/or a text. */
  public record Evidence(String documentIds, String text) {}

  /** A report filing. */
  public record Filing(Instant filedAt, String reference, Evidence evidence) {}

  /** A report scheduled for a regime, and whether the regime has one after it. */
  public record Scheduled(RegulatoryReport report, boolean furtherReportDue) {}

  /** A corrective-action plan: its evidence and its actions' titles. */
  public record Plan(Evidence evidence, List<String> actions) {}

  /** One action to close with its evidence. */
  public record Closing(long actionId, String evidence) {}

  // ---------------------------------------------------------------- notices

  /** The notice as read (it passed validation when it was recorded). */
  public IncidentNotice read(long noticeId) {
    VendorNotice notice = notice(noticeId);
    IncidentNotice.Read read = IncidentNotice.read(notice.payload(), Instant.MAX.minusSeconds(3600));
    if (read.notice() == null) {
      throw new IllegalStateException("vendor notice " + noticeId + " is no readable security incident: " + read.problems());
    }
    return read.notice();
  }

  /** When the vendor told us, for a stored notice: its notifiedAt, else sentAt, else when we received it. */
  static Instant toldAt(IncidentNotice incident, VendorNotice notice) {
    return incident.toldAt(notice.getSentAt() != null ? notice.getSentAt() : notice.getReceivedAt());
  }

  /**
   * Adds an update notice to its open incident: recorded, counted for the update interval, its
   * contents taken, the update notice settled.
   *
   * @return the incident
   */
  @Transactional
  public SecurityIncident addUpdate(long noticeId) {
    VendorNotice notice = notice(noticeId);
    IncidentNotice update = read(noticeId);
    SecurityIncident incident = byVendorNoticeId(notice.getVendorId(), update.updateOf())
        .orElseThrow(() -> new IllegalStateException("no incident notified as " + update.updateOf()));
    Instant told = toldAt(update, notice);
    updates.save(new IncidentUpdate(incident.getId(), noticeId, "NOTICE", told, update.summary(), notice.getRecordedBy(),
        EngineClock.now()));
    incident.heardAt(told);
    incident.contents(update);
    notices.settle(noticeId, "Update of security incident " + incident.getId() + " (notice " + incident.getVendorNoticeId()
        + ") recorded: " + update.summary());
    return incident;
  }

  /**
   * Opens the incident of a first notice: its times, the contract's figures (obligations, else the
   * current thresholds at its tier), late notice recorded as a {@code LATE_NOTICE} breach, the
   * root-cause and plan deadlines in business days from the notice.
   */
  @Transactional
  public SecurityIncident open(long noticeId, String processInstanceId) {
    VendorNotice notice = notice(noticeId);
    Optional<SecurityIncident> existing = incidents.findByNoticeId(noticeId);
    if (existing.isPresent()) {
      return existing.get();
    }
    IncidentNotice first = read(noticeId);
    Contract contract = register.find(notice.getContractId()).orElseThrow();
    Thresholds current = thresholds.forTier(contract.getRiskTier());
    IncidentRules.Figures figures = IncidentRules.figures(register.obligations(contract.getId()), current::getInt);
    Instant told = toldAt(first, notice);
    List<String> late = IncidentRules.lateNotice(first.awareAt(), first.confirmedAt(), told, figures);
    SecurityIncident incident = incidents.saveAndFlush(new SecurityIncident(noticeId, contract.getId(),
        contract.getProcurementId(), contract.getBusinessKey(), contract.getVendorId(), notice.getVendorNoticeId(),
        processInstanceId, first, told, late,
        figures, IncidentRules.deadline(told, figures.rootCauseDays().value(), calendar),
        IncidentRules.deadline(told, figures.correctiveActionDays().value(), calendar)));
    if (!late.isEmpty()) {
      breaches.record(contract.getId(), BreachKind.LATE_NOTICE, noticeId, "Security incident notice "
          + notice.getVendorNoticeId() + " came late: the vendor " + String.join("; and ", late) + ".", told);
    }
    return incident;
  }

  // ---------------------------------------------------------------- deadlines

  /**
   * Root-cause deadline passed: a {@code MISSED_DEADLINE} breach and the managers e-mailed, unless
   * the report is in.
   */
  @Transactional
  public void escalateRootCause(long incidentId) {
    SecurityIncident incident = get(incidentId);
    if (incident.getRootCauseAt() != null) {
      return;
    }
    incident.rootCauseEscalated(EngineClock.now());
    missed(incident, "root-cause report", incident.getRootCauseDue(), incident.getRootCauseDays() + " business days",
        "Receive root-cause report");
  }

  /** Plan deadline passed: as {@link #escalateRootCause}, for the corrective-action plan. */
  @Transactional
  public void escalatePlan(long incidentId) {
    SecurityIncident incident = get(incidentId);
    if (incident.getPlanAt() != null) {
      return;
    }
    incident.planEscalated(EngineClock.now());
    missed(incident, "corrective-action plan", incident.getPlanDue(), incident.getCorrectiveActionDays() + " business days",
        "Receive corrective-action plan");
  }

  private void missed(SecurityIncident incident, String what, java.time.LocalDate due, String figure, String task) {
    Contract contract = register.find(incident.getContractId()).orElseThrow();
    String vendor = register.vendor(contract.getVendorId()).getLegalName();
    breaches.record(incident.getContractId(), BreachKind.MISSED_DEADLINE, incident.getNoticeId(),
        "The vendor's " + what + " for security incident " + incident.getVendorNoticeId() + " was due by " + due
            + " (" + figure + " after the notice of " + incident.getNotifiedAt() + ") and has not arrived.",
        IncidentRules.passedAt(due).toInstant());
    mail.notifyGroup(Groups.MANAGERS, "Missed deadline: " + vendor + "'s " + what + " (" + incident.getBusinessKey() + ")",
        vendor + " was to deliver its " + what + " for the security incident notified on " + incident.getNotifiedAt()
            + " (vendor notice " + incident.getVendorNoticeId() + ", contract " + incident.getBusinessKey() + ") by " + due
            + " (UTC; " + figure + " under the contract). Nothing has been recorded.\nThe miss is recorded against the vendor."
            + " Security's task \"" + task + "\" stays open; please take it up with the vendor.");
  }

  /**
   * Update check: no notice or update of the incident in the last {@code updateHours} before now
   * is a missed update ({@code MISSED_DEADLINE}, managers e-mailed). Nothing once the root cause is in
   * or the incident is closed.
   *
   * @return whether an update was missed
   */
  @Transactional
  public boolean checkUpdate(long incidentId) {
    SecurityIncident incident = get(incidentId);
    Instant now = EngineClock.now();
    if (incident.getRootCauseAt() != null || incident.getStatus() == SecurityIncident.Status.CLOSED
        || !IncidentRules.updateMissed(incident.getLastHeardAt(), now, incident.getUpdateHours())) {
      return false;
    }
    Contract contract = register.find(incident.getContractId()).orElseThrow();
    String vendor = register.vendor(contract.getVendorId()).getLegalName();
    breaches.record(incident.getContractId(), BreachKind.MISSED_DEADLINE, incident.getNoticeId(),
        "No update on security incident " + incident.getVendorNoticeId() + " since " + incident.getLastHeardAt()
            + "; the contract requires one every " + incident.getUpdateHours() + " hours until the root cause is reported.",
        now);
    mail.notifyGroup(Groups.MANAGERS, "Missed update: " + vendor + "'s security incident (" + incident.getBusinessKey() + ")",
        vendor + " has sent no update on the security incident notified on " + incident.getNotifiedAt() + " (vendor notice "
            + incident.getVendorNoticeId() + ", contract " + incident.getBusinessKey() + ") since " + incident.getLastHeardAt()
            + ". The contract requires an update every " + incident.getUpdateHours() + " hours until the root-cause report."
            + "\nThe miss is recorded against the vendor; please chase it.");
    return true;
  }

  // ---------------------------------------------------------------- missing contents

  /** Problems with the contents security obtained: every field still missing after them, or malformed. */
  public Validation<IncidentNotice> validateContents(long incidentId, Map<String, Object> values) {
    SecurityIncident incident = get(incidentId);
    JsonNode payload = JSON.valueToTree(values);
    IncidentNotice.Read read = IncidentNotice.read(((com.fasterxml.jackson.databind.node.ObjectNode) payload)
        .put(IncidentNotice.AWARE_AT, incident.getAwareAt().toString())
        .put(IncidentNotice.SEVERITY, incident.getSeverity().name()), Instant.MAX.minusSeconds(3600));
    List<String> problems = new ArrayList<>(read.problems().stream().map(p -> p.replaceFirst("^payload\\.", "")).toList());
    if (read.notice() != null) {
      List<String> missing = new ArrayList<>(read.notice().missingContents());
      missing.retainAll(incident.getMissingContents());
      missing.forEach(f -> problems.add(f + ": still missing; ask the vendor for it"));
    }
    return Validation.of(problems.isEmpty() ? read.notice() : null, problems);
  }

  /** Records the obtained contents with the incident (an update of kind CONTENTS). */
  @Transactional
  public void recordContents(long incidentId, IncidentNotice contents, String userId) {
    SecurityIncident incident = get(incidentId);
    String was = String.join(", ", incident.getMissingContents());
    incident.contents(contents);
    updates.save(new IncidentUpdate(incidentId, null, "CONTENTS", EngineClock.now(), "Missing contents obtained: " + was,
        userId, EngineClock.now()));
  }

  // ---------------------------------------------------------------- classification and reports

  /** Whether this organisation is a DORA financial entity ({@code llmp.organisation.financial-entity}). */
  public boolean financialEntity() {
    return financialEntity;
  }

  /** The EU AI Act high-risk area of the incident's use case (the procurement's intake). */
  public EuAiActArea aiActArea(SecurityIncident incident) {
    EuAiActArea area = intake.get(incident.getProcurementId()).getEuAiActHighRiskArea();
    return area == null ? EuAiActArea.NONE : area;
  }

  /** Reads and checks security's classification; writes nothing. */
  public Validation<Classification> validateClassification(long incidentId, Map<String, Object> values) {
    SecurityIncident incident = get(incidentId);
    List<String> problems = new ArrayList<>();
    AiActCase kind = null;
    Object raw = values.get("aiActCase");
    if (raw instanceof String text && !text.isBlank()) {
      try {
        kind = AiActCase.valueOf(text.strip());
      } catch (IllegalArgumentException e) {
        problems.add("aiActCase: one of STANDARD, WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE, DEATH");
      }
    }
    Classification c = new Classification(Boolean.TRUE.equals(values.get("personalDataBreach")),
        Boolean.TRUE.equals(values.get("majorIctIncident")), Boolean.TRUE.equals(values.get("aiActSerious")), kind);
    problems.addAll(RegulatoryRules.problems(c, financialEntity, aiActArea(incident)));
    Object note = values.get("classificationNote");
    if (!(note instanceof String text) || text.strip().length() < 10) {
      problems.add("classificationNote: required, at least 10 characters on why these regimes apply or do not");
    } else if (text.strip().length() > IncidentNotice.MAX_TEXT) {
      problems.add("classificationNote: at most " + IncidentNotice.MAX_TEXT + " characters");
    }
    return Validation.of(problems.isEmpty() ? c : null, problems);
  }

  /** Records a valid classification; returns the regimes it starts. */
  @Transactional
  public List<Regime> classify(long incidentId, Classification c, String note, String userId) {
    get(incidentId).classify(c, note.strip(), userId == null ? "system" : userId, EngineClock.now());
    return RegulatoryRules.regimes(c);
  }

  /**
   * Schedules the regime's next report: the decision's next row after those already scheduled,
   * due from its anchor (our awareness = when we were told, the classification, or the previous
   * report's filing).
   */
  @Transactional
  public Scheduled scheduleNext(long incidentId, Regime regime) {
    SecurityIncident incident = get(incidentId);
    Classification c = new Classification(Boolean.TRUE.equals(incident.getPersonalDataBreach()),
        Boolean.TRUE.equals(incident.getMajorIctIncident()), Boolean.TRUE.equals(incident.getAiActSerious()),
        incident.getAiActCase() == null ? null : AiActCase.valueOf(incident.getAiActCase()));
    List<ReportRule> rules = deadlines.reports(regime, RegulatoryRules.caseOf(regime, c, aiActArea(incident)));
    List<RegulatoryReport> earlier = reports.findByIncidentIdAndRegimeOrderByPositionAsc(incidentId, regime);
    int next = earlier.size();
    if (next >= rules.size()) {
      throw new IllegalStateException("regime " + regime + " has no report after " + next + " for incident " + incidentId);
    }
    Instant previousFiled = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).getFiledAt();
    Instant due = RegulatoryRules.dueAt(rules.get(next), incident.getNotifiedAt(), incident.getClassifiedAt(), previousFiled);
    RegulatoryReport report = reports.saveAndFlush(new RegulatoryReport(incidentId, regime, next, rules.get(next), due));
    return new Scheduled(report, next + 1 < rules.size());
  }

  /** Reads and checks a filing of the report; writes nothing. */
  public Validation<Filing> validateFiling(long reportId, Map<String, Object> values) {
    RegulatoryReport report = report(reportId);
    SecurityIncident incident = get(report.getIncidentId());
    List<String> problems = new ArrayList<>();
    Instant filedAt = null;
    Object raw = values.get("filedAt");
    if (!(raw instanceof String text) || text.isBlank()) {
      problems.add("filedAt: required, when the report reached the authority");
    } else {
      filedAt = IncidentNotice.parseInstant(text).orElse(null);
      if (filedAt == null) {
        problems.add("filedAt: an ISO-8601 instant such as 2026-12-01T08:30Z");
      } else if (filedAt.isAfter(EngineClock.now().plusSeconds(300))) {
        problems.add("filedAt: " + filedAt + " lies in the future");
        filedAt = null;
      } else if (filedAt.isBefore(incident.getNotifiedAt())) {
        problems.add("filedAt: " + filedAt + " lies before we were told of the incident (" + incident.getNotifiedAt() + ")");
        filedAt = null;
      }
    }
    String reference = text(values.get("authorityReference"));
    if (reference != null && reference.length() > 200) {
      problems.add("authorityReference: at most 200 characters");
    }
    Evidence evidence = evidence(incident.getProcurementId(), values, "report", problems);
    return Validation.of(problems.isEmpty() ? new Filing(filedAt, reference, evidence) : null, problems);
  }

  /** Records a valid filing. */
  @Transactional
  public void file(long reportId, Filing filing, String userId) {
    report(reportId).file(filing.filedAt(), filing.reference(), filing.evidence().documentIds(), filing.evidence().text(),
        userId == null ? "system" : userId);
  }

  /** Report deadline passed: marked and the managers e-mailed, unless filed. Our deadline: no vendor breach. */
  @Transactional
  public void escalateReport(long reportId) {
    RegulatoryReport report = report(reportId);
    if (report.getFiledAt() != null) {
      return;
    }
    report.escalated(EngineClock.now());
    SecurityIncident incident = get(report.getIncidentId());
    mail.notifyGroup(Groups.MANAGERS, "Overdue: " + report.getReportName() + " (" + incident.getBusinessKey() + ")",
        "Our " + report.getRegime() + " report \"" + report.getReportName() + "\" on the vendor's security incident "
            + incident.getVendorNoticeId() + " (contract " + incident.getBusinessKey() + ") was due at " + report.getDueAt()
            + " (UTC; " + report.getDeadlineRule() + ") and is not recorded as filed.\nThe task stays with "
            + Groups.displayName(report.getOwnerGroup()) + "; please make sure the authority is informed now.");
  }

  // ---------------------------------------------------------------- root cause, plan, actions

  /** Reads and checks the root-cause report's evidence; writes nothing. */
  public Validation<Evidence> validateRootCause(long incidentId, Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    Evidence evidence = evidence(get(incidentId).getProcurementId(), values, "root-cause report", problems);
    return Validation.of(problems.isEmpty() ? evidence : null, problems);
  }

  @Transactional
  public void receiveRootCause(long incidentId, Evidence evidence, String userId) {
    get(incidentId).rootCause(evidence.documentIds(), evidence.text(), userId == null ? "system" : userId, EngineClock.now());
  }

  /** Reads and checks the plan: its evidence and at least one action (one per line, at most 500 characters each). */
  public Validation<Plan> validatePlan(long incidentId, Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    Evidence evidence = evidence(get(incidentId).getProcurementId(), values, "corrective-action plan", problems);
    Set<String> titles = new LinkedHashSet<>();
    String raw = text(values.get("actions"));
    if (raw != null) {
      raw.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(titles::add);
    }
    if (titles.isEmpty()) {
      problems.add("actions: name at least one corrective action, one per line");
    } else if (titles.size() > 100 || titles.stream().anyMatch(t -> t.length() > 500)) {
      problems.add("actions: at most 100 actions of at most 500 characters each");
    }
    return Validation.of(problems.isEmpty() ? new Plan(evidence, List.copyOf(titles)) : null, problems);
  }

  @Transactional
  public void receivePlan(long incidentId, Plan plan, String userId) {
    get(incidentId).plan(plan.evidence().documentIds(), plan.evidence().text(), userId == null ? "system" : userId,
        EngineClock.now());
    int position = 0;
    for (String title : plan.actions()) {
      actions.save(new CorrectiveAction(incidentId, ++position, title));
    }
  }

  /**
   * Reads and checks the actions security closes (rows with {@code id}, {@code close},
   * {@code evidence}): at least one closed, each closed one an open action of this incident with
   * evidence.
   */
  public Validation<List<Closing>> validateClosings(long incidentId, Object rows) {
    List<String> problems = new ArrayList<>();
    Map<Long, CorrectiveAction> open = actions.findByIncidentIdOrderByPositionAsc(incidentId).stream()
        .filter(CorrectiveAction::isOpen).collect(Collectors.toMap(CorrectiveAction::getId, a -> a));
    List<Closing> closings = new ArrayList<>();
    if (rows instanceof List<?> list) {
      for (Object row : list) {
        if (!(row instanceof Map<?, ?> map) || !Boolean.TRUE.equals(map.get("close"))) {
          continue;
        }
        Long id = map.get("id") instanceof Number n ? n.longValue() : null;
        if (id == null || !open.containsKey(id)) {
          problems.add("actions: " + id + " is no open corrective action of this incident");
          continue;
        }
        String evidence = text(map.get("evidence"));
        if (evidence == null) {
          problems.add("actions: '" + open.get(id).getTitle() + "' needs its evidence (document ids or text)");
        } else if (evidence.length() > 4000) {
          problems.add("actions: the evidence of '" + open.get(id).getTitle() + "' has more than 4000 characters");
        } else {
          closings.add(new Closing(id, evidence));
        }
      }
    } else {
      problems.add("actions: the list of actions is required");
    }
    if (problems.isEmpty() && closings.isEmpty()) {
      problems.add("actions: close at least one action the vendor has completed (tick it and give its evidence)");
    }
    return Validation.of(problems.isEmpty() ? closings : null, problems);
  }

  /** Closes the actions; returns whether every action of the incident is closed now. */
  @Transactional
  public boolean close(long incidentId, List<Closing> closings, String userId) {
    Instant now = EngineClock.now();
    closings.forEach(c -> actions.findById(c.actionId()).orElseThrow().close(c.evidence(), userId == null ? "system" : userId, now));
    return actions.findByIncidentIdOrderByPositionAsc(incidentId).stream().noneMatch(CorrectiveAction::isOpen);
  }

  /** The incident's open actions as rows for the close form. */
  public List<Map<String, Object>> openActionRows(long incidentId) {
    return actions.findByIncidentIdOrderByPositionAsc(incidentId).stream().filter(CorrectiveAction::isOpen)
        .map(a -> {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("id", a.getId());
          row.put("title", a.getTitle());
          row.put("close", false);
          row.put("evidence", "");
          return row;
        }).toList();
  }

  /**
   * Closes the incident when no action is open and settles its notice with a summary.
   *
   * @throws IllegalStateException while an action is open
   */
  @Transactional
  public void closeIncident(long incidentId) {
    SecurityIncident incident = get(incidentId);
    List<CorrectiveAction> all = actions.findByIncidentIdOrderByPositionAsc(incidentId);
    if (all.stream().anyMatch(CorrectiveAction::isOpen)) {
      throw new IllegalStateException("incident " + incidentId + " has open corrective actions");
    }
    incident.close(EngineClock.now());
    List<RegulatoryReport> filed = reports.findByIncidentIdOrderByIdAsc(incidentId);
    String outcome = "Security incident closed: " + all.size() + " corrective action(s) closed with evidence"
        + (incident.getLateNotice() == null ? "; notice in time" : "; LATE NOTICE (" + incident.getLateNotice() + ")")
        + (incident.getRootCauseEscalatedAt() == null ? "" : "; root-cause report late")
        + (incident.getPlanEscalatedAt() == null ? "" : "; corrective-action plan late")
        + (filed.isEmpty() ? "; no regulatory report required"
            : "; reports: " + filed.stream().map(r -> r.getReportKey() + (r.getFiledAt() == null ? " not filed"
                : " filed " + r.getFiledAt())).collect(Collectors.joining(", ")))
        + ".";
    notices.settle(incident.getNoticeId(), outcome);
  }

  // ---------------------------------------------------------------- reading

  public SecurityIncident get(long incidentId) {
    return incidents.findById(incidentId)
        .orElseThrow(() -> new IllegalStateException("security incident " + incidentId + " does not exist"));
  }

  public RegulatoryReport report(long reportId) {
    return reports.findById(reportId)
        .orElseThrow(() -> new IllegalStateException("regulatory report " + reportId + " does not exist"));
  }

  /** The contract's incidents, oldest first. */
  public List<SecurityIncident> ofContract(long contractId) {
    return incidents.findByContractIdOrderByIdAsc(contractId);
  }

  public Optional<SecurityIncident> ofNotice(long noticeId) {
    return incidents.findByNoticeId(noticeId);
  }

  public List<IncidentUpdate> updates(long incidentId) {
    return updates.findByIncidentIdOrderByIdAsc(incidentId);
  }

  public List<CorrectiveAction> actions(long incidentId) {
    return actions.findByIncidentIdOrderByPositionAsc(incidentId);
  }

  public List<RegulatoryReport> reports(long incidentId) {
    return reports.findByIncidentIdOrderByIdAsc(incidentId);
  }

  /** The vendor's legal name for a contract. */
  public String vendorName(long contractId) {
    return register.vendor(register.find(contractId).orElseThrow().getVendorId()).getLegalName();
  }

  private Optional<SecurityIncident> byVendorNoticeId(long vendorId, String vendorNoticeId) {
    return incidents.findFirstByVendorIdAndVendorNoticeIdOrderByIdAsc(vendorId, vendorNoticeId.strip());
  }

  private VendorNotice notice(long noticeId) {
    return notices.find(noticeId).orElseThrow(() -> new IllegalStateException("vendor notice " + noticeId + " does not exist"));
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /**
   * Evidence from {@link #DOCUMENT_IDS} (comma-separated ids of the procurement's documents) and/or
   * {@link #EVIDENCE_TEXT} (at least 20 characters); at least one of the two.
   */
  private Evidence evidence(long procurementId, Map<String, Object> values, String what, List<String> problems) {
    String ids = text(values.get(DOCUMENT_IDS));
    String text = text(values.get(EVIDENCE_TEXT));
    int before = problems.size();
    String normalised = null;
    if (ids != null) {
      Set<Long> known = documents.list(procurementId).stream().map(DocumentInfo::id).collect(Collectors.toSet());
      List<Long> parsed = new ArrayList<>();
      for (String part : ids.split("[,\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          long id = Long.parseLong(part);
          if (!known.contains(id)) {
            problems.add(DOCUMENT_IDS + ": no document " + id + " of procurement " + procurementId
                + "; upload the vendor's " + what + " to /api/procurements/" + procurementId + "/documents first");
          }
          parsed.add(id);
        } catch (NumberFormatException e) {
          problems.add(DOCUMENT_IDS + ": '" + part + "' is no document id (whole numbers, comma-separated)");
        }
      }
      normalised = parsed.stream().map(String::valueOf).collect(Collectors.joining(","));
      if (normalised.length() > 200) {
        problems.add(DOCUMENT_IDS + ": at most 200 characters");
      }
    }
    if (text != null && text.length() < MIN_EVIDENCE_TEXT) {
      problems.add(EVIDENCE_TEXT + ": at least " + MIN_EVIDENCE_TEXT + " characters, or give document ids instead");
    } else if (text != null && text.length() > IncidentNotice.MAX_TEXT) {
      problems.add(EVIDENCE_TEXT + ": at most " + IncidentNotice.MAX_TEXT + " characters");
    }
    if (ids == null && text == null) {
      problems.add(DOCUMENT_IDS + ": the vendor's " + what + " is required: document ids of procurement " + procurementId
          + " or the text in " + EVIDENCE_TEXT);
    }
    return problems.size() == before ? new Evidence(normalised == null || normalised.isEmpty() ? null : normalised, text) : null;
  }
}
