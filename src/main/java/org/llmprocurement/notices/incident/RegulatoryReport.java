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
import org.llmprocurement.notices.incident.RegulatoryRules.Regime;
import org.llmprocurement.notices.incident.RegulatoryRules.ReportRule;

/** One report we owe an authority after a classified incident: row of {@code incident_regulatory_report}. */
@Entity
@Table(name = "incident_regulatory_report")
public class RegulatoryReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "incident_id", nullable = false)
  private Long incidentId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Regime regime;
  @Column(nullable = false)
  private int position;
  @Column(name = "report_key", nullable = false, length = 60)
  private String reportKey;
  @Column(name = "report_name", nullable = false, length = 300)
  private String reportName;
  @Column(name = "owner_group", nullable = false, length = 60)
  private String ownerGroup;
  @Column(name = "deadline_rule", nullable = false, length = 200)
  private String deadlineRule;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Column(name = "filed_at")
  private Instant filedAt;
  @Column(name = "filed_by", length = 100)
  private String filedBy;
  @Column(name = "authority_reference", length = 200)
  private String authorityReference;
  @Column(name = "evidence_document_ids", length = 200)
  private String evidenceDocumentIds;
  @Column(name = "evidence_text", length = 4000)
  private String evidenceText;
  @Column(name = "escalated_at")
  private Instant escalatedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected RegulatoryReport() {}

  RegulatoryReport(long incidentId, Regime regime, int position, ReportRule rule, Instant dueAt) {
    this.incidentId = incidentId;
    this.regime = regime;
    this.position = position;
    this.reportKey = rule.reportKey();
    this.reportName = rule.reportName();
    this.ownerGroup = rule.ownerGroup();
    this.deadlineRule = rule.deadline() + " from " + rule.runsFrom()
        + (rule.latestFromAwareness() == null || rule.latestFromAwareness().isBlank() ? ""
            : ", at the latest " + rule.latestFromAwareness() + " from OUR_AWARENESS");
    this.dueAt = dueAt;
  }

  void file(Instant filedAt, String reference, String documentIds, String text, String userId) {
    this.filedAt = filedAt;
    this.authorityReference = reference;
    this.evidenceDocumentIds = documentIds;
    this.evidenceText = text;
    this.filedBy = userId;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  public Long getId() { return id; }
  public Long getIncidentId() { return incidentId; }
  public Regime getRegime() { return regime; }
  public int getPosition() { return position; }
  public String getReportKey() { return reportKey; }
  public String getReportName() { return reportName; }
  public String getOwnerGroup() { return ownerGroup; }
  /** The rule in words, e.g. {@code PT4H from CLASSIFICATION, at the latest PT24H from OUR_AWARENESS}. */
  public String getDeadlineRule() { return deadlineRule; }
  public Instant getDueAt() { return dueAt; }
  public Instant getFiledAt() { return filedAt; }
  public String getFiledBy() { return filedBy; }
  public String getAuthorityReference() { return authorityReference; }
  public String getEvidenceDocumentIds() { return evidenceDocumentIds; }
  public String getEvidenceText() { return evidenceText; }
  public Instant getEscalatedAt() { return escalatedAt; }
}
