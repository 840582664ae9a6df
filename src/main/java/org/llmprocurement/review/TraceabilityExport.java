package org.llmprocurement.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The traceability matrix: every requirement under review with the document(s) and clause(s) that
 * satisfy it (one line per reference; a line without a document where none was recorded).
 */
@Component
class TraceabilityExport {

  static final List<String> COLUMNS = List.of("requirementId", "area", "ownerRole", "status", "noGo", "reference",
      "document", "documentVersion", "section", "figures", "finding", "conflict", "reviewer", "decidedAt");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReviewService review;
  private final ReviewDocuments documents;

  TraceabilityExport(ReviewService review, ReviewDocuments documents) {
    this.review = review;
    this.documents = documents;
  }

  List<Map<String, Object>> rows(long procurementId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewItem item : review.items(procurementId)) {
      boolean second = item.getDocument2Id() != null;
      rows.add(row(procurementId, item, second ? "PRIMARY" : "", item.getDocumentId(), item.getSectionRef()));
      if (second) {
        rows.add(row(procurementId, item, "SECONDARY", item.getDocument2Id(), item.getSection2Ref()));
      }
    }
    return rows;
  }

  String csv(long procurementId) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Map<String, Object> row : rows(procurementId)) {
      csv.append(COLUMNS.stream().map(column -> escape(row.get(column))).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  List<Map<String, Object>> gaps(ReviewOutcome outcome) {
    try {
      return JSON.readValue(outcome.getGaps(), new TypeReference<List<Map<String, Object>>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("unreadable gap list of outcome " + outcome.getId(), e);
    }
  }

  private Map<String, Object> row(long procurementId, ReviewItem item, String reference, Long documentId, String section) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("requirementId", item.getRequirementId());
    row.put("area", item.getArea());
    row.put("ownerRole", item.getOwnerRole());
    row.put("status", item.getStatus().name());
    row.put("noGo", item.isNoGo());
    String controlling = item.getControllingReference();
    row.put("reference", reference.isEmpty() ? "" : reference + (reference.equals(controlling) ? " (controls)" : ""));
    var document = documentId == null ? null : documents.find(procurementId, documentId).orElse(null);
    row.put("document", document == null ? (documentId == null ? "" : "#" + documentId) : document.type() + " " + document.title() + " (#" + document.id() + ")");
    row.put("documentVersion", document == null ? "" : document.version());
    row.put("section", section == null ? "" : section);
    row.put("figures", item.getFigures() == null ? "" : item.getFigures());
    row.put("finding", item.getFinding() == null ? "" : item.getFinding());
    row.put("conflict", item.getConflict() == null ? "" : item.getConflict());
    row.put("reviewer", item.getDecidedBy() == null ? "" : item.getDecidedBy());
    row.put("decidedAt", item.getDecidedAt() == null ? "" : item.getDecidedAt().toString());
    return row;
  }

  /** RFC 4180 quoting; cells starting with = + - @ are prefixed so spreadsheets never run them. */
  static String escape(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
