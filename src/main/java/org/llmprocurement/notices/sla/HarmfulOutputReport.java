package org.llmprocurement.notices.sla;

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
import org.llmprocurement.domain.Surface;
import org.llmprocurement.notices.sla.HarmfulOutputRules.Kind;
import org.llmprocurement.notices.sla.HarmfulOutputRules.Suspension;

/** A harmful output or quality regression our teams reported, and its decision: row of {@code harmful_output_report}. */
@Entity
@Table(name = "harmful_output_report")
public class HarmfulOutputReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "contract_id", nullable = false)
  private Long contractId;
  @Column(name = "notice_id", nullable = false)
  private Long noticeId;
  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Surface surface;
  @Column(name = "observed_on", nullable = false)
  private LocalDate observedOn;
  @Column(nullable = false, length = 4000)
  private String description;
  @Column(length = 4000)
  private String examples;
  @Column(name = "business_owner", nullable = false, length = 100)
  private String businessOwner;
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Suspension suspension;
  @Column(name = "suspension_reason", length = 4000)
  private String suspensionReason;
  @Column(name = "remediation_request", length = 4000)
  private String remediationRequest;
  @Column(name = "remediation_deadline")
  private LocalDate remediationDeadline;
  @Column(name = "business_owner_agreed")
  private Boolean businessOwnerAgreed;
  @Column(name = "remediation_note", length = 4000)
  private String remediationNote;
  @Column(name = "remediation_confirmed_by", length = 100)
  private String remediationConfirmedBy;
  @Column(name = "remediation_confirmed_at")
  private Instant remediationConfirmedAt;
  @Column(name = "remediation_escalated_at")
  private Instant remediationEscalatedAt;
  @Column(name = "decided_by", length = 100)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected HarmfulOutputReport() {}

  HarmfulOutputReport(long contractId, long noticeId, long procurementId, HarmfulOutputRules.Report report, String businessOwner,
      Instant now) {
    this.contractId = contractId;
    this.noticeId = noticeId;
    this.procurementId = procurementId;
    this.kind = report.kind();
    this.surface = report.surface();
    this.observedOn = report.observedOn();
    this.description = report.description();
    this.examples = report.examples();
    this.businessOwner = businessOwner;
    this.recordedAt = now;
  }

  void decide(HarmfulOutputRules.Decision decision, String userId, Instant now) {
    this.suspension = decision.suspension();
    this.suspensionReason = decision.reason();
    this.remediationRequest = decision.remediationRequest();
    this.remediationDeadline = decision.remediationDeadline();
    this.businessOwnerAgreed = decision.businessOwnerAgreed();
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  void remediated(String note, String userId, Instant now) {
    this.remediationNote = note;
    this.remediationConfirmedBy = userId;
    this.remediationConfirmedAt = now;
  }

  void remediationEscalated(Instant now) {
    this.remediationEscalatedAt = now;
  }

  public Long getId() { return id; }
  public String getRemediationNote() { return remediationNote; }
  public String getRemediationConfirmedBy() { return remediationConfirmedBy; }
  public Instant getRemediationConfirmedAt() { return remediationConfirmedAt; }
  /** When the managers were told the remediation deadline passed unconfirmed; {@code null} otherwise. */
  public Instant getRemediationEscalatedAt() { return remediationEscalatedAt; }
  public Long getContractId() { return contractId; }
  public Long getNoticeId() { return noticeId; }
  public Long getProcurementId() { return procurementId; }
  public Kind getKind() { return kind; }
  public Surface getSurface() { return surface; }
  public LocalDate getObservedOn() { return observedOn; }
  public String getDescription() { return description; }
  public String getExamples() { return examples; }
  /** User id of the business owner: the procurement's requester. */
  public String getBusinessOwner() { return businessOwner; }
  public Suspension getSuspension() { return suspension; }
  public String getSuspensionReason() { return suspensionReason; }
  public String getRemediationRequest() { return remediationRequest; }
  public LocalDate getRemediationDeadline() { return remediationDeadline; }
  /** Whether the business owner decided or agreed; {@code null} while undecided. */
  public Boolean getBusinessOwnerAgreed() { return businessOwnerAgreed; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getRecordedAt() { return recordedAt; }
}
