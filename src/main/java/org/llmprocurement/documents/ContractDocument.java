package org.llmprocurement.documents;

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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored version of a contract document. Rows are never changed: a new upload is a new row
 * with the next version of its family (procurement + type + title).
 */
@Entity
@Immutable
@Table(name = "contract_document")
public class ContractDocument {

  /** The largest document the API accepts; matches {@code spring.servlet.multipart.max-file-size}. */
  public static final int MAX_BYTES = 25 * 1024 * 1024;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false, updatable = false)
  private long procurementId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 30, updatable = false)
  private DocumentType type;

  @Column(nullable = false, length = 200, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "file_name", nullable = false, length = 255, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 255, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  /** bytea on PostgreSQL, binary varying on H2 (see V3__contract_documents.sql). */
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false, length = MAX_BYTES, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "effective_date", updatable = false)
  private LocalDate effectiveDate;

  @Column(name = "supersedes_id", updatable = false)
  private Long supersedesId;

  protected ContractDocument() {}

  ContractDocument(long procurementId, DocumentType type, String title, int version, String fileName,
      String contentType, byte[] content, String sha256, String uploadedBy, Instant uploadedAt,
      LocalDate effectiveDate, Long supersedesId) {
    this.procurementId = procurementId;
    this.type = type;
    this.title = title;
    this.version = version;
    this.fileName = fileName;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.effectiveDate = effectiveDate;
    this.supersedesId = supersedesId;
  }

  public Long getId() { return id; }
  public long getProcurementId() { return procurementId; }
  public DocumentType getType() { return type; }
  public String getTitle() { return title; }
  public int getVersion() { return version; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSizeBytes() { return sizeBytes; }
  /** Lower-case hex SHA-256 of the content. */
  public String getSha256() { return sha256; }
  public byte[] getContent() { return content.clone(); }
  public String getUploadedBy() { return uploadedBy; }
  public Instant getUploadedAt() { return uploadedAt; }
  public LocalDate getEffectiveDate() { return effectiveDate; }
  /** The previous version of the same family, or {@code null} for version 1. */
  public Long getSupersedesId() { return supersedesId; }
}
