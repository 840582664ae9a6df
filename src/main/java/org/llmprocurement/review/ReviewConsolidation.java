package org.llmprocurement.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.llmprocurement.engine.EngineClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** All roles done: stores what the review found, and whether negotiation is needed. */
@Component
public class ReviewConsolidation {

  /**
   * One gap as consolidation stored it (JSON in {@code review_outcome.gaps}, a 100,000-character
   * column): finding and justification are cut to {@link #SUMMARY_CHARS} there, so the list of every
   * requirement of the catalogue always fits; the full texts stay on the review item.
   */
  public record Gap(String requirementId, String area, String ownerRole, String status, boolean noGo, String finding,
      String justification) {}

  static final int SUMMARY_CHARS = 300;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReviewItemRepository items;
  private final ReviewOutcomeRepository outcomes;

  ReviewConsolidation(ReviewItemRepository items, ReviewOutcomeRepository outcomes) {
    this.items = items;
    this.outcomes = outcomes;
  }

  /** Stores the outcome of the current round with its gap list (gaps on no-go items counted). */
  @Transactional
  public ReviewOutcome consolidate(long procurementId) {
    List<ReviewItem> all = items.findByProcurementIdOrderByIdAsc(procurementId);
    List<Gap> gaps = all.stream().filter(item -> item.getStatus().countsAsGap())
        .map(item -> new Gap(item.getRequirementId(), item.getArea(), item.getOwnerRole(), item.getStatus().name(),
            item.isNoGo(), ReviewItem.clip(item.getFinding(), SUMMARY_CHARS), ReviewItem.clip(item.getJustification(), SUMMARY_CHARS)))
        .toList();
    int noGo = (int) gaps.stream().filter(Gap::noGo).count();
    int round = all.stream().mapToInt(ReviewItem::getReviewRound).max().orElse(1);
    ReviewOutcome.Outcome outcome = gaps.isEmpty() ? ReviewOutcome.Outcome.READY_FOR_SIGN_OFF : ReviewOutcome.Outcome.NEGOTIATION_NEEDED;
    try {
      return outcomes.save(new ReviewOutcome(procurementId, round, outcome, gaps.size(), noGo, JSON.writeValueAsString(gaps),
          EngineClock.now()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<ReviewOutcome> latestOutcome(long procurementId) {
    return outcomes.findFirstByProcurementIdOrderByIdDesc(procurementId);
  }

  /** The gap list stored with an outcome. */
  public List<Gap> gaps(ReviewOutcome outcome) {
    try {
      return JSON.readValue(outcome.getGaps(), new TypeReference<List<Gap>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("unreadable gap list of outcome " + outcome.getId(), e);
    }
  }
}
