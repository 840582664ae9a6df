package org.llmprocurement.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's decision on one item, as entered in a Tasklist row or sent to
 * {@code PUT /api/procurements/{id}/checklist/{requirementId}}.
 *
 * @param decision MET, GAP, WAIVED or NOT_APPLICABLE
 * @param documentId the contract document holding the clause (MET)
 * @param section where in it, e.g. "§7.2"
 * @param clauseText the clause as written
 * @param document2Id optional second document saying something about the same requirement
 * @param section2 where in the second document
 * @param clause2Text the second clause
 * @param controllingReference PRIMARY or SECONDARY: which reference controls when they disagree
 * @param evidenceDocumentId the evidence relied on (e.g. a SOC 2 report)
 * @param evidenceExpiry until when the evidence is valid
 * @param justification what is missing (GAP), why waive (WAIVED), why not applicable, or why the
 *     clause analysis is wrong (with disputeFinding)
 * @param disputeFinding the reviewer disputes the clause analysis; a manager decides
 */
public record ReviewInput(
    ReviewDecisionKind decision,
    Long documentId,
    String section,
    String clauseText,
    Long document2Id,
    String section2,
    String clause2Text,
    String controllingReference,
    Long evidenceDocumentId,
    LocalDate evidenceExpiry,
    String justification,
    boolean disputeFinding) {

  /** Field names, as in the form rows and the API. */
  public static final List<String> FIELDS = List.of("decision", "documentId", "section", "clauseText", "document2Id",
      "section2", "clause2Text", "controllingReference", "evidenceDocumentId", "evidenceExpiry", "justification",
      "disputeFinding");

  /** The longest text each field takes; the review_item columns are at least this long (SchemaLimitsTest). */
  public static final Map<String, Integer> MAX_LENGTH = Map.of("section", 200, "clauseText", 10_000,
      "section2", 200, "clause2Text", 10_000, "controllingReference", 20, "justification", 4000);

  /** A waiver's or disputed finding's approval comment (ApprovalGuard): the approval_comment column. */
  public static final int MAX_APPROVAL_COMMENT = 4000;

  public boolean hasSecondReference() {
    return document2Id != null || notBlank(section2) || notBlank(clause2Text);
  }

  /** Reads plain values (form row or JSON), naming each unreadable field with the requirement id. */
  static ReviewInput parse(String requirementId, Map<String, Object> raw, List<String> problems) {
    MAX_LENGTH.forEach((field, max) -> {
      String text = text(raw.get(field));
      if (text != null && text.length() > max) {
        problems.add(requirementId + ": " + field + " must be at most " + max + " characters (got " + text.length() + ")");
      }
      org.llmprocurement.security.TextRules.check(requirementId + ": " + field, text, problems);
    });
    ReviewDecisionKind decision = null;
    Object d = raw.get("decision");
    if (d != null && !d.toString().isBlank()) {
      try {
        decision = ReviewDecisionKind.valueOf(d.toString().trim());
      } catch (IllegalArgumentException e) {
        problems.add(requirementId + ": decision '" + d + "' is not one of MET, GAP, WAIVED, NOT_APPLICABLE");
      }
    }
    return new ReviewInput(decision,
        id(requirementId, "documentId", raw.get("documentId"), problems),
        text(raw.get("section")), text(raw.get("clauseText")),
        id(requirementId, "document2Id", raw.get("document2Id"), problems),
        text(raw.get("section2")), text(raw.get("clause2Text")),
        text(raw.get("controllingReference")),
        id(requirementId, "evidenceDocumentId", raw.get("evidenceDocumentId"), problems),
        date(requirementId, raw.get("evidenceExpiry"), problems),
        text(raw.get("justification")),
        Boolean.TRUE.equals(raw.get("disputeFinding")) || "true".equals(String.valueOf(raw.get("disputeFinding"))));
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static Long id(String requirementId, String field, Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() > 0) {
      return n.longValue();
    }
    String s = value.toString().trim().replaceFirst("^#", "");
    try {
      long id = Long.parseLong(s);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(requirementId + ": " + field + " '" + value + "' is not a document id");
    return null;
  }

  private static LocalDate date(String requirementId, Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      String s = value.toString().trim();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      problems.add(requirementId + ": evidenceExpiry '" + value + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
