package org.llmprocurement.signoff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.negotiation.AcceptedRisks;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the sign-off tests: a HIGH procurement driven through review by {@link ReviewFixture}
 * (everything MET unless a test says otherwise), then the {@code sign-off} the lifecycle called (or
 * one started directly where the lifecycle went elsewhere).
 */
abstract class SignOffTest extends IntegrationTest {

  /** Who signs for each function: the reviewers, except procurement's, whose demo user submitted the intake. */
  static final String BUYER = "signoff-buyer";
  static final Map<String, String> SIGNERS = Map.of("it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance", "procurement", BUYER);

  @Autowired
  CatalogueService catalogue;

  @Autowired
  SignOffs signOffs;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  AcceptedRisks risks;

  @Autowired
  JdbcTemplate jdbc;

  ReviewFixture review;

  @BeforeEach
  void startReview() {
    ensureUser(BUYER, "procurement");
    review = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
  }

  /** Every item MET except what the overrides change (requirement id to row change). */
  void reviewAll(Map<String, UnaryOperator<Map<String, Object>>> overrides) {
    review.reviewAll((role, row) -> {
      Map<String, Object> met = review.met(row);
      UnaryOperator<Map<String, Object>> change = overrides.get((String) row.get("requirementId"));
      return change == null ? met : change.apply(met);
    });
    executeJobs();
  }

  static UnaryOperator<Map<String, Object>> gap(String justification) {
    return row -> {
      row.put("decision", "GAP");
      row.put("justification", justification);
      return row;
    };
  }

  /**
   * The sign-off the lifecycle called after a review without gaps; where the lifecycle is elsewhere
   * (a gap sent it to negotiation, an earlier sign-off ended), a sign-off started directly as the
   * lifecycle's call activity would (business key, procurementId, riskTier), so that the gateway's
   * own checks can be reached.
   */
  ProcessInstance startSignOff() {
    executeJobs();
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SignOffProcess.KEY)
        .processInstanceBusinessKey(review.businessKey()).singleResult();
    if (called != null) {
      return called;
    }
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(SignOffProcess.KEY, review.businessKey(),
        Variables.createVariables().putValue(ProcurementLifecycle.PROCUREMENT_ID.getName(), review.procurementId)
            .putValue(ProcurementLifecycle.RISK_TIER.getName(), "HIGH"));
    executeJobs();
    return instance;
  }

  Task task(ProcessInstance instance, String function) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(SignOffProcess.TASKS.get(function)).singleResult();
  }

  Task resolveTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(SignOffProcess.RESOLVE_BLOCKERS).singleResult();
  }

  /** The task's form values as Tasklist shows them (JSON values as lists and maps). */
  Map<String, Object> view(Task task) {
    Map<String, Object> values = new LinkedHashMap<>();
    var form = engine.getFormService().getTaskFormVariables(task.getId(), null, false);
    form.keySet().forEach(k -> values.put(k, Values.plainValue(form.getValueTyped(k))));
    return values;
  }

  /** Submits as Tasklist does: JSON for lists, plain values otherwise. */
  void submit(String user, Task task, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((k, v) -> variables.putValue(k, v instanceof List<?> || v instanceof Map<?, ?> ? JsonViews.json(v) : v));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  void approve(ProcessInstance instance, String function) {
    approve(instance, function, SIGNERS.get(function));
  }

  void approve(ProcessInstance instance, String function, String user) {
    submit(user, task(instance, function), Map.of("decision", "APPROVE"));
  }

  void reject(ProcessInstance instance, String function, String returnTo, String reason, String items) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("decision", "REJECT");
    values.put("returnTo", returnTo);
    values.put("reason", reason);
    values.put("items", items);
    submit(SIGNERS.get(function), task(instance, function), values);
  }

  void approveAll(ProcessInstance instance) {
    SignOffProcess.TASKS.keySet().forEach(f -> approve(instance, f));
  }

  boolean endedAt(ProcessInstance instance, String endEvent) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(endEvent).finished().count() == 1;
  }

  Object output(ProcessInstance instance, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  SignOff round() {
    return signOffs.rounds(review.procurementId).get(signOffs.rounds(review.procurementId).size() - 1);
  }

  void ensureUser(String userId, String... groups) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setPassword("demo");
      user.setEmail(userId + "@example.org");
      identity.saveUser(user);
      for (String group : groups) {
        identity.createMembership(userId, group);
      }
    }
  }
}
