package org.llmprocurement.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One application the benchmark drives over REST: the product or the bare reference. Each step of
 * the lifecycle is one method; the timed calls add their wall time to the {@link Timings}.
 */
abstract class Target {

  /** The functions that review and sign off, with the demo user acting for each. */
  static final Map<String, String> REVIEWERS = new LinkedHashMap<>();

  static {
    REVIEWERS.put("it", "demo-it");
    REVIEWERS.put("security", "demo-security");
    REVIEWERS.put("legal", "demo-legal");
    REVIEWERS.put("data-governance", "demo-data-governance");
    // demo-procurement submits the intakes; segregation of duties wants another buyer for procurement
    REVIEWERS.put("procurement", "demo-buyer");
  }

  static final String REQUESTER = "demo-procurement";

  /** One started procurement. */
  record Started(String id, String processInstanceId, String businessKey) {}

  /** The timed calls of one application. */
  static final class Timings {
    final Samples start = new Samples();
    final Samples confirm = new Samples();
    final Samples review = new Samples();
    final Samples signOff = new Samples();
    final Samples lifecycle = new Samples();
    final Samples lifecycleAtScale = new Samples();
    final Samples reviewAtScale = new Samples();
  }

  final String name;
  final BenchNode node;
  final BenchHttp http;
  final BenchDb db;
  final Timings timings = new Timings();

  Target(String name, BenchNode node) {
    this.name = name;
    this.node = node;
    this.http = new BenchHttp(node.base());
    this.db = node.db;
  }

  /** Starts procurement number n; adds the start call's time to {@code into} (null: not timed). */
  abstract Started start(int n, Samples into);

  /** Confirms the proposed tier (the first user task). */
  abstract void confirm(Started p, Samples into);

  /** Everything between the confirmation and the review tasks: documents, async preparation. */
  abstract void prepareReview(Started p);

  /** Completes every review task of every function; review completions go to {@code into}. */
  abstract void review(Started p, Samples into);

  /** Every function signs off. */
  abstract void signOff(Started p, Samples into);

  /** Records the contract particulars and checks that the lifecycle ended. */
  abstract void register(Started p);

  /** The business key used for the task lookup measurement. */
  abstract String anyLiveBusinessKey();

  /** Waits until the engine has no due job left (async continuations run by the job executor). */
  void awaitJobs(Duration limit) {
    long until = System.nanoTime() + limit.toNanos();
    while (db.dueJobs() > 0) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException(name + ": jobs still due after " + limit);
      }
      BenchmarkRun.pause(20);
    }
  }

  /** The full lifecycle of one procurement, timed from the start call to the end of the last task. */
  void lifecycle(int n, Samples lifecycleInto, Samples reviewInto) {
    long t0 = System.nanoTime();
    Started p = start(n, timings.start);
    confirm(p, timings.confirm);
    prepareReview(p);
    review(p, reviewInto);
    signOff(p, timings.signOff);
    register(p);
    lifecycleInto.add((System.nanoTime() - t0) / 1e6);
  }

  /** Tasks of a query, retried until at least one is there (async steps) or the limit passes. */
  List<JsonNode> tasks(String query, String user, Duration limit) {
    long until = System.nanoTime() + limit.toNanos();
    while (true) {
      JsonNode answer = http.read("/engine-rest/task?" + query, user);
      if (answer.size() > 0) {
        List<JsonNode> list = new ArrayList<>();
        answer.forEach(list::add);
        return list;
      }
      if (System.nanoTime() > until) {
        throw new IllegalStateException(name + ": no task for " + query + " as " + user + " after " + limit);
      }
      BenchmarkRun.pause(25);
    }
  }

  /** Submits a task form as the user; the call must answer 204. Answers its time in ms. */
  double submit(String taskId, String user, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((k, v) -> typed.put(k, v instanceof Map<?, ?> m && m.containsKey("value") ? v : valueOf(v)));
    return http.call("/engine-rest/task/" + taskId + "/submit-form", user, Map.of("variables", typed), 204).millis();
  }

  private static Map<String, Object> valueOf(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    return typed;
  }

  /** Contract particulars as the product's form takes them (lists as JSON), for a HIGH support bot in the EU. */
  static Map<String, Object> particulars(String reference) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("vendorId", null);
    p.put("vendorLegalName", "Acme AI Ltd");
    p.put("vendorLei", "");
    p.put("vendorCountry", "IE");
    p.put("vendorNoticeAddress", "Legal department, 1 Dock Road, Dublin");
    p.put("vendorContacts", List.of(Map.of("name", "Ann Vendor", "role", "Account manager", "email", "ann@vendor.example")));
    p.put("contractReference", reference);
    p.put("product", "Acme Assist Enterprise");
    p.put("surfaces", List.of("API", "CHAT_UI"));
    p.put("models", List.of(Map.of("name", "assist-large", "version", "2026-09-01", "baseModelFamily", "Assist",
        "fineTuning", "Instruction-tuned by the vendor on support dialogues", "thirdPartyFoundationModel", "",
        "safetyLayers", "Input and output moderation, prompt-injection filter")));
    List<Map<String, Object>> locations = new ArrayList<>();
    for (String type : List.of("PROMPTS", "OUTPUTS", "LOGS", "EMBEDDINGS", "BACKUPS", "SUPPORT_ARTEFACTS")) {
      locations.add(Map.of("dataType", type, "storageRegions", List.of("EU"), "processingRegions", List.of("EU"),
          "supportAccessRegions", List.of("EU", "UK")));
    }
    p.put("dataLocations", locations);
    p.put("subprocessors", List.of(Map.of("name", "Cloud Host Ltd", "location", "DE", "dataCategories", List.of("PERSONAL"))));
    java.time.LocalDate today = java.time.LocalDate.now();
    p.put("effectiveDate", today.toString());
    p.put("termEnd", today.plusYears(2).toString());
    p.put("autoRenewal", true);
    p.put("nonRenewalNoticeDays", 60);
    p.put("providerTerminationNoticeDays", 180);
    p.put("governingLawCountry", "IE");
    p.put("dataSensitivity", "HIGH");
    p.put("relianceLevel", "MATERIAL");
    p.put("substitutability", "MEDIUM_COMPLEXITY");
    p.put("exitPlanExists", true);
    p.put("alternativeProvidersIdentified", "YES");
    p.put("alternativeProviders", "Beta Models GmbH; Gamma AI Inc.");
    return p;
  }
}
