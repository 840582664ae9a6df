package org.llmprocurement.notices.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.notices.incident.IncidentNotice.Severity;
import org.llmprocurement.notices.incident.RegulatoryRules.Classification;

/** One vendor security incident, opened by its first notice: row of {@code security_incident}. */
@Entity
@Table(name = "security_incident")
public class SecurityIncident {

  /** OPEN until every corrective action is closed, then CLOSED. */
  public enum Status { OPEN, CLOSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "notice_id", nullable = false)
  private Long noticeId;
  @Column(name = "contract_id", nullable = false)
  private Long contractId;
  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;
  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;
  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;
  @Column(name = "vendor_notice_id", nullable = false, length = 100)
  private String vendorNoticeId;
  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;
  @Column(name = "aware_at", nullable = false)
  private Instant awareAt;
  @Column(name = "confirmed_at")
  private Instant confirmedAt;
  @Column(name = "notified_at", nullable = false)
  private Instant notifiedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Severity severity;
  @Column(length = 4000)
  private String scope;
  @Column(name = "affected_systems", length = 12000)
  private String affectedSystems;
  @Column(name = "affected_data", length = 500)
  private String affectedData;
  @Column(name = "preliminary_cause", length = 4000)
  private String preliminaryCause;
  @Column(length = 4000)
  private String containment;
  @Column(name = "next_update_due_at")
  private Instant nextUpdateDueAt;
  @Column(name = "missing_contents", length = 300)
  private String missingContents;
  @Column(name = "late_notice", length = 1000)
  private String lateNotice;
  @Column(name = "suspected_hours", nullable = false)
  private int suspectedHours;
  @Column(name = "confirmed_hours", nullable = false)
  private int confirmedHours;
  @Column(name = "update_hours", nullable = false)
  private int updateHours;
  @Column(name = "root_cause_days", nullable = false)
  private int rootCauseDays;
  @Column(name = "corrective_action_days", nullable = false)
  private int correctiveActionDays;
  @Column(name = "figure_sources", nullable = false, length = 500)
  private String figureSources;
  @Column(name = "root_cause_due", nullable = false)
  private LocalDate rootCauseDue;
  @Column(name = "plan_due", nullable = false)
  private LocalDate planDue;
  @Column(name = "last_heard_at", nullable = false)
  private Instant lastHeardAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;
  @Column(name = "personal_data_breach")
  private Boolean personalDataBreach;
  @Column(name = "major_ict_incident")
  private Boolean majorIctIncident;
  @Column(name = "ai_act_serious")
  private Boolean aiActSerious;
  @Column(name = "ai_act_case", length = 40)
  private String aiActCase;
  @Column(name = "classification_note", length = 4000)
  private String classificationNote;
  @Column(name = "classified_by", length = 100)
  private String classifiedBy;
  @Column(name = "classified_at")
  private Instant classifiedAt;
  @Column(name = "root_cause_document_ids", length = 200)
  private String rootCauseDocumentIds;
  @Column(name = "root_cause_text", length = 4000)
  private String rootCauseText;
  @Column(name = "root_cause_by", length = 100)
  private String rootCauseBy;
  @Column(name = "root_cause_at")
  private Instant rootCauseAt;
  @Column(name = "root_cause_escalated_at")
  private Instant rootCauseEscalatedAt;
  @Column(name = "plan_document_ids", length = 200)
  private String planDocumentIds;
  @Column(name = "plan_text", length = 4000)
  private String planText;
  @Column(name = "plan_by", length = 100)
  private String planBy;
  @Column(name = "plan_at")
  private Instant planAt;
  @Column(name = "plan_escalated_at")
  private Instant planEscalatedAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected SecurityIncident() {}

  SecurityIncident(long noticeId, long contractId, long procurementId, String businessKey, long vendorId,
      String vendorNoticeId, String processInstanceId, IncidentNotice notice, Instant toldAt, List<String> lateNotice,
      IncidentRules.Figures figures, LocalDate rootCauseDue, LocalDate planDue) {
    this.noticeId = noticeId;
    this.contractId = contractId;
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.vendorId = vendorId;
    this.vendorNoticeId = vendorNoticeId;
    this.processInstanceId = processInstanceId;
    this.awareAt = notice.awareAt();
    this.confirmedAt = notice.confirmedAt();
    this.notifiedAt = toldAt;
    this.severity = notice.severity();
    this.lateNotice = lateNotice.isEmpty() ? null : clip(String.join("; ", lateNotice), 1000);
    this.suspectedHours = figures.suspectedHours().value();
    this.confirmedHours = figures.confirmedHours().value();
    this.updateHours = figures.updateHours().value();
    this.rootCauseDays = figures.rootCauseDays().value();
    this.correctiveActionDays = figures.correctiveActionDays().value();
    this.figureSources = IncidentRules.KEYS.stream().map(k -> k + "=" + figures.byKey().get(k).source())
        .collect(Collectors.joining(","));
    this.rootCauseDue = rootCauseDue;
    this.planDue = planDue;
    this.lastHeardAt = toldAt;
    this.status = Status.OPEN;
    contents(notice);
  }

  /** Takes the contents the notice gives (keeps what is known when a field is absent); recomputes what is missing. */
  void contents(IncidentNotice notice) {
    if (notice.scope() != null) {
      scope = notice.scope();
    }
    if (!notice.affectedSystems().isEmpty()) {
      affectedSystems = String.join("\n", notice.affectedSystems());
    }
    if (!notice.affectedData().isEmpty()) {
      affectedData = notice.affectedData().stream().map(Enum::name).collect(Collectors.joining(","));
    }
    if (notice.preliminaryCause() != null) {
      preliminaryCause = notice.preliminaryCause();
    }
    if (notice.containment() != null) {
      containment = notice.containment();
    }
    if (notice.nextUpdateDueAt() != null) {
      nextUpdateDueAt = notice.nextUpdateDueAt();
    }
    List<String> missing = IncidentNotice.CONTENTS.stream().filter(f -> switch (f) {
      case IncidentNotice.SCOPE -> scope == null;
      case IncidentNotice.AFFECTED_SYSTEMS -> affectedSystems == null;
      case IncidentNotice.AFFECTED_DATA -> affectedData == null;
      case IncidentNotice.PRELIMINARY_CAUSE -> preliminaryCause == null;
      case IncidentNotice.CONTAINMENT -> containment == null;
      default -> nextUpdateDueAt == null;
    }).toList();
    missingContents = missing.isEmpty() ? null : String.join(",", missing);
  }

  void heardAt(Instant at) {
    if (at.isAfter(lastHeardAt)) {
      lastHeardAt = at;
    }
  }

  void classify(Classification c, String note, String userId, Instant at) {
    personalDataBreach = c.personalDataBreach();
    majorIctIncident = c.majorIctIncident();
    aiActSerious = c.aiActSerious();
    aiActCase = c.aiActSerious() && c.aiActCase() != null ? c.aiActCase().name() : null;
    classificationNote = note;
    classifiedBy = userId;
    classifiedAt = at;
  }

  void rootCause(String documentIds, String text, String userId, Instant at) {
    rootCauseDocumentIds = documentIds;
    rootCauseText = text;
    rootCauseBy = userId;
    rootCauseAt = at;
  }

  void plan(String documentIds, String text, String userId, Instant at) {
    planDocumentIds = documentIds;
    planText = text;
    planBy = userId;
    planAt = at;
  }

  void rootCauseEscalated(Instant at) {
    rootCauseEscalatedAt = at;
  }

  void planEscalated(Instant at) {
    planEscalatedAt = at;
  }

  void close(Instant at) {
    status = Status.CLOSED;
    closedAt = at;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  public Long getId() { return id; }
  public Long getNoticeId() { return noticeId; }
  public Long getContractId() { return contractId; }
  public Long getProcurementId() { return procurementId; }
  public String getBusinessKey() { return businessKey; }
  public Long getVendorId() { return vendorId; }
  public String getVendorNoticeId() { return vendorNoticeId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getAwareAt() { return awareAt; }
  public Instant getConfirmedAt() { return confirmedAt; }
  public Instant getNotifiedAt() { return notifiedAt; }
  public Severity getSeverity() { return severity; }
  public String getScope() { return scope; }
  public List<String> getAffectedSystems() {
    return affectedSystems == null ? List.of() : List.of(affectedSystems.split("\n"));
  }
  public List<DataCategory> getAffectedData() {
    return affectedData == null ? List.of() : Arrays.stream(affectedData.split(",")).map(DataCategory::valueOf).toList();
  }
  public String getPreliminaryCause() { return preliminaryCause; }
  public String getContainment() { return containment; }
  public Instant getNextUpdateDueAt() { return nextUpdateDueAt; }
  /** The contract-required contents still missing, in {@link IncidentNotice#CONTENTS} order. */
  public List<String> getMissingContents() {
    return missingContents == null ? List.of() : List.of(missingContents.split(","));
  }
  /** Why the notice was late, or {@code null} when it came in time. */
  public String getLateNotice() { return lateNotice; }
  public int getSuspectedHours() { return suspectedHours; }
  public int getConfirmedHours() { return confirmedHours; }
  public int getUpdateHours() { return updateHours; }
  public int getRootCauseDays() { return rootCauseDays; }
  public int getCorrectiveActionDays() { return correctiveActionDays; }
  /** {@code key=OBLIGATION|THRESHOLD} per figure, comma-separated. */
  public String getFigureSources() { return figureSources; }
  public LocalDate getRootCauseDue() { return rootCauseDue; }
  public LocalDate getPlanDue() { return planDue; }
  public Instant getLastHeardAt() { return lastHeardAt; }
  public Status getStatus() { return status; }
  public Boolean getPersonalDataBreach() { return personalDataBreach; }
  public Boolean getMajorIctIncident() { return majorIctIncident; }
  public Boolean getAiActSerious() { return aiActSerious; }
  public String getAiActCase() { return aiActCase; }
  public String getClassificationNote() { return classificationNote; }
  public String getClassifiedBy() { return classifiedBy; }
  public Instant getClassifiedAt() { return classifiedAt; }
  public String getRootCauseDocumentIds() { return rootCauseDocumentIds; }
  public String getRootCauseText() { return rootCauseText; }
  public String getRootCauseBy() { return rootCauseBy; }
  public Instant getRootCauseAt() { return rootCauseAt; }
  public Instant getRootCauseEscalatedAt() { return rootCauseEscalatedAt; }
  public String getPlanDocumentIds() { return planDocumentIds; }
  public String getPlanText() { return planText; }
  public String getPlanBy() { return planBy; }
  public Instant getPlanAt() { return planAt; }
  public Instant getPlanEscalatedAt() { return planEscalatedAt; }
  public Instant getClosedAt() { return closedAt; }
}
