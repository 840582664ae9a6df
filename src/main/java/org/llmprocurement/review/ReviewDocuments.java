package org.llmprocurement.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/** The contract documents of a procurement, as the review needs them. */
public interface ReviewDocuments {

  /** Every version of every document of the procurement by id, read in one query (no content). */
  Map<Long, ReviewRules.Document> all(long procurementId);

  /** The latest version of every document, for the forms' "documents" list. */
  List<ReviewRules.Document> latest(long procurementId);

  /**
   * The procurement's documents by id for one piece of work (judging a task's rows, exporting the
   * matrix): {@link #all} read once, when the first id is asked, however many rows name documents;
   * empty for an id that is not one of the procurement's. Not shared between threads.
   */
  default LongFunction<Optional<ReviewRules.Document>> lookup(long procurementId) {
    return new LongFunction<>() {
      private Map<Long, ReviewRules.Document> byId;

      @Override
      public Optional<ReviewRules.Document> apply(long documentId) {
        if (byId == null) {
          byId = all(procurementId);
        }
        return Optional.ofNullable(byId.get(documentId));
      }
    };
  }
}
