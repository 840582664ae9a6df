package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * Approval of the items of one role that wait for someone else's decision: waivers (approver named
 * by the tier thresholds) and disputed clause findings (managers). One row per item; each needs
 * APPROVE or REFUSE, refusals a comment; the approver is never the reviewer or the requester.
 */
abstract class ApprovalGuard implements TaskFormGuard<List<ApprovalGuard.Answer>> {

  static final int MAX_COMMENT = ReviewInput.MAX_APPROVAL_COMMENT;

  static final String APPROVE = "APPROVE";
  static final String REFUSE = "REFUSE";

  /** A valid answer on one item. */
  record Answer(String requirementId, boolean approved, String comment) {}

  private final ReviewApprovals approvals;
  private final ReviewForms forms;
  private final ReviewStatus pendingStatus;
  private final String rowsField;
  private final String taskDefinitionKey;

  ApprovalGuard(ReviewApprovals approvals, ReviewForms forms, ReviewStatus pendingStatus, String rowsField,
      String taskDefinitionKey) {
    this.approvals = approvals;
    this.forms = forms;
    this.pendingStatus = pendingStatus;
    this.rowsField = rowsField;
    this.taskDefinitionKey = taskDefinitionKey;
  }

  @Override
  public String processDefinitionKey() {
    return ClauseReviewProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return taskDefinitionKey;
  }

  @Override
  public Set<String> fields() {
    return Set.of(rowsField);
  }

  @Override
  public void prepare(DelegateTask task) {
    String role = ClauseReviewProcess.ROLE.from(task).get();
    task.setName(ReviewItem.clip(task.getName() + ": " + ReviewForms.roleName(role) + " items", 255));
  }

  /** Worked out each time the form is read, never stored (ADR 0008): one row per item still pending. */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long procurementId = ReviewTaskGuard.procurementId(task);
    String role = ClauseReviewProcess.ROLE.from(task).get();
    return Map.of(rowsField, JsonViews.json(
        forms.approvalRows(procurementId, approvals.pending(procurementId, role, pendingStatus), pendingStatus)));
  }

  @Override
  public Validation<List<Answer>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    List<Answer> answers = answers(submission, problems);
    return Validation.of(answers, problems);
  }

  @Override
  public void apply(TaskSubmission submission, List<Answer> answers) {
    approvals.approve(ReviewTaskGuard.procurementId(submission.task()), ClauseReviewProcess.ROLE.from(submission.task()).get(),
        answers.stream().map(a -> new ReviewApprovals.Approval(a.requirementId(), a.approved(), a.comment())).toList(),
        submission.userId());
  }

  private List<Answer> answers(TaskSubmission submission, List<String> problems) {
    long procurementId = ReviewTaskGuard.procurementId(submission.task());
    String role = ClauseReviewProcess.ROLE.from(submission.task()).get();
    List<ReviewItem> pending = approvals.pending(procurementId, role, pendingStatus);
    approvals.checkApprover(procurementId, pending, submission.userId(), problems);
    Set<String> expected = new TreeSet<>();
    pending.forEach(i -> expected.add(i.getRequirementId()));
    List<Answer> answers = new ArrayList<>();
    Object value = submission.values().get(rowsField);
    if (!(value instanceof List<?> rows)) {
      problems.add(rowsField + ": must be the list of rows");
      return answers;
    }
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> map) || !(map.get("requirementId") instanceof String id) || !expected.contains(id)) {
        problems.add(rowsField + ": a row names no item waiting for this decision");
        continue;
      }
      Object approval = map.get("approval");
      String comment = map.get("comment") == null ? null : map.get("comment").toString().trim();
      if (!APPROVE.equals(approval) && !REFUSE.equals(approval)) {
        problems.add(id + ": choose APPROVE or REFUSE");
      } else if (REFUSE.equals(approval) && (comment == null || comment.isEmpty())) {
        problems.add(id + ": say why you refuse");
      } else if (comment != null && comment.length() > MAX_COMMENT) {
        problems.add(id + ": comment must be at most " + MAX_COMMENT + " characters (got " + comment.length() + ")");
      } else {
        answers.add(new Answer(id, APPROVE.equals(approval), comment == null || comment.isEmpty() ? null : comment));
      }
    }
    expected.stream().filter(id -> rows.stream().noneMatch(r -> r instanceof Map<?, ?> m && id.equals(m.get("requirementId"))))
        .forEach(id -> problems.add(id + ": row missing"));
    return answers;
  }

  @Component
  static class Waivers extends ApprovalGuard {
    Waivers(ReviewApprovals approvals, ReviewForms forms) {
      super(approvals, forms, ReviewStatus.WAIVER_PENDING, "waivers", ClauseReviewProcess.APPROVE_WAIVERS);
    }
  }

  @Component
  static class Disputes extends ApprovalGuard {
    Disputes(ReviewApprovals approvals, ReviewForms forms) {
      super(approvals, forms, ReviewStatus.DISPUTE_PENDING, "disputes", ClauseReviewProcess.DECIDE_DISPUTES);
    }
  }
}
