package org.llmprocurement.documents;

/**
 * Published (as a Spring application event) when a new version of a contract document has been
 * stored; listeners that act after the upload's transaction committed see the document.
 *
 * @param procurementId the procurement the document belongs to
 * @param documentId the new document's id
 */
public record DocumentStored(long procurementId, long documentId) {}
