package org.llmprocurement.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.llmprocurement.contracts.ExitTrigger;

/**
 * One exit of a register entry: row of {@code contract_exit}. While it runs,
 * {@code open_contract_id} holds the contract id (unique: one running exit per contract); the
 * dates the runbook works to (planned cut-over, export and deletion deadlines, the transition
 * assistance period) and, once closed, the retention it was given. Updated column by column
 * without a version check: the runbook's parallel branches (export, cut-over) each write their own
 * columns and must not fail each other.
 */
@Entity
@Table(name = "contract_exit")
@org.hibernate.annotations.DynamicUpdate
public class ContractExit {

  /** Where an exit stands: running, closed by its last step, or cancelled (its runbook instance was deleted). */
  public enum Status { RUNNING, CLOSED, CANCELLED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "contract_id", nullable = false)
  private Long contractId;
  @Column(name = "open_contract_id")
  private Long openContractId;
  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;
  @Enumerated(EnumType.STRING)
  @Column(name = "exit_trigger", nullable = false, length = 30)
  private ExitTrigger trigger;
  @Column(nullable = false, length = 2000)
  private String reason;
  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;
  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;
  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;
  @Column(name = "planned_cut_over")
  private LocalDate plannedCutOver;
  @Column(name = "successor_contract_id")
  private Long successorContractId;
  @Column(name = "no_successor_reason", length = 2000)
  private String noSuccessorReason;
  @Column(name = "assistance_until")
  private LocalDate assistanceUntil;
  @Column(name = "export_window_days")
  private Integer exportWindowDays;
  @Column(name = "export_deadline")
  private LocalDate exportDeadline;
  @Column(name = "export_verified_at")
  private Instant exportVerifiedAt;
  @Column(name = "cut_over_on")
  private LocalDate cutOverOn;
  @Column(name = "deletion_days")
  private Integer deletionDays;
  @Column(name = "deletion_deadline")
  private LocalDate deletionDeadline;
  @Column(name = "backups_expire_on")
  private LocalDate backupsExpireOn;
  @Column(name = "certificate_document_id")
  private Long certificateDocumentId;
  @Column(name = "retention_years")
  private Integer retentionYears;
  @Column(name = "retain_until")
  private Instant retainUntil;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "row_version", nullable = false)
  private Integer rowVersion = 0;

  protected ContractExit() {}

  ContractExit(long contractId, String businessKey, ExitTrigger trigger, String reason, String requestedBy,
      Instant requestedAt, String processInstanceId, LocalDate assistanceUntil) {
    this.contractId = contractId;
    this.openContractId = contractId;
    this.businessKey = businessKey;
    this.trigger = trigger;
    this.reason = reason;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.processInstanceId = processInstanceId;
    this.status = Status.RUNNING;
    this.assistanceUntil = assistanceUntil;
  }

  void frozen(LocalDate plannedCutOver, Long successorContractId, String noSuccessorReason) {
    this.plannedCutOver = plannedCutOver;
    this.successorContractId = successorContractId;
    this.noSuccessorReason = noSuccessorReason;
  }

  void exportRequested(int windowDays, LocalDate deadline) {
    this.exportWindowDays = windowDays;
    this.exportDeadline = deadline;
  }

  void exportVerified(Instant at) {
    this.exportVerifiedAt = at;
  }

  void cutOverPostponed(LocalDate newDate) {
    this.plannedCutOver = newDate;
  }

  void cutOver(LocalDate on) {
    this.cutOverOn = on;
  }

  void deletionRequested(int days, LocalDate deadline) {
    this.deletionDays = days;
    this.deletionDeadline = deadline;
  }

  void certified(long documentId, LocalDate backupsExpireOn) {
    this.certificateDocumentId = documentId;
    this.backupsExpireOn = backupsExpireOn;
  }

  void closed(Instant at, int retentionYears, Instant retainUntil) {
    this.status = Status.CLOSED;
    this.openContractId = null;
    this.closedAt = at;
    this.retentionYears = retentionYears;
    this.retainUntil = retainUntil;
  }

  void cancelled(Instant at) {
    this.status = Status.CANCELLED;
    this.openContractId = null;
    this.closedAt = at;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public ExitTrigger getTrigger() { return trigger; }
  public String getReason() { return reason; }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Status getStatus() { return status; }
  public LocalDate getPlannedCutOver() { return plannedCutOver; }
  public Long getSuccessorContractId() { return successorContractId; }
  public String getNoSuccessorReason() { return noSuccessorReason; }
  public LocalDate getAssistanceUntil() { return assistanceUntil; }
  public Integer getExportWindowDays() { return exportWindowDays; }
  public LocalDate getExportDeadline() { return exportDeadline; }
  public Instant getExportVerifiedAt() { return exportVerifiedAt; }
  public LocalDate getCutOverOn() { return cutOverOn; }
  public Integer getDeletionDays() { return deletionDays; }
  public LocalDate getDeletionDeadline() { return deletionDeadline; }
  public LocalDate getBackupsExpireOn() { return backupsExpireOn; }
  public Long getCertificateDocumentId() { return certificateDocumentId; }
  public Integer getRetentionYears() { return retentionYears; }
  public Instant getRetainUntil() { return retainUntil; }
  public Instant getClosedAt() { return closedAt; }
}
