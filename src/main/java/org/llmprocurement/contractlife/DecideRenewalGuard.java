package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Decide renewal": procurement, after the owning functions' assessments, renews as is (with the
 * new term end, by default the same length again), renegotiates the listed requirements, or exits;
 * a reason always. Every problem is named; nothing is written on refusal.
 */
@Component
class DecideRenewalGuard implements TaskFormGuard<RenewalRules.Decision> {

  static final String DECISION = "decision";
  static final String NEW_TERM_END = "newTermEnd";
  static final String ITEMS = "requirementIds";
  static final String REASON = "reason";

  private final RenewalReviews reviews;
  private final RenewalViews views;
  private final CatalogueChanges catalogueChanges;

  DecideRenewalGuard(RenewalReviews reviews, RenewalViews views, CatalogueChanges catalogueChanges) {
    this.reviews = reviews;
    this.views = views;
    this.catalogueChanges = catalogueChanges;
  }

  @Override
  public String processDefinitionKey() {
    return ContractRenewalProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ContractRenewalProcess.DECIDE;
  }

  @Override
  public Set<String> fields() {
    return Set.of(DECISION, NEW_TERM_END, ITEMS, REASON);
  }

  @Override
  public void prepare(DelegateTask task) {
    RenewalReview review = reviews.review(ContractRenewalProcess.REVIEW_ID.from(task).get());
    task.setName("Decide renewal (notice by " + review.getNonRenewalDeadline() + ")");
  }

  /** Worked out each time the form is read, never stored (ADR 0008): the contract's renewal summary, the functions' advice, the requirements the catalogue changed, the proposed new term end and empty decision fields. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    RenewalReview review = reviews.review(ContractRenewalProcess.REVIEW_ID.from(task).get());
    RenewalView renewal = views.of(reviews.contract(review.getContractId()));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(DECISION, null);
    view.put(NEW_TERM_END, renewal.defaultNewTermEnd().toString());
    view.put(ITEMS, "");
    view.put(REASON, "");
    view.put("renewalSummary", RenewalViews.summary(renewal));
    view.put("assessments", String.join("; ", reviews.assessmentsOf(review.getId()).stream()
        .map(a -> a.getRole() + ": " + a.getAdvice() + (a.getComment() == null ? "" : " (" + a.getComment() + ")")).toList()));
    view.put("changedRequirements", String.join(", ", renewal.catalogueChanges().stream()
        .map(CatalogueChanges.Change::requirementId).toList()));
    return view;
  }

  @Override
  public Validation<RenewalRules.Decision> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    RenewalReview review = reviews.review(ContractRenewalProcess.REVIEW_ID.from(submission.task()).get());
    Contract contract = reviews.contract(review.getContractId());
    Set<String> added = catalogueChanges.since(contract, contract.getRiskTier()).stream()
        .filter(c -> c.kind() == CatalogueChanges.Kind.ADDED).map(CatalogueChanges.Change::requirementId).collect(Collectors.toSet());
    RenewalRules.Decision decision = RenewalRules.decision(submission.values().get(DECISION), submission.values().get(NEW_TERM_END),
        submission.values().get(ITEMS), submission.text(REASON), contract.getTermEnd(), reviews.negotiable(contract.getProcurementId()),
        added, problems);
    return Validation.of(decision, problems);
  }

  @Override
  public void apply(TaskSubmission submission, RenewalRules.Decision decision) {
    DelegateTask task = submission.task();
    reviews.decide(ContractRenewalProcess.REVIEW_ID.from(task).get(), decision,
        submission.userId() == null ? "system" : submission.userId());
    ProcessData.write(ContractRenewalProcess.DECISION, task.getExecution(), decision.decision());
  }
}
