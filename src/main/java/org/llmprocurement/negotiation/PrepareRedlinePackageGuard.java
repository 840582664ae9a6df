package org.llmprocurement.negotiation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Prepare redline package": one row per item of the round with the requested wording procurement
 * may edit. Completing the task sends the package; it is refused while any item lacks requested
 * wording, naming each. Sets the vendor's response deadline and the silence escalation date.
 */
@Component
class PrepareRedlinePackageGuard implements TaskFormGuard<Map<String, String>> {

  static final String ITEMS = "items";

  private final Negotiations negotiations;

  PrepareRedlinePackageGuard(Negotiations negotiations) {
    this.negotiations = negotiations;
  }

  @Override
  public String processDefinitionKey() {
    return NegotiationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return NegotiationProcess.PREPARE_PACKAGE;
  }

  @Override
  public Set<String> fields() {
    return Set.of(ITEMS);
  }

  @Override
  public void prepare(DelegateTask task) {
    NegotiationRound round = round(task);
    task.setName("Prepare redline package, round " + round.getRoundNumber() + ": " + round.getBusinessKey());
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): one row per item of the round
   * with its finding, position and the wording recorded so far, the round and sign-off's note.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    NegotiationRound round = round(task);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (NegotiationItem item : negotiations.itemsOf(round)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("requirementId", item.getRequirementId());
      row.put("title", item.getTitle());
      row.put("noGo", item.isNoGo() ? "NO-GO at this tier" : "");
      row.put("reference", Negotiations.reference(item));
      row.put("currentClause", item.getClauseBefore() == null ? "(no clause)" : item.getClauseBefore());
      row.put("finding", item.getFinding() == null ? "" : item.getFinding());
      row.put("position", item.getPositionRank() == 0 ? "preferred position" : "fallback " + item.getPositionRank());
      row.put("requestedWording", item.getRequestedWording());
      row.put("fallback", item.getFallbackWording());
      rows.add(row);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(ITEMS, JsonViews.json(rows));
    view.put("roundNumber", round.getRoundNumber());
    view.put("returnNote", round.getReturnReason() == null ? "" : "Sign-off sent the contract back: " + round.getReturnReason());
    return view;
  }

  @Override
  public Validation<Map<String, String>> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    Map<String, String> wordings = new LinkedHashMap<>();
    Object value = submission.values().get(ITEMS);
    if (!(value instanceof List<?> rows)) {
      problems.add(ITEMS + ": must be the list of package rows");
      return Validation.of(null, problems);
    }
    for (Object row : rows) {
      if (!(row instanceof Map<?, ?> map) || !(map.get("requirementId") instanceof String id)) {
        problems.add(ITEMS + ": every row needs its requirementId");
        continue;
      }
      Object wording = map.get("requestedWording");
      wordings.put(id, wording == null ? "" : wording.toString());
    }
    Map<String, String> valid = negotiations.validateWordings(round(submission.task()), wordings, problems);
    return Validation.of(valid, problems);
  }

  @Override
  public void apply(TaskSubmission submission, Map<String, String> wordings) {
    NegotiationRound round = round(submission.task());
    Instant[] dates = negotiations.send(round.getId(), wordings, submission.userId() == null ? "system" : submission.userId());
    ProcessData.write(NegotiationProcess.RESPONSE_DUE, submission.task().getExecution(), Date.from(dates[0]));
    ProcessData.write(NegotiationProcess.SILENCE_ESCALATION, submission.task().getExecution(), Date.from(dates[1]));
  }

  private NegotiationRound round(DelegateTask task) {
    return negotiations.latestRound(ProcurementLifecycle.PROCUREMENT_ID.from(task).get()).orElseThrow();
  }
}
