package org.llmprocurement.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.contracts.ContractRegistrationProcess;
import org.llmprocurement.contracts.DoraCodes;
import org.llmprocurement.review.ClauseReviewProcess;
import org.llmprocurement.review.ReviewInput;
import org.llmprocurement.signoff.SignOffProcess;
import org.llmprocurement.support.Intakes;

/**
 * Drives procurements through their whole lifecycle over HTTP as their people would, one request
 * that changes something per {@link #step} (plus the reads it needs): the intake, the MSA and the
 * evidence uploaded, the tier confirmed (HIGH), every clause review task decided MET with the
 * catalogue's binding wording, every function's sign-off approved (procurement by a second buyer,
 * segregation of duties), the contract particulars recorded, until the procurement is
 * {@code CONTRACT_ACTIVE} in the register. Each step looks at the procurement's current state
 * first, so a driver carries on where it stopped after a crash or on another node, and a step
 * whose request got no answer is simply looked at again. Every request and its answer is logged
 * ({@link #log}) for the exactly-once checks.
 */
final class LifecycleDriver {

  static final String ADMIN = "admin";
  static final String PROCUREMENT = "demo-procurement";
  static final String CONFIRM_TIER = "UserTask_ConfirmTierAndScope";
  /** Reviewers per role; procurement's is the second buyer, since whoever started the intake may not review it. */
  static final Map<String, String> REVIEWERS = Map.of("it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance", "procurement", "demo-buyer");
  static final Map<String, String> SIGNERS = Map.of("it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance", "procurement", "demo-buyer");
  static final Map<String, String> FUNCTION_OF_SIGN_OFF = SignOffProcess.TASKS.entrySet().stream()
      .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  /** What a request was for. */
  enum Kind { CREATE, UPLOAD, CONFIRM, REVIEW, SIGN_OFF, PARTICULARS, READ }

  /**
   * One request: what for, which procurement (0 for a create), which task (null if none), the
   * requirement ids a review submitted or the function that signed, the intake title of a create,
   * and the answer.
   */
  record Request(Kind kind, long procurement, String task, List<String> detail, Client.Answer answer) {}

  /** One procurement as its driver knows it. */
  static final class Procurement {
    final long id;
    final String instance;
    final String businessKey;
    Long msa;
    Long evidence;
    /** An upload got no answer: look at the documents before uploading again. */
    boolean documentsUnknown;
    boolean active;

    Procurement(long id, String instance, String businessKey) {
      this.id = id;
      this.instance = instance;
      this.businessKey = businessKey;
    }

    @Override
    public String toString() {
      return businessKey + " (id " + id + ")";
    }
  }

  final Client client;
  final List<Request> log = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Client.Answer> last = new ThreadLocal<>();

  LifecycleDriver(Client client) {
    this.client = client;
  }

  /** Starts a procurement titled {@code title}; null when the request was not answered 201 (see the log). */
  Procurement create(AppNode node, String title) {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("title", title);
    Client.Answer answer = record(Kind.CREATE, 0, null, List.of(title),
        client.post(node.base() + "/api/procurements", PROCUREMENT, intake));
    if (answer.status() != 201) {
      return null;
    }
    JsonNode json = answer.json();
    return new Procurement(json.get("id").asLong(), json.get("processInstanceId").asText(), json.get("businessKey").asText());
  }

  /**
   * One step of the procurement on this node; answers false when there was nothing to do yet (an
   * asynchronous step still running) or the procurement is active, true when a request was sent.
   */
  boolean step(Procurement p, AppNode node) {
    if (p.active) {
      return false;
    }
    if (p.documentsUnknown && !readDocuments(p, node)) {
      return true;
    }
    if (p.msa == null) {
      p.msa = upload(p, node, "MSA", "Master services agreement", null);
      return true;
    }
    if (p.evidence == null) {
      p.evidence = upload(p, node, "EVIDENCE", "SOC 2 Type II report", LocalDate.now().minusMonths(2).toString());
      return true;
    }
    Client.Answer tasks = read(p, node, "/engine-rest/task?processInstanceBusinessKey=" + p.businessKey, ADMIN);
    if (!tasks.ok()) {
      return true;
    }
    List<JsonNode> open = new ArrayList<>();
    tasks.json().forEach(open::add);
    open.sort(Comparator.comparing(t -> t.path("created").asText()));
    if (open.isEmpty()) {
      Client.Answer view = read(p, node, "/api/procurements/" + p.id, PROCUREMENT);
      if (view.ok() && "CONTRACT_ACTIVE".equals(view.json().path("stage").asText())) {
        p.active = true;
      }
      return false;
    }
    JsonNode task = open.get(0);
    String key = task.path("taskDefinitionKey").asText();
    String id = task.path("id").asText();
    if (key.equals(CONFIRM_TIER)) {
      submit(Kind.CONFIRM, p, id, List.of(), PROCUREMENT, Map.of("confirmedTier", Map.of("value", "HIGH")), node);
    } else if (key.equals(ClauseReviewProcess.REVIEW_CLAUSES)) {
      review(p, node, id);
    } else if (FUNCTION_OF_SIGN_OFF.containsKey(key)) {
      String function = FUNCTION_OF_SIGN_OFF.get(key);
      submit(Kind.SIGN_OFF, p, id, List.of(function), SIGNERS.get(function), Map.of("decision", Map.of("value", "APPROVE")), node);
    } else if (key.equals(ContractRegistrationProcess.RECORD_PARTICULARS)) {
      Map<String, Object> variables = new LinkedHashMap<>();
      particulars(p).forEach((name, value) -> variables.put(name, value instanceof List<?>
          ? Map.of("type", "Json", "value", Client.json(value)) : valueOf(value)));
      submit(Kind.PARTICULARS, p, id, List.of(), PROCUREMENT, variables, node);
    } else {
      Client.Answer view = read(p, node, "/api/procurements/" + p.id, PROCUREMENT);
      if (view.ok() && "CONTRACT_ACTIVE".equals(view.json().path("stage").asText())) {
        p.active = true; // later processes of the contract (e.g. IT's access inventory) are not the procurement's
        return false;
      }
      throw new AssertionError(p + ": a task the driver does not know: " + key + " (" + task.path("name").asText() + ")");
    }
    return true;
  }

  /** The review tasks open for the procurement, each as [task id, role]. */
  List<String[]> reviewTasks(Procurement p, AppNode node) {
    List<String[]> found = new ArrayList<>();
    for (String role : ClauseReviewProcess.ROLES) {
      Client.Answer tasks = read(p, node, "/engine-rest/task?processInstanceBusinessKey=" + p.businessKey
          + "&taskDefinitionKey=" + ClauseReviewProcess.REVIEW_CLAUSES + "&candidateGroup=" + role, ADMIN);
      tasks.json().forEach(t -> found.add(new String[] {t.get("id").asText(), role}));
    }
    return found;
  }

  /** Decides every row of one review task MET and completes it as the role's reviewer. */
  Client.Answer review(Procurement p, AppNode node, String taskId) {
    Client.Answer links = read(p, node, "/engine-rest/task/" + taskId + "/identity-links?type=candidate", ADMIN);
    if (!links.ok()) {
      return links;
    }
    String role = null;
    for (JsonNode link : links.json()) {
      if (REVIEWERS.containsKey(link.path("groupId").asText())) {
        role = link.path("groupId").asText();
      }
    }
    if (role == null) {
      throw new AssertionError(p + ": review task " + taskId + " without a reviewing group: " + links.body());
    }
    return review(p, node, taskId, role);
  }

  /** Decides every row of the role's review task MET and completes it. */
  Client.Answer review(Procurement p, AppNode node, String taskId, String role) {
    // as Tasklist reads a form: the rows are worked out when read, not stored on the task
    Client.Answer items = read(p, node, "/engine-rest/task/" + taskId + "/form-variables?variableNames=items&deserializeValues=false", ADMIN);
    if (!items.ok()) {
      return items;
    }
    JsonNode value = items.json().get("items").get("value");
    JsonNode rows;
    try {
      rows = value.isTextual() ? Client.JSON.readTree(value.asText()) : value;
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    List<Map<String, Object>> decided = new ArrayList<>();
    List<String> requirements = new ArrayList<>();
    for (JsonNode row : rows) {
      String requirement = row.get("requirementId").asText();
      requirements.add(requirement);
      Map<String, Object> keyed = new LinkedHashMap<>();
      keyed.put("requirementId", requirement);
      ReviewInput.FIELDS.forEach(field -> keyed.put(field, null));
      keyed.put("decision", "MET");
      keyed.put("documentId", p.msa);
      keyed.put("section", "§" + requirement);
      keyed.put("clauseText", BundledCatalogue.catalogue().requirement(requirement).orElseThrow().bindingExample());
      keyed.put("evidenceDocumentId", p.evidence);
      keyed.put("evidenceExpiry", LocalDate.now().plusYears(1).toString());
      keyed.put("disputeFinding", false);
      decided.add(keyed);
    }
    return submit(Kind.REVIEW, p, taskId, requirements, REVIEWERS.get(role),
        Map.of("items", Map.of("type", "Json", "value", Client.json(decided))), node);
  }

  /**
   * Completes the task through the engine REST API; fails (AssertionError) on an answer other than
   * 204 or none, since the driver only sends what the product must accept.
   */
  Client.Answer submit(Kind kind, Procurement p, String taskId, List<String> detail, String user, Map<String, Object> variables,
      AppNode node) {
    Client.Answer answer = record(kind, p.id, taskId, detail, client.post(node.base() + "/engine-rest/task/" + taskId
        + "/submit-form", user, Map.of("variables", variables)));
    if (!answer.ok() && !answer.unanswered()) {
      throw new AssertionError(p + ": " + kind + " of task " + taskId + " as " + user + " refused: " + answer);
    }
    return answer;
  }

  private Long upload(Procurement p, AppNode node, String type, String title, String effectiveDate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    if (effectiveDate != null) {
      fields.put("effectiveDate", effectiveDate);
    }
    Client.Answer answer = record(Kind.UPLOAD, p.id, null, List.of(type), client.upload(node.base() + "/api/procurements/" + p.id
        + "/documents", PROCUREMENT, fields, title.replace(' ', '-') + ".pdf", "application/pdf",
        ("%PDF-1.4 " + title + " " + p.businessKey).getBytes(StandardCharsets.UTF_8)));
    if (answer.status() == 201) {
      return answer.json().get("id").asLong();
    }
    p.documentsUnknown = true;
    return null;
  }

  /** After an upload without an answer: takes the documents that are there; false when the read failed. */
  private boolean readDocuments(Procurement p, AppNode node) {
    Client.Answer documents = read(p, node, "/api/procurements/" + p.id + "/documents", PROCUREMENT);
    if (!documents.ok()) {
      return false;
    }
    for (JsonNode document : documents.json()) {
      if ("MSA".equals(document.path("type").asText())) {
        p.msa = document.get("id").asLong();
      } else if ("EVIDENCE".equals(document.path("type").asText())) {
        p.evidence = document.get("id").asLong();
      }
    }
    p.documentsUnknown = false;
    return true;
  }

  private Client.Answer read(Procurement p, AppNode node, String path, String user) {
    return record(Kind.READ, p.id, null, List.of(path), client.get(node.base() + path, user));
  }

  private Client.Answer record(Kind kind, long procurement, String task, List<String> detail, Client.Answer answer) {
    log.add(new Request(kind, procurement, task, detail, answer));
    last.set(answer);
    return answer;
  }

  /** The answer to this thread's last request. */
  Client.Answer lastAnswer() {
    return last.get();
  }

  private static Map<String, Object> valueOf(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    return typed;
  }

  /** Particulars of a HIGH support bot in the EU for a two-year term, with a vendor and reference of its own. */
  static Map<String, Object> particulars(Procurement p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vendorId", null);
    m.put("vendorLegalName", "Fault Vendor " + p.businessKey + " Ltd");
    m.put("vendorLei", null);
    m.put("vendorCountry", "IE");
    m.put("vendorNoticeAddress", "Legal department, 1 Dock Road, Dublin");
    m.put("vendorContacts", List.of(Map.of("name", "Ann Vendor", "role", "Account manager", "email", "ann@vendor.example")));
    m.put("contractReference", "REF-" + p.businessKey);
    m.put("product", "Acme Assist Enterprise");
    m.put("surfaces", List.of("API", "CHAT_UI"));
    m.put("models", List.of(Map.of("name", "assist-large", "version", "2026-09-01", "baseModelFamily", "Assist",
        "fineTuning", "Instruction-tuned by the vendor on support dialogues", "thirdPartyFoundationModel", "",
        "safetyLayers", "Input and output moderation, prompt-injection filter")));
    List<Map<String, Object>> locations = new ArrayList<>();
    for (DoraCodes.DataType type : DoraCodes.DataType.values()) {
      locations.add(Map.of("dataType", type.name(), "storageRegions", List.of("EU"), "processingRegions", List.of("EU"),
          "supportAccessRegions", List.of("EU", "UK")));
    }
    m.put("dataLocations", locations);
    m.put("subprocessors", List.of(Map.of("name", "Cloud Host Ltd", "location", "DE", "dataCategories", List.of("PERSONAL"))));
    LocalDate today = LocalDate.now();
    m.put("effectiveDate", today.toString());
    m.put("termEnd", today.plusYears(2).toString());
    m.put("autoRenewal", true);
    m.put("nonRenewalNoticeDays", 60);
    m.put("providerTerminationNoticeDays", 180);
    m.put("governingLawCountry", "IE");
    m.put("dataSensitivity", "HIGH");
    m.put("relianceLevel", "MATERIAL");
    m.put("substitutability", "MEDIUM_COMPLEXITY");
    m.put("exitPlanExists", true);
    m.put("alternativeProvidersIdentified", "YES");
    m.put("alternativeProviders", "Beta Models GmbH; Gamma AI Inc.");
    return m;
  }
}
