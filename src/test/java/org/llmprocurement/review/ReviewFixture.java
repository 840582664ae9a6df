package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;

/**
 * Drives a procurement to its clause review and fills review tasks, as reviewers would in Tasklist
 * (task-local rows submitted back through submit-form).
 */
public final class ReviewFixture {

  public static final String REQUESTER = "biz-requester";
  public static final Map<String, String> REVIEWERS = Map.of(
      "it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance", "procurement", "demo-procurement");

  /** Creates the business requester {@link #REQUESTER} (with an e-mail address) unless it exists. */
  public static void ensureRequester(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(REQUESTER).count() == 0) {
      var user = identity.newUser(REQUESTER);
      user.setPassword("demo");
      user.setEmail(REQUESTER + "@example.org");
      identity.saveUser(user);
    }
  }

  public final ProcessEngine engine;
  public final Api api;
  public final CatalogueService catalogue;
  public long procurementId;
  public String processInstanceId;
  public long msa;
  public long dpa;
  public long evidence;

  public ReviewFixture(ProcessEngine engine, Api api, CatalogueService catalogue) {
    this.engine = engine;
    this.api = api;
    this.catalogue = catalogue;
  }

  /** A HIGH customer-support bot asked for by a business user, tier confirmed, documents uploaded. */
  public ReviewFixture startReview(Runnable executeJobs) {
    var identity = engine.getIdentityService();
    ensureRequester(engine);
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("requester", REQUESTER);
    var created = api.post("/api/procurements", "demo-procurement", intake).json();
    procurementId = created.get("id").asLong();
    processInstanceId = created.get("processInstanceId").asText();
    msa = upload("MSA", "Master services agreement", null);
    dpa = upload("DPA", "Data processing agreement", null);
    evidence = upload("EVIDENCE", "SOC 2 Type II report", LocalDate.now().minusMonths(2).toString());
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    identity.setAuthentication("demo-procurement", List.of("procurement"));
    try {
      engine.getFormService().submitTaskForm(confirm.getId(), Map.of("confirmedTier", "HIGH"));
    } finally {
      identity.clearAuthentication();
    }
    executeJobs.run();
    return this;
  }

  long upload(String type, String title, String effectiveDate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    if (effectiveDate != null) {
      fields.put("effectiveDate", effectiveDate);
    }
    Api.Response response = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement", fields,
        new Api.FilePart("file", title.replace(' ', '-') + ".pdf", "application/pdf",
            ("%PDF-1.4 " + title + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  /** Open review tasks of a role (in the role's clause-review process). */
  public List<Task> tasks(String role) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(ClauseReviewProcess.KEY)
        .processInstanceBusinessKey(businessKey()).taskCandidateGroup(role).taskDefinitionKey(ClauseReviewProcess.REVIEW_CLAUSES)
        .list();
  }

  public String businessKey() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult() != null
        ? engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey()
        : engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }

  /** The task's rows as Tasklist shows them. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(Task task) {
    Object value = org.llmprocurement.guard.Values.plainValue(engine.getFormService().getTaskFormVariables(task.getId(), java.util.List.of("items"), false).getValueTyped("items"));
    return new ArrayList<>((List<Map<String, Object>>) value);
  }

  /** A MET row with the requirement's wanted position written as a binding clause. */
  public Map<String, Object> met(Map<String, Object> row) {
    Requirement requirement = catalogue.requirement((String) row.get("requirementId")).orElseThrow();
    Map<String, Object> filled = new LinkedHashMap<>(row);
    filled.put("decision", "MET");
    filled.put("documentId", msa);
    filled.put("section", "§" + requirement.id());
    filled.put("clauseText", requirement.bindingExample());
    filled.put("evidenceDocumentId", evidence);
    filled.put("evidenceExpiry", LocalDate.now().plusYears(1).toString());
    return filled;
  }

  /** Submits the rows as Tasklist does (only the keyed fields come back). */
  public void submit(String user, Task task, List<Map<String, Object>> rows) {
    List<Map<String, Object>> submitted = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", row.get("requirementId"));
      for (String field : ReviewInput.FIELDS) {
        keyed.put(field, row.get(field));
      }
      submitted.add(keyed);
    }
    var identity = engine.getIdentityService();
    var groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      engine.getFormService().submitTaskForm(task.getId(), Variables.createVariables().putValue("items", JsonViews.json(submitted)));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The role's review task holding its first package (catalogue order). */
  public Task firstPackageTask(ReviewPackaging packaging, String role) {
    ReviewPackage first = packaging.packages(procurementId, role).get(0);
    return tasks(role).stream()
        .filter(t -> first.key().equals(engine.getTaskService().getVariable(t.getId(), ClauseReviewProcess.PACKAGE)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + role + " review task for package " + first));
  }

  /** A MET decision as the checklist API takes it: the MSA section, the catalogue's binding example, valid evidence. */
  public Map<String, Object> metDecision(String requirementId, String section) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decision", "MET");
    body.put("documentId", msa);
    body.put("section", section);
    body.put("clauseText", catalogue.requirement(requirementId).orElseThrow().bindingExample());
    body.put("evidenceDocumentId", evidence);
    body.put("evidenceExpiry", LocalDate.now().plusYears(1).toString());
    return body;
  }

  /** Completes every review task of every role, each row changed by the given function. */
  public void reviewAll(BiFunction<String, Map<String, Object>, Map<String, Object>> decide) {
    for (String role : ClauseReviewProcess.ROLES) {
      for (Task task : tasks(role)) {
        List<Map<String, Object>> rows = rows(task).stream().map(row -> decide.apply(role, row)).toList();
        submit(REVIEWERS.get(role), task, rows);
      }
    }
  }
}
