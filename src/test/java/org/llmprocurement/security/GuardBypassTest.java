package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;

/**
 * Every engine command that ends or moves a task or a token, or writes variables, tried by a user
 * who may work the task, on both paths into the engine (/engine-rest and Tasklist's
 * /camunda/api/engine/...): each is refused with 403 and leaves the procurement exactly as it was.
 */
class GuardBypassTest extends IntegrationTest {

  static final String WORKER = "demo-procurement";
  static final String COLLEAGUE = "demo-procurement-2";

  private String processInstanceId;
  private String processDefinitionId;
  private String taskId;

  @BeforeEach
  void startProcurement() {
    JsonNode created = api.post("/api/procurements", WORKER, Intakes.customerSupportBot()).json();
    processInstanceId = created.get("processInstanceId").asText();
    processDefinitionId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getProcessDefinitionId();
    taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(COLLEAGUE).count() == 0) {
      User user = identity.newUser(COLLEAGUE);
      user.setFirstName("Second");
      user.setLastName("Buyer");
      user.setPassword(Api.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(COLLEAGUE, "procurement");
    }
  }

  @AfterEach
  void removeColleague() {
    engine.getIdentityService().deleteUser(COLLEAGUE);
  }

  /** What a refused command must leave untouched. */
  private record State(long tasks, String assignee, boolean suspended, Map<String, Object> variables, int comments,
      int attachments, long identityLinks) {}

  private State state() {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    return new State(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).count(),
        task == null ? "<gone>" : task.getAssignee(),
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().isSuspended(),
        new LinkedHashMap<>(engine.getRuntimeService().getVariables(processInstanceId)),
        engine.getTaskService().getTaskComments(taskId).size(),
        engine.getTaskService().getTaskAttachments(taskId).size(),
        (long) engine.getTaskService().getIdentityLinksForTask(taskId).size());
  }

  static Map<String, Object> variables(String name, Object value) {
    return Map.of(name, Map.of("value", value));
  }

  /** Commands enumerated from the engine's REST resources (task, process instance, execution, message, signal, ...). */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("task bpmnError with variables", "POST", "/task/{task}/bpmnError",
            Map.of("errorCode", "ANY", "variables", variables("riskTier", "LOW"))),
        Arguments.of("task escalation with variables", "POST", "/task/{task}/bpmnEscalation",
            Map.of("escalationCode", "ANY", "variables", variables("riskTier", "LOW"))),
        Arguments.of("task resolve", "POST", "/task/{task}/resolve", Map.of("variables", variables("riskTier", "LOW"))),
        Arguments.of("task delete", "DELETE", "/task/{task}", null),
        Arguments.of("task update", "PUT", "/task/{task}", Map.of("name", "Renamed", "priority", 1)),
        Arguments.of("task assignee to a colleague", "POST", "/task/{task}/assignee", Map.of("userId", COLLEAGUE)),
        Arguments.of("task claim for a colleague", "POST", "/task/{task}/claim", Map.of("userId", COLLEAGUE)),
        Arguments.of("task delegate", "POST", "/task/{task}/delegate", Map.of("userId", COLLEAGUE)),
        Arguments.of("task identity link", "POST", "/task/{task}/identity-links", Map.of("groupId", "it", "type", "candidate")),
        Arguments.of("task variable put", "PUT", "/task/{task}/variables/riskTier", Map.of("value", "LOW")),
        Arguments.of("task variables modify", "POST", "/task/{task}/variables", Map.of("modifications", variables("riskTier", "LOW"))),
        Arguments.of("task local variable put", "PUT", "/task/{task}/localVariables/confirmedTier", Map.of("value", "LOW")),
        Arguments.of("task variable delete", "DELETE", "/task/{task}/variables/riskTier", null),
        Arguments.of("process instance variable put", "PUT", "/process-instance/{pi}/variables/riskTier", Map.of("value", "LOW")),
        Arguments.of("process instance variables modify", "POST", "/process-instance/{pi}/variables",
            Map.of("modifications", variables("riskTier", "LOW"), "deletions", List.of("procurementId"))),
        Arguments.of("execution local variable put", "PUT", "/execution/{pi}/localVariables/riskTier", Map.of("value", "LOW")),
        Arguments.of("process instance modification", "POST", "/process-instance/{pi}/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", ProcurementLifecycle.TIER_SETTLED),
                Map.of("type", "cancel", "activityId", ProcurementLifecycle.CONFIRM_TIER)))),
        Arguments.of("process instance delete", "DELETE", "/process-instance/{pi}", null),
        Arguments.of("process instance suspension", "PUT", "/process-instance/{pi}/suspended", Map.of("suspended", true)),
        Arguments.of("process definition suspension", "PUT", "/process-definition/{pd}/suspended",
            Map.of("suspended", true, "includeProcessInstances", true)),
        Arguments.of("message correlation with variables", "POST", "/message",
            Map.of("messageName", "AnyMessage", "processInstanceId", "{pi}", "processVariables", variables("riskTier", "LOW"))),
        Arguments.of("signal with variables", "POST", "/signal", Map.of("name", "AnySignal", "variables", variables("riskTier", "LOW"))),
        Arguments.of("restart", "POST", "/process-definition/{pd}/restart",
            Map.of("processInstanceIds", List.of("{pi}"), "instructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", ProcurementLifecycle.CONFIRM_TIER)))),
        Arguments.of("migration", "POST", "/migration/execute", Map.of("migrationPlan", Map.of("sourceProcessDefinitionId", "{pd}",
            "targetProcessDefinitionId", "{pd}", "instructions", List.of()), "processInstanceIds", List.of("{pi}"))),
        Arguments.of("external task complete", "POST", "/external-task/any-id/complete",
            Map.of("workerId", "w", "variables", variables("riskTier", "LOW"))),
        Arguments.of("external task failure", "POST", "/external-task/any-id/failure", Map.of("workerId", "w", "retries", 0)),
        Arguments.of("job retries by process instance", "POST", "/job/retries",
            Map.of("retries", 0, "jobQuery", Map.of("processInstanceId", "{pi}"))),
        Arguments.of("start condition evaluation", "POST", "/condition", Map.of("variables", variables("riskTier", "LOW"))),
        Arguments.of("incident annotation", "PUT", "/incident/any-id/annotation", Map.of("annotation", "x")));
  }

  @ParameterizedTest(name = "{0} over /engine-rest")
  @MethodSource("commands")
  void engineRestRefusesWith403AndWritesNothing(String what, String method, String path, Object body) {
    State before = state();
    Api.Response response = api.request(method, "/engine-rest" + resolve(path), WORKER, resolve(body));
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
    assertThat(state()).as(what + " wrote nothing").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} over Tasklist's path")
  @MethodSource("commands")
  void tasklistPathRefusesWith403AndWritesNothing(String what, String method, String path, Object body) {
    Api tasklist = new Api("http://localhost:" + port).login(WORKER);
    State before = state();
    Api.Response response = tasklist.session(method, "/camunda/api/engine/engine/default" + resolve(path), resolve(body));
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
    assertThat(state()).as(what + " wrote nothing").isEqualTo(before);
  }

  @Test
  void aClaimedTaskIsCompletedOnlyByItsAssigneeAlsoAfterReassignment() {
    assertThat(api.post("/engine-rest/task/" + taskId + "/claim", WORKER, Map.of("userId", WORKER)).status()).isEqualTo(204);
    Map<String, Object> confirm = Map.of("variables", variables("confirmedTier", "HIGH"));

    Api.Response colleague = api.post("/engine-rest/task/" + taskId + "/submit-form", COLLEAGUE, confirm);
    assertThat(colleague.status()).as(colleague.body()).isEqualTo(403);
    assertThat(colleague.body()).contains("claimed by '" + WORKER + "'");

    engine.getTaskService().setAssignee(taskId, COLLEAGUE); // an administrator reassigns it
    Api.Response oldAssignee = api.post("/engine-rest/task/" + taskId + "/submit-form", WORKER, confirm);
    assertThat(oldAssignee.status()).as(oldAssignee.body()).isEqualTo(403);
    Api.Response tasklistOld = new Api("http://localhost:" + port).login(WORKER)
        .session("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", confirm);
    assertThat(tasklistOld.status()).as(tasklistOld.body()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

    Api.Response assignee = api.post("/engine-rest/task/" + taskId + "/submit-form", COLLEAGUE, confirm);
    assertThat(assignee.status()).as(assignee.body()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo(COLLEAGUE);
  }

  @Test
  void usersClaimForThemselvesAndGiveBackOnlyTheirOwnTasks() {
    assertThat(api.post("/engine-rest/task/" + taskId + "/claim", WORKER, Map.of("userId", WORKER)).status()).isEqualTo(204);
    assertThat(api.post("/engine-rest/task/" + taskId + "/unclaim", COLLEAGUE, null).status())
        .as("a colleague cannot take it away").isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(WORKER);
    // giving a task back needs Camunda's TASK_ASSIGN permission, which only administrators hold here
    assertThat(api.post("/engine-rest/task/" + taskId + "/unclaim", "admin", null).status()).isEqualTo(204);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void readOnlyManagersAddNoCommentsAndNoAttachments() {
    State before = state();
    Api.Response comment = api.post("/engine-rest/task/" + taskId + "/comment/create", "demo-manager", Map.of("message", "hi"));
    assertThat(comment.status()).as(comment.body()).isEqualTo(403);
    assertThat(comment.body()).contains("does not have").contains("TASK_WORK");
    asUser("demo-manager", "managers", () -> {
      assertThatThrownBy(() -> engine.getTaskService().createAttachment("link", taskId, null, "x", "a link",
          "https://example.org/x")).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> engine.getTaskService().createAttachment("file", taskId, null, "big", "30 MB",
          new ByteArrayInputStream(new byte[30 * 1024 * 1024]))).isInstanceOf(AuthorizationException.class);
    });
    Api.Response tasklistComment = new Api("http://localhost:" + port).login("demo-manager")
        .session("POST", "/camunda/api/engine/engine/default/task/" + taskId + "/comment/create", Map.of("message", "hi"));
    // the webapps' copy of the comment resource answers every engine refusal as 400 "Not enough
    // parameters"; /engine-rest gets our 403 mapping. Either way: refused, nothing written.
    assertThat(tasklistComment.status()).as(tasklistComment.body()).isIn(400, 403);
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void theJavaApiRefusesTheSameCommandsToASignedInUser() {
    State before = state();
    TaskService tasks = engine.getTaskService();
    var runtime = engine.getRuntimeService();
    List<Runnable> attempts = List.of(
        () -> tasks.handleBpmnError(taskId, "ANY", "msg", Map.of("riskTier", "LOW")),
        () -> tasks.handleEscalation(taskId, "ANY", Map.of("riskTier", "LOW")),
        () -> tasks.deleteTask(taskId),
        () -> tasks.setVariable(taskId, "riskTier", "LOW"),
        () -> tasks.setVariableLocal(taskId, "confirmedTier", "LOW"),
        () -> tasks.setAssignee(taskId, COLLEAGUE),
        () -> runtime.setVariable(processInstanceId, "riskTier", "LOW"),
        () -> runtime.removeVariable(processInstanceId, "procurementId"),
        () -> runtime.createProcessInstanceModification(processInstanceId)
            .startBeforeActivity(ProcurementLifecycle.TIER_SETTLED).cancelAllForActivity(ProcurementLifecycle.CONFIRM_TIER).execute(),
        () -> runtime.createMessageCorrelation("AnyMessage").processInstanceId(processInstanceId)
            .setVariable("riskTier", "LOW").correlateAll(),
        () -> runtime.signalEventReceived("AnySignal", Map.of("riskTier", "LOW")),
        () -> runtime.suspendProcessInstanceById(processInstanceId),
        () -> runtime.deleteProcessInstance(processInstanceId, "because"));
    asUser(WORKER, "procurement", () -> attempts.forEach(attempt ->
        assertThatThrownBy(attempt::run).isInstanceOf(AuthorizationException.class)));
    assertThat(state()).as("nothing written").isEqualTo(before);
  }

  /** Engine REST needs history rights to find the task for an attachment; workers attach through the Java API. */
  @Test
  void workersAttachOnlyHttpLinksAndFilesWithinTheLimitAndCommentWithinTheColumn() {
    State before = state();
    TaskService tasks = engine.getTaskService();
    asUser(WORKER, "procurement", () -> {
      assertThatThrownBy(() -> tasks.createAttachment("link", taskId, null, "x", "a link", "javascript:alert(1)"))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("http and https");
      assertThatThrownBy(() -> tasks.createAttachment("file", taskId, null, "big", "too big",
          new ByteArrayInputStream(new byte[1_048_577])))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("at most 1048576 bytes");
      assertThatThrownBy(() -> tasks.createComment(taskId, null, "x".repeat(4001)))
          .isInstanceOf(BadUserRequestException.class).hasMessageContaining("at most 4000 characters");
      assertThatThrownBy(() -> tasks.createComment(null, processInstanceId, "on the whole procurement"))
          .isInstanceOf(AuthorizationException.class);
    });
    assertThat(state()).as("nothing stored").isEqualTo(before);

    asUser(WORKER, "procurement", () -> {
      tasks.createAttachment("file", taskId, null, "dpa-notes", "notes", new ByteArrayInputStream("notes".getBytes()));
      tasks.createAttachment("link", taskId, null, "vendor page", "link", "https://example.org/terms");
      tasks.createComment(taskId, null, "checked the DPA");
    });
    assertThat(tasks.getTaskAttachments(taskId)).extracting(a -> a.getName()).containsExactlyInAnyOrder("dpa-notes", "vendor page");
    assertThat(new String(readAll(tasks.getTaskAttachmentContent(taskId,
        tasks.getTaskAttachments(taskId).stream().filter(a -> a.getName().equals("dpa-notes")).findFirst().orElseThrow().getId()))))
        .as("the stored file is what was uploaded").isEqualTo("notes");
    assertThat(tasks.getTaskComments(taskId)).extracting(c -> c.getFullMessage()).containsExactly("checked the DPA");
  }

  private void asUser(String userId, String group, Runnable work) {
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    try {
      work.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String resolve(String path) {
    return path.replace("{task}", taskId).replace("{pi}", processInstanceId).replace("{pd}", processDefinitionId);
  }

  @SuppressWarnings("unchecked")
  private Object resolve(Object body) {
    if (body instanceof String s) {
      return resolve(s);
    }
    if (body instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, resolve(v)));
      return copy;
    }
    if (body instanceof List<?> list) {
      return list.stream().map(this::resolve).toList();
    }
    return body;
  }
}
