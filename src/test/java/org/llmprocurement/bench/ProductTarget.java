package org.llmprocurement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product driven as its users drive it: the intake through {@code POST /api/procurements}, the
 * contract documents uploaded, every task completed through engine-rest's submit-form as the demo
 * users (Tasklist's path), the review rows all MET with the catalogue's binding example and the
 * uploaded documents, every function approving, procurement recording the particulars; the
 * procurement ends CONTRACT_ACTIVE.
 */
final class ProductTarget extends Target {

  static final String CONFIRM = "UserTask_ConfirmTierAndScope";
  static final String REVIEW = "UserTask_ReviewClauses";
  static final String PARTICULARS = "UserTask_RecordContractParticulars";
  static final Map<String, String> SIGN_OFF = Map.of("it", "UserTask_SignOffForIt", "security", "UserTask_SignOffForSecurity",
      "legal", "UserTask_SignOffForLegal", "data-governance", "UserTask_SignOffForDataGovernance",
      "procurement", "UserTask_SignOffForProcurement");
  static final List<String> FIELDS = List.of("decision", "documentId", "section", "clauseText", "document2Id",
      "section2", "clause2Text", "controllingReference", "evidenceDocumentId", "evidenceExpiry", "justification",
      "disputeFinding");

  private final Map<String, String> bindingExamples = new ConcurrentHashMap<>();
  private final Map<String, long[]> documents = new ConcurrentHashMap<>();
  /** Review tasks per function, as seen in the first review (the bare app gets as many). */
  final Map<String, Integer> reviewTasks = new LinkedHashMap<>();
  private volatile String liveBusinessKey;

  ProductTarget(BenchNode node) {
    super("product", node);
  }

  @Override
  Started start(int n, Samples into) {
    Map<String, Object> intake = org.llmprocurement.support.Intakes.customerSupportBot();
    intake.put("title", "Benchmark procurement " + n);
    BenchHttp.Answer created = http.call("/api/procurements", REQUESTER, intake, 201);
    if (into != null) {
      into.add(created.millis());
    }
    JsonNode json = created.json();
    Started p = new Started(json.get("id").asText(), json.get("processInstanceId").asText(), json.get("businessKey").asText());
    liveBusinessKey = p.businessKey();
    return p;
  }

  @Override
  void confirm(Started p, Samples into) {
    JsonNode task = tasks("processInstanceId=" + p.processInstanceId() + "&taskDefinitionKey=" + CONFIRM, REQUESTER,
        Duration.ofSeconds(30)).get(0);
    double ms = submit(task.get("id").asText(), REQUESTER, Map.of("confirmedTier", "HIGH"));
    if (into != null) {
      into.add(ms);
    }
  }

  @Override
  void prepareReview(Started p) {
    long msa = upload(p, "MSA", "Master services agreement", null);
    long evidence = upload(p, "EVIDENCE", "SOC 2 Type II report", LocalDate.now().minusMonths(2).toString());
    documents.put(p.id(), new long[] {msa, evidence});
    awaitJobs(Duration.ofSeconds(120));
  }

  private long upload(Started p, String type, String title, String effectiveDate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    if (effectiveDate != null) {
      fields.put("effectiveDate", effectiveDate);
    }
    BenchHttp.Answer answer = BenchHttp.expect(http.upload("/api/procurements/" + p.id() + "/documents", REQUESTER, fields,
        title.replace(' ', '-') + ".pdf", ("%PDF-1.4 " + title + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
        201, "upload " + type);
    return answer.json().get("id").asLong();
  }

  @Override
  void review(Started p, Samples into) {
    long[] docs = documents.get(p.id());
    for (Map.Entry<String, String> reviewer : REVIEWERS.entrySet()) {
      List<JsonNode> tasks = tasks("processInstanceBusinessKey=" + p.businessKey() + "&candidateGroup=" + reviewer.getKey()
          + "&taskDefinitionKey=" + REVIEW, reviewer.getValue(), Duration.ofSeconds(60));
      synchronized (reviewTasks) {
        reviewTasks.putIfAbsent(reviewer.getKey(), tasks.size());
      }
      for (JsonNode task : tasks) {
        String id = task.get("id").asText();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode row : items(id, reviewer.getValue())) {
          String requirement = row.get("requirementId").asText();
          Map<String, Object> filled = new LinkedHashMap<>();
          filled.put("requirementId", requirement);
          FIELDS.forEach(f -> filled.put(f, null));
          filled.put("decision", "MET");
          filled.put("documentId", docs[0]);
          filled.put("section", "§" + requirement);
          filled.put("clauseText", bindingExample(requirement));
          filled.put("evidenceDocumentId", docs[1]);
          filled.put("evidenceExpiry", LocalDate.now().plusYears(1).toString());
          rows.add(filled);
        }
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("value", BenchHttp.json(rows));
        items.put("type", "Json");
        into.add(submit(id, reviewer.getValue(), Map.of("items", items)));
      }
    }
    awaitJobs(Duration.ofSeconds(120));
  }

  private JsonNode items(String taskId, String user) {
    // as Tasklist reads a form: the rows are worked out when read, not stored on the task
    JsonNode variable = http.read("/engine-rest/task/" + taskId + "/form-variables?variableNames=items&deserializeValues=false", user);
    JsonNode value = variable.get("items").get("value");
    if (value.isTextual()) {
      try {
        return BenchHttp.JSON.readTree(value.asText());
      } catch (IOException e) {
        throw new IllegalStateException("items of task " + taskId + " are not JSON: " + value, e);
      }
    }
    return value;
  }

  private String bindingExample(String requirement) {
    if (bindingExamples.isEmpty()) {
      for (JsonNode r : http.read("/api/catalogue", REQUESTER).get("requirements")) {
        bindingExamples.put(r.get("id").asText(), r.get("bindingExample").asText());
      }
    }
    String text = bindingExamples.get(requirement);
    if (text == null) {
      throw new IllegalStateException("no catalogue requirement " + requirement);
    }
    return text;
  }

  @Override
  void signOff(Started p, Samples into) {
    for (Map.Entry<String, String> signer : REVIEWERS.entrySet()) {
      JsonNode task = tasks("processInstanceBusinessKey=" + p.businessKey() + "&taskDefinitionKey="
          + SIGN_OFF.get(signer.getKey()), signer.getValue(), Duration.ofSeconds(60)).get(0);
      into.add(submit(task.get("id").asText(), signer.getValue(), Map.of("decision", "APPROVE")));
    }
    awaitJobs(Duration.ofSeconds(120));
  }

  @Override
  void register(Started p) {
    JsonNode task = tasks("processInstanceBusinessKey=" + p.businessKey() + "&taskDefinitionKey=" + PARTICULARS, REQUESTER,
        Duration.ofSeconds(60)).get(0);
    Map<String, Object> variables = new LinkedHashMap<>();
    particulars("REF-" + p.businessKey()).forEach((k, v) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", v instanceof List<?> ? BenchHttp.json(v) : v);
      if (v instanceof List<?>) {
        typed.put("type", "Json");
      }
      variables.put(k, typed);
    });
    submit(task.get("id").asText(), REQUESTER, variables);
    awaitJobs(Duration.ofSeconds(120));
    String stage = http.read("/api/procurements/" + p.id(), "demo-manager").get("stage").asText();
    if (!"CONTRACT_ACTIVE".equals(stage)) {
      throw new IllegalStateException("product procurement " + p.id() + " ended its lifecycle in stage " + stage);
    }
  }

  @Override
  String anyLiveBusinessKey() {
    return liveBusinessKey;
  }
}
