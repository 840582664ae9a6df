package org.llmprocurement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bare reference app (tools/bench/bare-app) driven over engine-rest alone: the start of
 * {@code bare-procurement} (DMN task, JPA service task, tier confirmation task), one review task per
 * package of each function (as many as the product gave that function), a sign-off per function and
 * the particulars task with the product's particulars as plain variables.
 */
final class BareTarget extends Target {

  static final Map<String, String> SUFFIX = Map.of("it", "It", "security", "Security", "legal", "Legal",
      "data-governance", "DataGovernance", "procurement", "Procurement");

  private final Map<String, Integer> packages;
  private volatile String liveBusinessKey;

  BareTarget(BenchNode node, Map<String, Integer> packages) {
    super("bare", node);
    this.packages = packages;
  }

  @Override
  Started start(int n, Samples into) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("title", Map.of("value", "Benchmark procurement " + n));
    variables.put("vendor", Map.of("value", "Acme AI"));
    variables.put("product", Map.of("value", "Acme Assist Enterprise"));
    variables.put("customerFacing", Map.of("value", true));
    variables.put("personalData", Map.of("value", true));
    variables.put("deploymentStage", Map.of("value", "PRODUCTION"));
    SUFFIX.forEach((function, suffix) -> variables.put("reviewPackages" + suffix,
        Map.of("value", packages.getOrDefault(function, 1))));
    String businessKey = "BARE-" + n + "-" + System.nanoTime();
    BenchHttp.Answer started = http.call("/engine-rest/process-definition/key/bare-procurement/start", REQUESTER,
        Map.of("businessKey", businessKey, "variables", variables), 200);
    if (into != null) {
      into.add(started.millis());
    }
    liveBusinessKey = businessKey;
    String id = started.json().get("id").asText();
    return new Started(id, id, businessKey);
  }

  @Override
  void confirm(Started p, Samples into) {
    JsonNode task = tasks("processInstanceId=" + p.processInstanceId() + "&taskDefinitionKey=ConfirmTier", REQUESTER,
        Duration.ofSeconds(30)).get(0);
    double ms = submit(task.get("id").asText(), REQUESTER, Map.of("confirmedTier", "HIGH"));
    if (into != null) {
      into.add(ms);
    }
  }

  @Override
  void prepareReview(Started p) {
    // nothing: no documents, no async preparation
  }

  @Override
  void review(Started p, Samples into) {
    for (Map.Entry<String, String> reviewer : REVIEWERS.entrySet()) {
      List<JsonNode> tasks = tasks("processInstanceId=" + p.processInstanceId() + "&candidateGroup=" + reviewer.getKey()
          + "&taskDefinitionKey=Review" + SUFFIX.get(reviewer.getKey()), reviewer.getValue(), Duration.ofSeconds(30));
      for (JsonNode task : tasks) {
        into.add(submit(task.get("id").asText(), reviewer.getValue(), Map.of("decision", "MET")));
      }
    }
  }

  @Override
  void signOff(Started p, Samples into) {
    for (Map.Entry<String, String> signer : REVIEWERS.entrySet()) {
      JsonNode task = tasks("processInstanceId=" + p.processInstanceId() + "&taskDefinitionKey=SignOff"
          + SUFFIX.get(signer.getKey()), signer.getValue(), Duration.ofSeconds(30)).get(0);
      into.add(submit(task.get("id").asText(), signer.getValue(), Map.of("decision", "APPROVE")));
    }
  }

  @Override
  void register(Started p) {
    JsonNode task = tasks("processInstanceId=" + p.processInstanceId() + "&taskDefinitionKey=RecordParticulars", REQUESTER,
        Duration.ofSeconds(30)).get(0);
    Map<String, Object> variables = new LinkedHashMap<>();
    particulars("REF-" + p.businessKey()).forEach((k, v) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", v instanceof List<?> ? BenchHttp.json(v) : v);
      variables.put(k, typed);
    });
    submit(task.get("id").asText(), REQUESTER, variables);
    String state = http.read("/engine-rest/history/process-instance/" + p.processInstanceId(), "demo-manager")
        .get("state").asText();
    if (!"COMPLETED".equals(state)) {
      throw new IllegalStateException("bare instance " + p.processInstanceId() + " is " + state + " after the last task");
    }
  }

  @Override
  String anyLiveBusinessKey() {
    return liveBusinessKey;
  }
}
