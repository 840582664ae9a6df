package org.llmprocurement.contractlife;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One request to security for one evidence type of one contract (table {@code evidence_request}):
 * why it was made ({@link EvidenceRules.Reason}), when it is due, whether it went overdue and the
 * evidence that closed it. At most one request per contract and type is {@code OPEN}.
 */
@Entity
@Table(name = "evidence_request")
public class EvidenceRequest {

  /** Status values. */
  public static final String OPEN = "OPEN";
  public static final String PROVIDED = "PROVIDED";
  /** Closed without evidence: the contract ended or no longer keeps the evidence type. */
  public static final String WITHDRAWN = "WITHDRAWN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "evidence_type", nullable = false, length = 300)
  private String evidenceType;

  @Column(nullable = false, length = 20)
  private String reason;

  @Column(name = "requested_on", nullable = false)
  private LocalDate requestedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false, length = 20)
  private String status;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Column(name = "evidence_id")
  private Long evidenceId;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EvidenceRequest() {}

  EvidenceRequest(long contractId, String businessKey, String evidenceType, EvidenceRules.Reason reason, LocalDate requestedOn,
      LocalDate dueOn, Instant createdAt) {
    this.contractId = contractId;
    this.businessKey = businessKey;
    this.evidenceType = evidenceType;
    this.reason = reason.name();
    this.requestedOn = requestedOn;
    this.dueOn = dueOn;
    this.status = OPEN;
    this.createdAt = createdAt;
  }

  void markOverdue(Instant at) {
    if (!overdue) {
      overdue = true;
      overdueSince = at;
    }
  }

  void close(long evidenceId, String userId, Instant at) {
    this.status = PROVIDED;
    this.evidenceId = evidenceId;
    this.closedBy = userId;
    this.closedAt = at;
  }

  void withdraw(String why, Instant at) {
    this.status = WITHDRAWN;
    this.closedBy = why.length() > 100 ? why.substring(0, 100) : why;
    this.closedAt = at;
  }

  public boolean isOpen() { return OPEN.equals(status); }
  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public String getEvidenceType() { return evidenceType; }
  public String getReason() { return reason; }
  public LocalDate getRequestedOn() { return requestedOn; }
  public LocalDate getDueOn() { return dueOn; }
  public String getStatus() { return status; }
  public boolean isOverdue() { return overdue; }
  public Instant getOverdueSince() { return overdueSince; }
  public Long getEvidenceId() { return evidenceId; }
  public String getClosedBy() { return closedBy; }
  public Instant getClosedAt() { return closedAt; }
}
