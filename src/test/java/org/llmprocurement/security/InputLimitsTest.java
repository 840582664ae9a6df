package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;

/**
 * Bad input on every path (product API, /engine-rest, the webapps' /camunda/api): refused with the
 * right status, never a 500, nothing written, and no error body says how the server is built.
 * Runs in the PostgreSQL suite too (NUL is refused by PostgreSQL itself).
 */
class InputLimitsTest extends IntegrationTest {

  private static final String ENGINE_START = "/engine-rest/process-definition/key/llm-procurement/start";
  private final HttpClient http = HttpClient.newHttpClient();
  private Api tasklist;

  private long before;

  @BeforeEach
  void signIn() {
    before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("llm-procurement").count();
    Canary.CREATED.set(0);
    tasklist = new Api("http://localhost:" + port).login("demo-procurement");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> chunked(String path, String user, byte[] body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> startVariables(Map<String, Object> intake) {
    Map<String, Object> variables = new LinkedHashMap<>();
    intake.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        try {
          variables.put(name, Map.of("type", "Json", "value", Api.JSON.writeValueAsString(list)));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    return Map.of("variables", variables);
  }

  private long procurements() {
    return -before + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("llm-procurement").count();
  }

  private static void assertNoInternals(String body) {
    assertThat(body).doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert into")
        .doesNotContain("ACT_").doesNotContain("org.").doesNotContain("java.").doesNotContain("Exception:")
        .doesNotContain(".java:");
  }

  @Test
  void chunkedBodiesOverTheLimitAre413OnEveryPath() throws Exception {
    byte[] big = ("{\"title\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(chunked("/api/procurements", "demo-procurement", big).statusCode()).isEqualTo(413);
    assertThat(chunked(ENGINE_START, "demo-procurement", big).statusCode()).isEqualTo(413);
    assertThat(chunked("/engine-rest/task", "demo-procurement", big).statusCode()).as("a query body").isEqualTo(413);
    Api.Response viaTasklist = tasklist.session("POST", "/camunda/api/engine/engine/default/process-definition/key/llm-procurement/submit-form",
        Map.of("variables", Map.of("title", Map.of("value", "x".repeat(70_000)))));
    assertThat(viaTasklist.status()).isEqualTo(413);
  }

  @Test
  void deeplyNestedJsonIs400OnEveryPathIncludingInsideAJsonVariable() {
    String deep = "[".repeat(1000) + "]".repeat(1000);
    Api.Response product = api.post("/api/procurements", "demo-procurement", "{\"title\":" + deep + "}");
    assertThat(product.status()).as(product.body()).isEqualTo(400);
    assertThat(product.body()).contains("nested more than");
    Api.Response engineQuery = api.post("/engine-rest/task", "demo-procurement", "{\"orQueries\":" + deep + "}");
    assertThat(engineQuery.status()).isEqualTo(400);
    Api.Response jsonVariable = api.post(ENGINE_START, "demo-procurement",
        Map.of("variables", Map.of("surfaces", Map.of("type", "Json", "value", deep))));
    assertThat(jsonVariable.status()).isEqualTo(400);
    Api.Response viaTasklist = tasklist.session("POST", "/camunda/api/engine/engine/default/process-definition/key/llm-procurement/submit-form",
        Map.of("variables", Map.of("surfaces", Map.of("type", "Json", "value", deep))));
    assertThat(viaTasklist.status()).isEqualTo(400);
    assertThat(procurements()).isZero();
  }

  @Test
  void duplicateKeysAre400NotLastValueWins() {
    String intake = "{\"title\":\"Harmless\",\"title\":\"Replaced\",\"vendor\":\"Acme\"}";
    Api.Response product = api.post("/api/procurements", "demo-procurement", intake);
    assertThat(product.status()).isEqualTo(400);
    assertThat(product.body()).contains("repeats the key").contains("title");
    Api.Response engineStart = api.post(ENGINE_START, "demo-procurement",
        "{\"variables\":{\"title\":{\"value\":\"A\"},\"title\":{\"value\":\"B\"}}}");
    assertThat(engineStart.status()).isEqualTo(400);
    Api.Response insideJsonVariable = api.post(ENGINE_START, "demo-procurement",
        Map.of("variables", Map.of("surfaces", Map.of("type", "Json", "value", "{\"a\":1,\"a\":2}"))));
    assertThat(insideJsonVariable.status()).isEqualTo(400);
    Api.Response nestedObject = api.post("/engine-rest/task", "demo-procurement", "{\"sorting\":[{\"sortBy\":\"created\",\"sortBy\":\"name\"}]}");
    assertThat(nestedObject.status()).isEqualTo(400);
  }

  @Test
  void controlBidiAndZeroWidthCharactersAreRefusedTheSameOnEveryPath() {
    for (String bad : List.of("\u0000", "\u202E", "\u200B", "\u2066", "\uFEFF", "\u0007")) {
      String title = "Support " + bad + "bot";
      Map<String, Object> intake = with(Intakes.customerSupportBot(), i -> i.put("title", title));
      Api.Response product = api.post("/api/procurements", "demo-procurement", intake);
      assertThat(product.status()).as("product API, U+%04X", (int) bad.charAt(0)).isEqualTo(400);
      assertThat(product.body()).contains("title").contains(String.format("U+%04X", (int) bad.charAt(0)));

      Api.Response engineStart = api.post(ENGINE_START, "demo-procurement", startVariables(intake));
      assertThat(engineStart.status()).as("engine REST, U+%04X", (int) bad.charAt(0)).isEqualTo(400);

      Api.Response viaTasklist = tasklist.session("POST",
          "/camunda/api/engine/engine/default/process-definition/key/llm-procurement/submit-form", startVariables(intake));
      assertThat(viaTasklist.status()).as("Tasklist, U+%04X", (int) bad.charAt(0)).isEqualTo(400);

      Api.Response query = api.get("/engine-rest/task?name=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "demo-procurement");
      assertThat(query.status()).as("query parameter").isEqualTo(400);
    }
    assertThat(procurements()).isZero();
    // ordinary text, line breaks and non-Latin scripts pass
    Map<String, Object> fine = with(Intakes.customerSupportBot(), i -> i.put("useCase", "Zeile 1\nЛиния 2\tعربى 3 – 漢字"));
    assertThat(api.post("/api/procurements", "demo-procurement", fine).status()).isEqualTo(201);
  }

  @Test
  void bothApisAcceptIsoDatesWithZAndOffsets() {
    for (String date : List.of("2030-01-01T00:00:00Z", "2030-01-01T00:00:00.000Z", "2030-01-01T01:00:00+01:00",
        "2029-12-31T19:00:00-05:00", "2030-01-01T00:00:00.000+0000")) {
      Api.Response query = api.get("/engine-rest/task?dueBefore=" + URLEncoder.encode(date, StandardCharsets.UTF_8), "demo-procurement");
      assertThat(query.status()).as(date + ": " + query.body()).isEqualTo(200);
      Api.Response body = api.post("/engine-rest/task", "demo-procurement", Map.of("dueBefore", date));
      assertThat(body.status()).as(date + " in a query body: " + body.body()).isEqualTo(200);
      Api.Response history = api.get("/engine-rest/history/process-instance?startedBefore="
          + URLEncoder.encode(date, StandardCharsets.UTF_8), "demo-manager");
      assertThat(history.status()).as(date).isEqualTo(200);
    }
    Api.Response bad = api.get("/engine-rest/task?dueBefore=tomorrow", "demo-procurement");
    assertThat(bad.status()).isEqualTo(400);
    assertNoInternals(bad.body());
  }

  @Test
  void stateChangingRequestsFromAnotherOriginAreRefused() throws Exception {
    String boundary = "----llmp";
    String deployment = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n--" + boundary + "--\r\n";
    HttpResponse<String> crossSiteDeploy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", basic("admin")).header("Origin", "https://evil.example")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(deployment)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(crossSiteDeploy.statusCode()).isEqualTo(403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("x").count()).isZero();

    for (String path : List.of("/api/procurements", ENGINE_START)) {
      HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", basic("demo-procurement")).header("Origin", "null").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Intakes.customerSupportBot()))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(foreign.statusCode()).as(path).isEqualTo(403);
      HttpResponse<String> crossSite = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", basic("demo-procurement")).header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/json")
          .method("PUT", HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(crossSite.statusCode()).as(path).isEqualTo(403);
    }
    assertThat(procurements()).isZero();

    HttpResponse<String> sameOrigin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/procurements"))
        .header("Authorization", basic("demo-procurement")).header("Origin", "http://localhost:" + port).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(Intakes.customerSupportBot()))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(sameOrigin.statusCode()).isEqualTo(201);
    HttpResponse<String> crossOriginRead = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalogue"))
        .header("Authorization", basic("demo-procurement")).header("Origin", "https://evil.example").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(crossOriginRead.statusCode()).as("reads are the browser's same-origin policy's business").isEqualTo(200);
  }

  @Test
  void serverErrorsNeverShowSqlStackTracesOrClassNames() {
    String instance = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
        .get("processInstanceId").asText();
    // a string variable past the engine's 4,000-character column: the database refuses it
    Api.Response tooLong = api.put("/engine-rest/process-instance/" + instance + "/variables/note", "admin",
        Map.of("value", "x".repeat(5000), "type", "String"));
    assertThat(tooLong.status()).isGreaterThanOrEqualTo(400);
    assertNoInternals(tooLong.body());
    Api.Response badSort = api.get("/engine-rest/task?sortBy=nonsense&sortOrder=asc", "demo-procurement");
    assertThat(badSort.status()).isEqualTo(400);
    assertNoInternals(badSort.body());
    Api.Response badType = api.post(ENGINE_START, "demo-procurement",
        Map.of("variables", Map.of("expectedUsers", Map.of("value", "many", "type", "Integer"))));
    assertThat(badType.status()).isEqualTo(400);
    assertNoInternals(badType.body());
    Api.Response unknownDefinition = api.post("/engine-rest/process-definition/key/no-such-process/start", "admin", Map.of());
    assertThat(unknownDefinition.status()).isBetween(400, 404);
    assertNoInternals(unknownDefinition.body());
  }

  @Test
  void aCallerChosenClassIsNeverInstantiated() {
    Map<String, Object> canary = Map.of("type", "Object", "value", "{\"name\":\"boom\"}",
        "valueInfo", Map.of("objectTypeName", Canary.class.getName(), "serializationDataFormat", "application/json"));
    Map<String, Object> intake = new LinkedHashMap<>(startVariables(Intakes.customerSupportBot()));
    @SuppressWarnings("unchecked")
    Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) intake.get("variables"));
    variables.put("title", canary);
    Api.Response engineStart = api.post(ENGINE_START, "demo-procurement", Map.of("variables", variables));
    assertThat(engineStart.status()).as(engineStart.body()).isEqualTo(400);
    Api.Response viaTasklist = tasklist.session("POST",
        "/camunda/api/engine/engine/default/process-definition/key/llm-procurement/submit-form", Map.of("variables", variables));
    assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
    Api.Response extra = api.post(ENGINE_START, "demo-procurement",
        Map.of("variables", Map.of("payload", canary)));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(Canary.CREATED).as("no instance made of a class the caller named").hasValue(0);

    // on a task: completion, submit-form and setting a variable
    String instance = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
        .get("processInstanceId").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    for (String action : List.of("complete", "submit-form")) {
      Api.Response response = api.post("/engine-rest/task/" + task + "/" + action, "demo-procurement",
          Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"), "note", canary)));
      assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(400);
    }
    // an administrator may store it (serialized, as sent); reading it back never instantiates it
    Api.Response local = api.put("/engine-rest/task/" + task + "/localVariables/note", "admin", canary);
    assertThat(local.status()).as(local.body()).isIn(204, 400);
    Api.Response read = api.get("/engine-rest/task/" + task + "/localVariables?deserializeValues=true", "admin");
    assertThat(read.status()).as(read.body()).isIn(200, 400);
    assertNoInternals(read.body());
    Api.Response readOne = api.get("/engine-rest/task/" + task + "/localVariables/note", "admin");
    assertNoInternals(readOne.body());
    assertThat(Canary.CREATED).hasValue(0);
  }

  @Test
  void javaSerializedVariablesOnTaskCompletionAre400NotServerErrors() {
    String instance = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
        .get("processInstanceId").asText();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    Map<String, Object> serialized = Map.of("value", "rO0ABXQABWhlbGxv", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));
    for (String action : List.of("complete", "submit-form")) {
      Api.Response response = api.post("/engine-rest/task/" + task + "/" + action, "demo-procurement",
          Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"), "payload", serialized)));
      assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(400);
      assertNoInternals(response.body());
    }
    Api.Response viaTasklist = tasklist.session("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
        Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"), "payload", serialized)));
    assertThat(viaTasklist.status()).as(viaTasklist.body()).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
  }
}
