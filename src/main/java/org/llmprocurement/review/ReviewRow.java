package org.llmprocurement.review;

/**
 * One row of a "Review clauses" form: what the catalogue wants for one requirement at the tier, and
 * the row's current (saved) decision. The task-local {@code items} variable is the JSON list of
 * these; the form's fields bind to the component names, and the decision fields come back as
 * {@link ReviewInput}. {@code analysis} says why the clause analysis judged the saved clause as it
 * did (empty until a MET decision is saved). {@code reopenReason} says why the item came back for a
 * new decision (a negotiation round changed its clause, sign-off rejected it); empty otherwise.
 */
public record ReviewRow(
    String requirementId,
    String title,
    String want,
    String fallback,
    String weakWording,
    String threshold,
    String noGo,
    String evidence,
    String status,
    String finding,
    String analysis,
    String decision,
    Long documentId,
    String section,
    String clauseText,
    Long document2Id,
    String section2,
    String clause2Text,
    String controllingReference,
    Long evidenceDocumentId,
    String evidenceExpiry,
    String justification,
    boolean disputeFinding,
    String reopenReason) {}
