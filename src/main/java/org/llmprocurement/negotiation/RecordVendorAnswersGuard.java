package org.llmprocurement.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Record vendor answers": one row per item of the round. Procurement may answer every row, a
 * reviewing function only its own; answers saved earlier through the API or an uploaded issues list
 * are shown and stand. Completion is refused while any item has no answer, naming each.
 */
@Component
class RecordVendorAnswersGuard implements TaskFormGuard<List<VendorAnswer>> {

  static final String ANSWERS = "answers";

  private final Negotiations negotiations;

  RecordVendorAnswersGuard(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public String processDefinitionKey() {
    return NegotiationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return NegotiationProcess.RECORD_ANSWERS;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ANSWERS);
  }

  @Override
  public void prepare(DelegateTask task) {
    NegotiationRound round = round(task);
    task.setName("Record vendor answers, round " + round.getRoundNumber() + ": " + round.getBusinessKey());
  }

  /**
   * Worked out each time the form is read, never stored: the round's rows with the answers saved
   * so far (also over the API while the task is open) and the round's number.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    NegotiationRound round = round(task);
    return Map.of(ANSWERS, JsonViews.json(rows(negotiations, round)), "roundNumber", round.getRoundNumber());
  }

  /** The rows of the form, answers as saved so far. */
  static List<Map<String, Object>> rows(Negotiations negotiations, NegotiationRound round) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (NegotiationItem item : negotiations.itemsOf(round)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("requirementId", item.getRequirementId());
      row.put("title", item.getTitle());
      row.put("owner", item.getOwnerRole());
      row.put("requestedWording", item.getRequestedWording());
      row.put("fallback", item.getFallbackWording());
      row.put("currentClause", item.getClauseBefore() == null ? "(no clause)" : item.getClauseBefore());
      row.put("saved", item.getAnswerKind() == null ? "No answer recorded yet."
          : "Saved: " + item.getAnswerKind() + " by " + item.getAnsweredBy() + " via " + item.getAnsweredVia()
              + (item.getAnswerVerdict() == null ? "" : "; clause analysis: " + item.getAnswerVerdict()));
      row.put("kind", item.getAnswerKind() == null ? null : item.getAnswerKind().name());
      row.put("documentId", item.getAnswerDocumentId());
      row.put("section", n(item.getAnswerSection()));
      row.put("clauseText", n(item.getAnswerClause()));
      row.put("reason", n(item.getAnswerReason()));
      rows.add(row);
    }
    return rows;
  }

  @Override
  public Validation<List<VendorAnswer>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    NegotiationRound round = round(submission.task());
    Map<String, NegotiationItem> items = new LinkedHashMap<>();
    negotiations.itemsOf(round).forEach(i -> items.put(i.getRequirementId(), i));
    Object value = submission.values().get(ANSWERS);
    if (!(value instanceof List<?> rows)) {
      problems.add(ANSWERS + ": must be the list of answer rows");
      return Validation.of(null, problems);
    }
    Map<String, Map<String, Object>> changed = new LinkedHashMap<>();
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> map) || !(map.get("requirementId") instanceof String id)) {
        problems.add(ANSWERS + ": every row needs its requirementId");
        continue;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      VendorAnswer.FIELDS.forEach(f -> fields.put(f, map.get(f)));
      NegotiationItem item = items.get(id);
      boolean blank = fields.values().stream().allMatch(v -> v == null || v.toString().isBlank());
      if (item == null || (!blank && !sameAsSaved(fields, item))) {
        changed.put(id, fields);
      }
    }
    List<VendorAnswer> answers = negotiations.validateAnswers(round, changed, submission.caller(), problems);
    Set<String> answered = new java.util.HashSet<>();
    answers.forEach(a -> answered.add(a.requirementId()));
    changed.keySet().forEach(answered::add);
    items.values().stream().filter(i -> i.getAnswerKind() == null && !answered.contains(i.getRequirementId()))
        .forEach(i -> problems.add(i.getRequirementId() + ": no vendor answer recorded"));
    return Validation.of(answers, problems);
  }

  @Override
  public void apply(TaskSubmission submission, List<VendorAnswer> answers) {
    NegotiationRound round = round(submission.task());
    String user = submission.userId() == null ? "system" : submission.userId();
    negotiations.recordAnswers(round.getId(), answers, user, Negotiations.VIA_TASKLIST);
    negotiations.closeAnswers(round.getId(), user);
  }

  /** Whether a row holds exactly the answer saved on the item (nothing new to check or write). */
  static boolean sameAsSaved(Map<String, Object> fields, NegotiationItem item) {
    VendorAnswer saved = item.storedAnswer();
    if (saved == null) {
      return false;
    }
    return Objects.equals(text(fields.get("kind")), saved.kind().name())
        && Objects.equals(id(fields.get("documentId")), saved.documentId() == null ? null : saved.documentId().toString())
        && Objects.equals(text(fields.get("section")), saved.section())
        && Objects.equals(text(fields.get("clauseText")), saved.clauseText())
        && Objects.equals(text(fields.get("reason")), saved.reason());
  }

  private static String text(Object value) {
    return VendorAnswer.text(value);
  }

  private static String id(Object value) {
    if (value instanceof Number n) {
      return String.valueOf(n.longValue());
    }
    return text(value);
  }

  private static String n(String text) {
    return text == null ? "" : text;
  }

  private NegotiationRound round(DelegateTask task) {
    return negotiations.latestRound(ProcurementLifecycle.PROCUREMENT_ID.from(task).get()).orElseThrow();
  }
}
