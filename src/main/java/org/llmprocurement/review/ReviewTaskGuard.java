package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.intake.IntakeProcess;
import org.springframework.stereotype.Component;

/**
 * "Review clauses": one row per catalogue requirement of the task's package. Completion is refused
 * while any row is undecided, unevidenced or unjustified, naming each requirement id; otherwise
 * every decision is written to {@code review_item}, MET clauses judged by the clause analysis.
 */
@Component
class ReviewTaskGuard implements TaskFormGuard {

  static final String ITEMS = "items";

  private final ReviewService review;

  ReviewTaskGuard(ReviewService review) {
    this.review = review;
  }

  @Override
  public String processDefinitionKey() {
    return ReviewProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ReviewProcess.REVIEW_CLAUSES;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ITEMS);
  }

  @Override
  public void prepare(DelegateTask task) {
    long procurementId = procurementId(task);
    String role = (String) task.getVariable(ReviewProcess.VAR_ROLE);
    String reviewPackage = (String) task.getVariable(ReviewProcess.VAR_PACKAGE);
    String title = review.packageTitle(reviewPackage);
    task.setName("Review " + ReviewService.roleName(role) + " clauses: " + title);
    task.setVariableLocal(ITEMS, JsonViews.json(review.rows(procurementId, review.itemsOf(procurementId, role, reviewPackage))));
    // grows with the number of documents: a Json string, never a string variable past 4,000 characters
    task.setVariableLocal("documents", JsonViews.json(review.documentList(procurementId)));
    task.setVariableLocal("packageTitle", title);
    task.setVariableLocal("tier", review.thresholdsOf(procurementId).tier().name());
  }

  @Override
  public List<String> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Object>> decisions = decisions(submission, problems);
    var judged = review.validate(procurementId(submission.task()), decisions, submission.userId(), problems);
    submission.remember("decisions", decisions);
    submission.remember("judged", judged);
    return problems;
  }

  @Override
  public void apply(TaskSubmission submission) {
    review.record(procurementId(submission.task()), submission.remembered("decisions"), submission.remembered("judged"),
        submission.userId());
  }

  /** The submitted rows by requirement id; every row of the package must be there, no other. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> decisions(TaskSubmission submission, List<String> problems) {
    DelegateTask task = submission.task();
    long procurementId = procurementId(task);
    String role = (String) task.getVariable(ReviewProcess.VAR_ROLE);
    String reviewPackage = (String) task.getVariable(ReviewProcess.VAR_PACKAGE);
    Set<String> expected = new LinkedHashSet<>();
    review.itemsOf(procurementId, role, reviewPackage).forEach(i -> expected.add(i.getRequirementId()));
    Object value = submission.values().get(ITEMS);
    if (!(value instanceof List<?> rows)) {
      problems.add(ITEMS + ": must be the list of review rows");
      return Map.of();
    }
    Map<String, Map<String, Object>> decisions = new LinkedHashMap<>();
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> map) || !(map.get("requirementId") instanceof String id)) {
        problems.add(ITEMS + ": every row needs its requirementId");
        continue;
      }
      if (!expected.contains(id)) {
        problems.add(id + ": is not a row of this task");
        continue;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> {
        if (ReviewInput.FIELDS.contains(k)) {
          fields.put(k, v);
        }
      });
      decisions.put(id, fields);
    }
    expected.stream().filter(id -> !decisions.containsKey(id)).forEach(id -> problems.add(id + ": row missing"));
    return decisions;
  }

  static long procurementId(DelegateTask task) {
    return ((Number) task.getVariable(IntakeProcess.VAR_PROCUREMENT_ID)).longValue();
  }
}
