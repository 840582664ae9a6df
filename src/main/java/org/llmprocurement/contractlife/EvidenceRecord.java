package org.llmprocurement.contractlife;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * Evidence recorded for a contract (table {@code audit_evidence}): an uploaded {@code EVIDENCE}
 * document of the contract's procurement, the day the vendor issued it and the last day it is
 * valid; the request it answered, if any. Never changed; newer evidence is a new row.
 */
@Entity
@Immutable
@Table(name = "audit_evidence")
public class EvidenceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "evidence_type", nullable = false, length = 300)
  private String evidenceType;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected EvidenceRecord() {}

  EvidenceRecord(long contractId, String businessKey, String evidenceType, long documentId, LocalDate issuedOn,
      LocalDate expiresOn, Long requestId, String recordedBy, Instant recordedAt) {
    this.contractId = contractId;
    this.businessKey = businessKey;
    this.evidenceType = evidenceType;
    this.documentId = documentId;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
    this.requestId = requestId;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public String getEvidenceType() { return evidenceType; }
  public Long getDocumentId() { return documentId; }
  public LocalDate getIssuedOn() { return issuedOn; }
  public LocalDate getExpiresOn() { return expiresOn; }
  public Long getRequestId() { return requestId; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
