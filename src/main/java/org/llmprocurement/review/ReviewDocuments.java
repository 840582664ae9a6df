package org.llmprocurement.review;

import java.util.List;
import java.util.Optional;

/** The contract documents of a procurement, as the review needs them. */
public interface ReviewDocuments {

  Optional<ReviewRules.Document> find(long procurementId, long documentId);

  /** The latest version of every document, for the forms' "documents" list. */
  List<ReviewRules.Document> latest(long procurementId);
}
