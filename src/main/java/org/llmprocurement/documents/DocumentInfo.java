package org.llmprocurement.documents;

import java.time.Instant;
import java.time.LocalDate;

/** A contract document without its content: what lists and look-ups read from the database. */
public record DocumentInfo(long id, long procurementId, DocumentType type, String title, int version, String fileName,
    String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt, LocalDate effectiveDate,
    Long supersedesId) {

  static DocumentInfo of(ContractDocument d) {
    return new DocumentInfo(d.getId(), d.getProcurementId(), d.getType(), d.getTitle(), d.getVersion(), d.getFileName(),
        d.getContentType(), d.getSizeBytes(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt(), d.getEffectiveDate(),
        d.getSupersedesId());
  }

  /** Same procurement, type and title. */
  boolean sameFamily(DocumentInfo other) {
    return procurementId == other.procurementId && type == other.type && title.equals(other.title);
  }
}
