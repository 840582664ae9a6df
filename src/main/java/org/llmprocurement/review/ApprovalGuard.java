package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.springframework.stereotype.Component;

/**
 * Approval of the items of one role that wait for someone else's decision: waivers (approver named
 * by the tier thresholds) and disputed clause findings (managers). One row per item; each needs
 * APPROVE or REFUSE, refusals a comment; the approver is never the reviewer or the requester.
 */
abstract class ApprovalGuard implements TaskFormGuard {

  static final int MAX_COMMENT = ReviewInput.MAX_APPROVAL_COMMENT;

  static final String APPROVE = "APPROVE";
  static final String REFUSE = "REFUSE";

  private final ReviewService review;
  private final ReviewStatus pendingStatus;
  private final String rowsField;
  private final String taskDefinitionKey;

  ApprovalGuard(ReviewService review, ReviewStatus pendingStatus, String rowsField, String taskDefinitionKey) {
    this.review = review;
    this.pendingStatus = pendingStatus;
    this.rowsField = rowsField;
    this.taskDefinitionKey = taskDefinitionKey;
  }

  @Override
  public String processDefinitionKey() {
    return ReviewProcess.KEY;
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
    long procurementId = ReviewTaskGuard.procurementId(task);
    String role = (String) task.getVariable(ReviewProcess.VAR_ROLE);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewItem item : review.pending(procurementId, role, pendingStatus)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("requirementId", item.getRequirementId());
      row.put("title", review.requirement(procurementId, item.getRequirementId()).title());
      row.put("decidedBy", item.getDecidedBy());
      row.put("justification", pendingStatus == ReviewStatus.DISPUTE_PENDING ? item.getDisputeJustification() : item.getJustification());
      row.put("clauseText", item.getClauseText() == null ? "" : item.getClauseText());
      row.put("finding", item.getFinding() == null ? "" : item.getFinding());
      row.put("approval", null);
      row.put("comment", "");
      rows.add(row);
    }
    task.setName(task.getName() + ": " + ReviewService.roleName(role) + " items");
    task.setVariableLocal(rowsField, JsonViews.json(rows));
  }

  @Override
  public List<String> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    answers(submission, problems);
    return problems;
  }

  @Override
  public void apply(TaskSubmission submission) {
    long procurementId = ReviewTaskGuard.procurementId(submission.task());
    answers(submission, new ArrayList<>()).forEach((requirementId, answer) ->
        review.approve(procurementId, requirementId, APPROVE.equals(answer[0]), answer[1], submission.userId()));
  }

  private Map<String, String[]> answers(TaskSubmission submission, List<String> problems) {
    long procurementId = ReviewTaskGuard.procurementId(submission.task());
    String role = (String) submission.task().getVariable(ReviewProcess.VAR_ROLE);
    List<ReviewItem> pending = review.pending(procurementId, role, pendingStatus);
    review.checkApprover(procurementId, pending, submission.userId(), problems);
    Set<String> expected = new TreeSet<>();
    pending.forEach(i -> expected.add(i.getRequirementId()));
    Map<String, String[]> answers = new LinkedHashMap<>();
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
        answers.put(id, new String[] {(String) approval, comment == null || comment.isEmpty() ? null : comment});
      }
    }
    expected.stream().filter(id -> rows.stream().noneMatch(r -> r instanceof Map<?, ?> m && id.equals(m.get("requirementId"))))
        .forEach(id -> problems.add(id + ": row missing"));
    return answers;
  }

  @Component
  static class Waivers extends ApprovalGuard {
    Waivers(ReviewService review) {
      super(review, ReviewStatus.WAIVER_PENDING, "waivers", ReviewProcess.APPROVE_WAIVERS);
    }
  }

  @Component
  static class Disputes extends ApprovalGuard {
    Disputes(ReviewService review) {
      super(review, ReviewStatus.DISPUTE_PENDING, "disputes", ReviewProcess.DECIDE_DISPUTES);
    }
  }
}
