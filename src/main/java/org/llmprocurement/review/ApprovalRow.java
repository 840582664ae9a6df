package org.llmprocurement.review;

/**
 * One row of the "Approve waivers" and "Decide disputed findings" forms: an item waiting for
 * someone else's decision, and the answer ({@code approval} APPROVE or REFUSE, {@code comment}).
 */
public record ApprovalRow(
    String requirementId,
    String title,
    String decidedBy,
    String justification,
    String clauseText,
    String finding,
    String approval,
    String comment) {}
