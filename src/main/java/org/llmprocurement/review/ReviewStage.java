package org.llmprocurement.review;

import java.util.Map;
import java.util.Set;
import org.llmprocurement.lifecycle.LifecycleStage;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The clause review stage: the per-function {@code clause-review} process the lifecycle calls, its
 * forms and guards, and how the lifecycle reports a procurement while and after it is reviewed.
 */
@Component
class ReviewStage implements LifecycleStage {

  @Override
  public String name() {
    return "review";
  }

  @Override
  public Set<String> processes() {
    return Set.of(ClauseReviewProcess.KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of("review-clauses", "approve-waivers", "decide-disputes");
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(ReviewTaskGuard.class, ApprovalGuard.class);
  }

  @Override
  public Map<String, String> whileActive() {
    return Map.of(ProcurementLifecycle.REVIEW_CALL_PREFIX + "*", "CLAUSE_REVIEW");
  }

  /** The review no longer ends the lifecycle: negotiation or sign-off follows. */
  @Override
  public Map<String, String> afterEnd() {
    return Map.of();
  }

  @Override
  public int order() {
    return 20;
  }
}
