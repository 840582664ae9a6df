package org.llmprocurement.review;

import java.util.List;
import java.util.Optional;

/** The contract documents of a procurement, as the review needs them. */
public interface ReviewDocuments {

  Optional<ReviewRules.Document> find(long procurementId, long documentId);

  /** Every version of every document of the procurement by id, read in one query (no content). */
  java.util.Map<Long, ReviewRules.Document> all(long procurementId);

  /** The latest version of every document, for the forms' "documents" list. */
  List<ReviewRules.Document> latest(long procurementId);
}
