package org.llmprocurement.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.Values;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the negotiation tests: a HIGH procurement driven through review with the given gaps, and
 * the {@code negotiation} process the lifecycle called for them.
 */
abstract class NegotiationTest extends IntegrationTest {

  /** A non-no-go IT item with a figure (availability). */
  static final String AVAIL = "SLA-AVAIL-01";
  /** A legal item required at HIGH only: narrowing to a pilot (MEDIUM) sets it aside. */
  static final String LEGAL = "LIA-DATA-01";
  /** A no-go security item at HIGH. */
  static final String NO_GO = "LOG-RET-01";

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  Negotiations negotiations;

  @Autowired
  NegotiationObligations obligations;

  @Autowired
  AcceptedRisks risks;

  ReviewFixture fixture;
  ProcessInstance negotiation;

  /** Reviews everything MET except the given gaps, then starts the negotiation. */
  void negotiate(String... gaps) {
    fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Set<String> gapIds = Set.of(gaps);
    fixture.reviewAll((role, row) -> {
      Map<String, Object> met = fixture.met(row);
      if (gapIds.contains((String) row.get("requirementId"))) {
        met.put("decision", "GAP");
        met.put("clauseText", "The Provider will use reasonable efforts.");
        met.put("justification", "The clause commits to nothing measurable.");
      }
      return met;
    });
    executeJobs();
    negotiation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NegotiationProcess.KEY)
        .processInstanceBusinessKey(fixture.businessKey()).singleResult();
    org.assertj.core.api.Assertions.assertThat(negotiation).as("the lifecycle called negotiation for the gaps").isNotNull();
    executeJobs();
  }

  Task task(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(NegotiationProcess.KEY)
        .processInstanceBusinessKey(fixture.businessKey()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> rows(Task task, String field) {
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariableLocal(task.getId(), field))
        .as(field + " is worked out when the form is read, never stored with the task (ADR 0008)").isNull();
    return new ArrayList<>((List<Map<String, Object>>) Values.plainValue(engine.getFormService().getTaskFormVariables(task.getId(), List.of(field), false).getValueTyped(field)));
  }

  void submit(String user, Task task, Map<String, Object> values) {
    var variables = Variables.createVariables();
    values.forEach((k, v) -> variables.putValue(k, v instanceof List<?> || v instanceof Map<?, ?> ? JsonViews.json(v) : v));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  /** Sends the prepared package as procurement, wordings as prepared. */
  void sendPackage() {
    Task prepare = task(NegotiationProcess.PREPARE_PACKAGE);
    List<Map<String, Object>> rows = rows(prepare, "items").stream().map(r -> {
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", r.get("requirementId"));
      keyed.put("requestedWording", r.get("requestedWording"));
      return keyed;
    }).toList();
    submit("demo-procurement", prepare, Map.of("items", rows));
    executeJobs();
  }

  /** Records one answer per item as procurement in Tasklist and completes the task. */
  void answerAll(UnaryOperator<Map<String, Object>> answer) {
    Task task = task(NegotiationProcess.RECORD_ANSWERS);
    List<Map<String, Object>> rows = rows(task, "answers").stream().map(r -> {
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", r.get("requirementId"));
      VendorAnswer.FIELDS.forEach(f -> keyed.put(f, r.get(f)));
      return answer.apply(keyed);
    }).toList();
    submit("demo-procurement", task, Map.of("answers", rows));
    executeJobs();
  }

  static UnaryOperator<Map<String, Object>> refused(String kind) {
    return row -> {
      row.put("kind", kind);
      row.put("reason", "Our platform does not offer this to any customer.");
      return row;
    };
  }

  UnaryOperator<Map<String, Object>> accepted() {
    return row -> {
      row.put("kind", "ACCEPTED");
      row.put("section", "MSA amendment 1, §" + row.get("requirementId"));
      row.put("clauseText", catalogue.requirement((String) row.get("requirementId")).orElseThrow().bindingExample());
      return row;
    };
  }

  /** The owners re-decide every reopened item as MET. */
  void redecideAllMet() {
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();
  }

  boolean endedAt(String endEvent) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(negotiation.getId())
        .activityId(endEvent).count() == 1;
  }

  Object variable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(negotiation.getId())
        .variableName(name).singleResult().getValue();
  }

  Map<String, Object> escalation(String decision) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("decision", decision);
    return values;
  }
}
