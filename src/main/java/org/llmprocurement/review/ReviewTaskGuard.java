package org.llmprocurement.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Review clauses": one row per catalogue requirement of the task's package. Completion is refused
 * while any row is undecided, unevidenced or unjustified, naming each requirement id; otherwise
 * every decision is written to {@code review_item}, MET clauses judged by the clause analysis.
 */
@Component
class ReviewTaskGuard implements TaskFormGuard<ReviewTaskGuard.Judged> {

  /**
   * A valid completion: its judged decisions and the procurement's review items they were judged
   * over, read once for the rows, the decisions and their recording (same transaction).
   */
  record Judged(Map<String, ReviewItem> underReview, List<ReviewDecisions.Decision> decisions) {}

  /** The rows ({@link ReviewRow}, JSON); the one field the form submits. */
  static final String ITEMS = "items";

  private final ReviewPackaging packaging;
  private final ReviewForms forms;
  private final ReviewDecisions decisions;
  private final PinnedVersions pinned;

  ReviewTaskGuard(ReviewPackaging packaging, ReviewForms forms, ReviewDecisions decisions, PinnedVersions pinned) {
    this.packaging = packaging;
    this.forms = forms;
    this.decisions = decisions;
    this.pinned = pinned;
  }

  @Override
  public String processDefinitionKey() {
    return ClauseReviewProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ClauseReviewProcess.REVIEW_CLAUSES;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ITEMS);
  }

  @Override
  public void prepare(DelegateTask task) {
    String title = packaging.title(procurementId(task), ClauseReviewProcess.packageOf(task));
    // Camunda's task name column holds 255 characters; the form shows the whole title
    task.setName(ReviewItem.clip("Review " + ReviewForms.roleName(role(task))
        + " clauses: " + title, 255));
  }

  /**
   * Worked out each time the form is read, never stored: the rows with their saved decisions, the
   * procurement's documents (an upload while the task is open shows at once), the package's title
   * and the risk tier.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long procurementId = procurementId(task);
    String role = role(task);
    ReviewPackage reviewPackage = ClauseReviewProcess.packageOf(task);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(ITEMS, JsonViews.json(forms.rows(procurementId, packaging.itemsOf(procurementId, role, reviewPackage))));
    // grows with the number of documents: a JSON value, never a string past the engine's 4,000 characters
    view.put("documents", JsonViews.json(forms.documentList(procurementId)));
    view.put("packageTitle", packaging.title(procurementId, reviewPackage));
    view.put("tier", pinned.thresholdsOf(procurementId).tier().name());
    return view;
  }

  @Override
  public Validation<Judged> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    long procurementId = procurementId(submission.task());
    Map<String, ReviewItem> underReview = decisions.underReview(procurementId);
    Map<String, Map<String, Object>> raw = rows(submission, procurementId, underReview.values(), problems);
    List<ReviewDecisions.Decision> judged = decisions.validate(procurementId, underReview, raw, submission.userId(), problems);
    return Validation.of(new Judged(underReview, judged), problems);
  }

  @Override
  public void apply(TaskSubmission submission, Judged judged) {
    decisions.record(procurementId(submission.task()), judged.underReview(), judged.decisions(), submission.userId());
  }

  /** The submitted rows' decision fields by requirement id; every row of the package must be there, no other. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> rows(TaskSubmission submission, long procurementId, Collection<ReviewItem> everything,
      List<String> problems) {
    DelegateTask task = submission.task();
    Set<String> expected = new LinkedHashSet<>();
    packaging.itemsOf(procurementId, role(task), ClauseReviewProcess.packageOf(task), everything)
        .forEach(i -> expected.add(i.getRequirementId()));
    Object value = submission.values().get(ITEMS);
    if (!(value instanceof List<?> rows)) {
      problems.add(ITEMS + ": must be the list of review rows");
      return Map.of();
    }
    Map<String, Map<String, Object>> decided = new LinkedHashMap<>();
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
      decided.put(id, fields);
    }
    expected.stream().filter(id -> !decided.containsKey(id)).forEach(id -> problems.add(id + ": row missing"));
    return decided;
  }

  /**
   * The procurement, a variable of the clause review's process instance (the call activity passes
   * it in), read there: a read through the task would look for it in the task, the package's
   * instance and the multi-instance body first, one query each.
   */
  static long procurementId(DelegateTask task) {
    return ProcurementLifecycle.PROCUREMENT_ID.from(task.getExecution().getProcessInstance()).get();
  }

  /** The reviewing function, like {@link #procurementId} a variable of the process instance, read there. */
  private static String role(DelegateTask task) {
    return ClauseReviewProcess.ROLE.from(task.getExecution().getProcessInstance()).get();
  }
}
