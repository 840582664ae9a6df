package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;

/**
 * The engine as an attacker or a curious colleague meets it: the REST API, and the API the
 * webapps themselves call (/camunda/api/engine/...), with the identities of real users.
 */
class EngineSecurityTest extends IntegrationTest {

  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void startProcurement() {
    JsonNode created = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json();
    processInstanceId = created.get("processInstanceId").asText();
    taskId = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  @Test
  void engineRestCompleteAndSubmitFormRefuseUndeclaredVariablesWith400() {
    Api.Response complete = api.post("/engine-rest/task/" + taskId + "/complete", "demo-procurement",
        variables(Map.of("confirmedTier", "HIGH", "riskTier", "LOW")));
    assertThat(complete.status()).isEqualTo(400);
    assertThat(complete.json().get("message").asText()).contains("not fields of this form: [riskTier]");

    Api.Response submit = api.post("/engine-rest/task/" + taskId + "/submit-form", "demo-procurement",
        variables(Map.of("tierChange", "UNCHANGED")));
    assertThat(submit.status()).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("task stays open").isOne();

    Api.Response justificationMissing = api.post("/engine-rest/task/" + taskId + "/submit-form", "demo-procurement",
        variables(Map.of("confirmedTier", "MEDIUM")));
    assertThat(justificationMissing.status()).isEqualTo(400);
    assertThat(justificationMissing.json().get("message").asText()).contains("tierJustification");

    Api.Response ok = api.post("/engine-rest/task/" + taskId + "/submit-form", "demo-procurement",
        variables(Map.of("confirmedTier", "HIGH")));
    assertThat(ok.status()).as(ok.body()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "tierChange")).isEqualTo("UNCHANGED");
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "confirmedTier"))
        .as("form values never become process variables").isNull();
  }

  @Test
  void tasklistPathRefusesUndeclaredVariablesWith400() {
    Api tasklist = new Api("http://localhost:" + port).login("demo-procurement");
    String path = "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";

    Api.Response refused = tasklist.session("POST", path, variables(Map.of("confirmedTier", "HIGH", "riskTier", "LOW")));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("riskTier");

    Api.Response ok = tasklist.session("POST", path, variables(Map.of("confirmedTier", "HIGH")));
    assertThat(ok.status()).as(ok.body()).isEqualTo(204);
  }

  @Test
  void eachGroupSeesOnlyItsOwnTasksAndManagersSeeAll() {
    assertThat(taskIds(api.get("/engine-rest/task?processInstanceId=" + processInstanceId, "demo-procurement"))).containsExactly(taskId);
    assertThat(taskIds(api.get("/engine-rest/task?processInstanceId=" + processInstanceId, "demo-it"))).isEmpty();
    assertThat(taskIds(api.get("/engine-rest/task?processInstanceId=" + processInstanceId, "demo-legal"))).isEmpty();
    assertThat(taskIds(api.get("/engine-rest/task?processInstanceId=" + processInstanceId, "demo-manager"))).containsExactly(taskId);
    assertThat(api.get("/engine-rest/task/" + taskId, "demo-security").status()).as("invisible, as if absent").isEqualTo(404);
  }

  @Test
  void managersAreReadOnly() {
    assertThat(api.get("/engine-rest/process-instance/" + processInstanceId + "/variables", "demo-manager").status()).isEqualTo(200);
    assertThat(api.post("/engine-rest/task/" + taskId + "/complete", "demo-manager",
        variables(Map.of("confirmedTier", "HIGH"))).status()).isEqualTo(403);
    assertThat(api.put("/engine-rest/process-instance/" + processInstanceId + "/variables/riskTier", "demo-manager",
        Map.of("value", "LOW", "type", "String")).status()).isEqualTo(403);
    assertThat(api.post("/engine-rest/process-instance/" + processInstanceId + "/modification", "demo-manager",
        Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", ProcurementLifecycle.CONFIRM_TIER)))).status())
        .isEqualTo(403);
    assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "demo-manager", Map.of("userId", "demo-manager")).status())
        .isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "riskTier")).isEqualTo("HIGH");
  }

  @Test
  void onlyManagersAndAdministratorsGetIntoCockpit() {
    assertThat(new Api("http://localhost:" + port).loginTo("cockpit", "demo-manager").status()).isEqualTo(200);
    assertThat(new Api("http://localhost:" + port).loginTo("cockpit", "demo-it").status()).isIn(401, 403);
    assertThat(new Api("http://localhost:" + port).loginTo("admin", "demo-manager").status()).isIn(401, 403);
    assertThat(new Api("http://localhost:" + port).loginTo("admin", "admin").status()).isEqualTo(200);

    Api cockpit = new Api("http://localhost:" + port);
    cockpit.loginTo("cockpit", "demo-manager");
    Api.Response instances = cockpit.session("GET", "/camunda/api/engine/engine/default/process-instance?processDefinitionKey=llm-procurement", null);
    assertThat(instances.status()).isEqualTo(200);
    assertThat(instances.body()).contains(processInstanceId);
  }

  @Test
  void workersCannotSetVariablesOutsideTheirForms() {
    Api.Response taskVariable = api.put("/engine-rest/task/" + taskId + "/variables/riskTier", "demo-procurement",
        Map.of("value", "LOW", "type", "String"));
    assertThat(taskVariable.status()).isEqualTo(403);
    Api.Response modify = api.post("/engine-rest/task/" + taskId + "/localVariables", "demo-procurement",
        Map.of("modifications", Map.of("confirmedTier", Map.of("value", "LOW"))));
    assertThat(modify.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "riskTier")).isEqualTo("HIGH");
  }

  @Test
  void expressionsInTaskQueriesAreRefusedOnBothPaths() {
    Map<String, Object> orQuery = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${''.getClass()}")));
    Api.Response rest = api.post("/engine-rest/task", "demo-procurement", orQuery);
    assertThat(rest.status()).isEqualTo(400);
    assertThat(rest.body()).contains("Expressions are not allowed");
    assertThat(api.post("/engine-rest/task/count", "demo-procurement", orQuery).status()).isEqualTo(400);
    assertThat(api.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", "demo-procurement").status()).isEqualTo(400);

    Api tasklist = new Api("http://localhost:" + port).login("demo-procurement");
    Api.Response webapp = tasklist.session("POST", "/camunda/api/engine/engine/default/task", orQuery);
    assertThat(webapp.status()).isEqualTo(400);

    String filterId = engine.getFilterService().createFilterQuery().filterName("My group's tasks").singleResult().getId();
    Api.Response extended = tasklist.session("POST", "/camunda/api/engine/engine/default/filter/" + filterId + "/list", orQuery);
    assertThat(extended.status()).isEqualTo(400);
    Api.Response filterItself = tasklist.session("POST", "/camunda/api/engine/engine/default/filter/" + filterId + "/list",
        Map.of());
    assertThat(filterItself.status()).as("the saved filter keeps its own expressions").isEqualTo(200);
    assertThat(taskIds(filterItself)).contains(taskId);
  }

  @Test
  void theSetupEndpointNeverCreatesAUser() {
    Api.Response response = api.post("/camunda/api/admin/setup/default/user/create", null,
        Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@example.org"),
            "credentials", Map.of("password", "intruder1")));
    assertThat(response.status()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void javaSerializedVariablesAreRefused() {
    Api.Response response = api.put("/engine-rest/process-instance/" + processInstanceId + "/variables/payload", "admin",
        Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    assertThat(response.status()).isBetween(400, 499);
    assertThat(engine.getRuntimeService().getVariable(processInstanceId, "payload")).isNull();
  }

  @Test
  void startingOverEngineRestGoesThroughTheIntakeValidator() {
    Api.Response response = api.post("/engine-rest/process-definition/key/llm-procurement/start", "demo-procurement",
        variables(Map.of("title", "Sneaky", "riskTier", "LOW")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("vendor: is required").contains("riskTier: is not a field of the intake");
    Api.Response atActivity = api.post("/engine-rest/process-definition/key/llm-procurement/start", "demo-procurement",
        Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "EndEvent_TierConfirmed"))));
    assertThat(atActivity.status()).isEqualTo(403);
  }

  @Test
  void onlyAdministratorsDeploy() {
    String boundary = "----llmp";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\"><process id=\"x\" isExecutable=\"true\"/></definitions>\r\n"
        + "--" + boundary + "--\r\n";
    Api.Response response = api.postRaw("/engine-rest/deployment/create", "demo-manager", "multipart/form-data; boundary=" + boundary, body);
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void webappsSendSecurityHeadersAndHstsBehindTls() {
    Api.Response page = api.get("/camunda/app/tasklist/default/", null, "text/html");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(page.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();

    Api.Response behindTls = api.getWithHeader("/camunda/app/tasklist/default/", "X-Forwarded-Proto", "https");
    assertThat(behindTls.header("Strict-Transport-Security")).startsWith("max-age=");
    Api.Response apiBehindTls = api.getWithHeader("/api/procurements/1", "X-Forwarded-Proto", "https");
    assertThat(apiBehindTls.header("Strict-Transport-Security")).startsWith("max-age=");
  }

  private static List<String> taskIds(Api.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return java.util.stream.StreamSupport.stream(response.json().spliterator(), false).map(t -> t.get("id").asText()).toList();
  }
}
