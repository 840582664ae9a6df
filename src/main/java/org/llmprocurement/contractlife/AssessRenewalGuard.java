package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.identity.Groups;

/**
 * "Assess renewal (IT)" and its siblings for security, legal and data governance: the owning
 * function reads the renewal view and advises RENEW, RENEGOTIATE or EXIT with a comment (required
 * unless renewing). Every problem is named; nothing is written on refusal.
 */
@org.springframework.stereotype.Component
class AssessRenewalGuard implements TaskFormGuard<RenewalRules.Advice> {

  static final String ADVICE = "advice";
  static final String COMMENT = "comment";

  private final RenewalReviews reviews;
  private final RenewalViews views;

  AssessRenewalGuard(RenewalReviews reviews, RenewalViews views) {
    this.reviews = reviews;
    this.views = views;
  }

  @Override
  public String processDefinitionKey() {
    return ContractRenewalProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ContractRenewalProcess.ASSESS;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ADVICE, COMMENT);
  }

  @Override
  public void prepare(DelegateTask task) {
    String role = ContractRenewalProcess.ASSESSING_ROLE.from(task).get();
    task.setName("Assess renewal (" + Groups.displayName(role) + ")");
  }

  /** Worked out each time the form is read, never stored (ADR 0008): the contract's renewal summary and empty advice fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    RenewalReview review = reviews.review(ContractRenewalProcess.REVIEW_ID.from(task).get());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(ADVICE, null);
    view.put(COMMENT, "");
    view.put("renewalSummary", RenewalViews.summary(views.of(reviews.contract(review.getContractId()))));
    return view;
  }

  @Override
  public Validation<RenewalRules.Advice> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    RenewalRules.Advice advice = RenewalRules.advice(submission.values().get(ADVICE), submission.text(COMMENT), problems);
    return Validation.of(advice, problems);
  }

  @Override
  public void apply(TaskSubmission submission, RenewalRules.Advice advice) {
    DelegateTask task = submission.task();
    reviews.assess(ContractRenewalProcess.REVIEW_ID.from(task).get(), ContractRenewalProcess.ASSESSING_ROLE.from(task).get(),
        advice, submission.userId() == null ? "system" : submission.userId());
  }
}
