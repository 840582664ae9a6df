package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The traceability matrix: every requirement under review with the document(s) and clause(s) that
 * satisfy it (one line per reference; a line without a document where none was recorded).
 */
@Component
public class TraceabilityExport {

  public static final List<String> COLUMNS = List.of("requirementId", "area", "ownerRole", "status", "noGo", "reference",
      "document", "documentVersion", "section", "figures", "finding", "conflict", "reviewer", "decidedAt");

  private final ReviewDecisions decisions;
  private final ReviewDocuments documents;

  TraceabilityExport(ReviewDecisions decisions, ReviewDocuments documents) {
    this.decisions = decisions;
    this.documents = documents;
  }

  /** One line of the matrix; component names are the CSV columns, in order. */
  public record Row(String requirementId, String area, String ownerRole, String status, boolean noGo, String reference,
      String document, Object documentVersion, String section, String figures, String finding, String conflict,
      String reviewer, String decidedAt) {

    List<Object> cells() {
      return java.util.Arrays.asList(requirementId, area, ownerRole, status, noGo, reference, document, documentVersion, section,
          figures, finding, conflict, reviewer, decidedAt);
    }
  }

  /** The matrix of the procurement, one row per clause reference. */
  public List<Row> rows(long procurementId) {
    List<Row> rows = new ArrayList<>();
    // the procurement's documents read in one query, however many clauses cite them (one query per
    // row at first, one per document since, issue 14)
    LongFunction<Optional<ReviewRules.Document>> document = documents.lookup(procurementId);
    for (ReviewItem item : decisions.items(procurementId)) {
      boolean second = item.getDocument2Id() != null;
      rows.add(row(document, item, second ? "PRIMARY" : "", item.getDocumentId(), item.getSectionRef()));
      if (second) {
        rows.add(row(document, item, "SECONDARY", item.getDocument2Id(), item.getSection2Ref()));
      }
    }
    return rows;
  }

  /** The matrix as CSV (RFC 4180, a header line of {@link #COLUMNS}). */
  public String csv(long procurementId) {
    StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Row row : rows(procurementId)) {
      csv.append(row.cells().stream().map(TraceabilityExport::escape).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  private Row row(LongFunction<Optional<ReviewRules.Document>> cited, ReviewItem item, String reference, Long documentId,
      String section) {
    String controlling = item.getControllingReference();
    var document = documentId == null ? null : cited.apply(documentId).orElse(null);
    return new Row(item.getRequirementId(), item.getArea(), item.getOwnerRole(), item.getStatus().name(), item.isNoGo(),
        reference.isEmpty() ? "" : reference + (reference.equals(controlling) ? " (controls)" : ""),
        document == null ? (documentId == null ? "" : "#" + documentId) : document.type() + " " + document.title() + " (#" + document.id() + ")",
        document == null ? "" : document.version(),
        section == null ? "" : section,
        item.getFigures() == null ? "" : item.getFigures(),
        item.getFinding() == null ? "" : item.getFinding(),
        item.getConflict() == null ? "" : item.getConflict(),
        item.getDecidedBy() == null ? "" : item.getDecidedBy(),
        item.getDecidedAt() == null ? "" : item.getDecidedAt().toString());
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
