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

  /**
   * The API's view of the document (also the procurement page's JSON answer to an upload):
   * metadata, whether it is the latest version of its family, and its content URL.
   */
  public java.util.Map<String, Object> view(boolean latest) {
    java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
    view.put("id", id);
    view.put("procurementId", procurementId);
    view.put("type", type);
    view.put("title", title);
    view.put("version", version);
    view.put("latest", latest);
    view.put("fileName", fileName);
    view.put("contentType", contentType);
    view.put("sizeBytes", sizeBytes);
    view.put("sha256", sha256);
    view.put("uploadedBy", uploadedBy);
    view.put("uploadedAt", uploadedAt);
    view.put("effectiveDate", effectiveDate);
    view.put("supersedesId", supersedesId);
    view.put("contentUrl", DocumentService.path(procurementId, id) + "/content");
    return view;
  }
}
