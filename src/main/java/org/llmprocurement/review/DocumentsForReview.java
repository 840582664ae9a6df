package org.llmprocurement.review;

import java.time.ZoneOffset;
import java.util.List;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.documents.DocumentService;
import org.springframework.stereotype.Component;

/**
 * The review's view of the uploaded contract documents (metadata only). A document's date is its
 * effective date when given, else the day it was uploaded; evidence age is measured from it.
 */
@Component
class DocumentsForReview implements ReviewDocuments {

  private final DocumentService documents;

  DocumentsForReview(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public java.util.Map<Long, ReviewRules.Document> all(long procurementId) {
    java.util.Map<Long, ReviewRules.Document> byId = new java.util.HashMap<>();
    documents.list(procurementId).forEach(d -> byId.put(d.id(), of(d)));
    return byId;
  }

  @Override
  public List<ReviewRules.Document> latest(long procurementId) {
    // one listing, newest version per family (type and title), in listing order
    java.util.Map<String, DocumentInfo> newest = new java.util.LinkedHashMap<>();
    for (DocumentInfo d : documents.list(procurementId)) {
      newest.merge(d.type() + "\u0000" + d.title(), d, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return newest.values().stream().map(DocumentsForReview::of).toList();
  }

  private static ReviewRules.Document of(DocumentInfo d) {
    return new ReviewRules.Document(d.id(), d.type().name(), d.title(), d.version(),
        d.effectiveDate() != null ? d.effectiveDate() : d.uploadedAt().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
