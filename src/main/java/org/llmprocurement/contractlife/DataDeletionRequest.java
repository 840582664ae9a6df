package org.llmprocurement.contractlife;

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
import java.util.Locale;
import org.llmprocurement.domain.DataCategory;

/** One request to the vendor to delete a named data set: row of {@code data_deletion_request}. */
@Entity
@Table(name = "data_deletion_request")
public class DataDeletionRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "data_set_name", nullable = false, length = 200)
  private String dataSetName;

  @Column(name = "data_set_name_key", nullable = false, length = 200)
  private String dataSetNameKey;

  @Column(name = "data_set_description", nullable = false, length = 4000)
  private String dataSetDescription;

  @Column(name = "data_categories", nullable = false, length = 500)
  private String dataCategories;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "deletion_days", nullable = false)
  private int deletionDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_source", nullable = false, length = 20)
  private DeletionRules.Source deadlineSource;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "reminder_date", nullable = false)
  private LocalDate reminderDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeletionStatus status;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "confirmation_document_id")
  private Long confirmationDocumentId;

  @Column(name = "covers_content")
  private Boolean coversContent;

  @Column(name = "covers_backups")
  private Boolean coversBackups;

  @Column(name = "covers_derived_artefacts")
  private Boolean coversDerivedArtefacts;

  @Column(name = "confirmation_note", length = 4000)
  private String confirmationNote;

  @Column(name = "confirmed_by", length = 100)
  private String confirmedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected DataDeletionRequest() {}

  DataDeletionRequest(long contractId, long procurementId, String businessKey, String processInstanceId,
      DeletionRules.RequestInput input, String requestedBy, Instant requestedAt, DeletionRules.Schedule schedule) {
    this.contractId = contractId;
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
    this.dataSetName = input.dataSetName();
    this.dataSetNameKey = nameKey(input.dataSetName());
    this.dataSetDescription = input.dataSetDescription();
    this.dataCategories = String.join(",", input.dataCategories().stream().map(Enum::name).toList());
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.deletionDays = schedule.period().days();
    this.deadlineSource = schedule.period().source();
    this.deadline = schedule.deadline();
    this.reminderDate = schedule.reminder();
    this.status = DeletionStatus.OPEN;
  }

  /** The name as compared for duplicates: trimmed, blanks collapsed, lower case. */
  static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  void reminded(Instant at) {
    if (remindedAt == null) {
      remindedAt = at;
    }
  }

  void escalated(Instant at) {
    if (status == DeletionStatus.OPEN) {
      status = DeletionStatus.OVERDUE;
    }
    if (escalatedAt == null) {
      escalatedAt = at;
    }
  }

  void confirm(long documentId, String note, String userId, Instant at) {
    this.confirmationDocumentId = documentId;
    this.coversContent = true;
    this.coversBackups = true;
    this.coversDerivedArtefacts = true;
    this.confirmationNote = note;
    this.confirmedBy = userId;
    this.confirmedAt = at;
    this.status = DeletionStatus.CONFIRMED;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getProcurementId() { return procurementId; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getDataSetName() { return dataSetName; }
  public String getDataSetDescription() { return dataSetDescription; }
  public List<DataCategory> getDataCategories() {
    return Arrays.stream(dataCategories.split(",")).filter(s -> !s.isBlank()).map(DataCategory::valueOf).toList();
  }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public int getDeletionDays() { return deletionDays; }
  public DeletionRules.Source getDeadlineSource() { return deadlineSource; }
  public LocalDate getDeadline() { return deadline; }
  public LocalDate getReminderDate() { return reminderDate; }
  public DeletionStatus getStatus() { return status; }
  public Instant getRemindedAt() { return remindedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public Long getConfirmationDocumentId() { return confirmationDocumentId; }
  public Boolean getCoversContent() { return coversContent; }
  public Boolean getCoversBackups() { return coversBackups; }
  public Boolean getCoversDerivedArtefacts() { return coversDerivedArtefacts; }
  public String getConfirmationNote() { return confirmationNote; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
}
