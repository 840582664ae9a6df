package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: a reviewing group sees the procurements it has work on; managers, procurement and
 * administrators see all. For every per-procurement read of the product API (and the contract
 * register entries that belong to a procurement): 401 without credentials, 403 for a reviewing
 * group that never had a task on that procurement, 200 for a group that has, and for a manager,
 * 404 for an unknown id.
 */
class ProcurementVisibilityTest extends ContractTest {

  private static final long UNKNOWN = 987_654_321L;
  private static final Map<String, String> REVIEWERS = Map.of("it", "demo-it", "security", "demo-security",
      "legal", "demo-legal", "data-governance", "demo-data-governance");

  @Autowired
  CatalogueService catalogue;

  /** Reviewing groups offered a task (open or done) in any process with this business key. */
  private Set<String> reviewingGroupsWithWork(String businessKey) {
    var history = engine.getHistoryService();
    Set<String> groups = new TreeSet<>();
    history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(task ->
        history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("candidate").list().stream()
            .map(link -> link.getGroupId()).filter(REVIEWERS::containsKey).forEach(groups::add));
    return groups;
  }

  private int status(String path, String user) {
    return api.download(path, user).status();
  }

  private long uploadDocument(long procurementId) {
    Api.Response response = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
        Map.of("type", "DPA", "title", "Data processing agreement"),
        new Api.FilePart("file", "dpa.pdf", "application/pdf", ("%PDF-1.4 dpa " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  private static Map<String, Object> clauseCheck(long procurementId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requirementId", "INC-NOTICE-01");
    body.put("text", "The vendor notifies the customer of a security incident within 24 hours of becoming aware of it.");
    body.put("procurementId", procurementId);
    return body;
  }

  @Test
  void procurementCallsShowAProcurementOnlyToGroupsWithWorkOnIt() {
    long fresh = newProcurement("Visibility Fresh " + System.nanoTime());
    long freshDocument = uploadDocument(fresh);
    ReviewFixture reviewed = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    long id = reviewed.procurementId;
    assertThat(reviewingGroupsWithWork(reviewed.businessKey())).contains("security");
    assertThat(reviewingGroupsWithWork(businessKey(fresh))).as("before the tier is confirmed nobody reviews").isEmpty();

    List<String> paths = List.of("", "/checklist", "/traceability", "/negotiation", "/sign-off", "/documents",
        "/documents/%d", "/documents/%d/content");
    for (String suffix : paths) {
      String reviewedPath = "/api/procurements/" + id + suffix.formatted(reviewed.dpa);
      String freshPath = "/api/procurements/" + fresh + suffix.formatted(freshDocument);
      String unknownPath = "/api/procurements/" + UNKNOWN + suffix.formatted(freshDocument);
      assertThat(status(reviewedPath, null)).as("signed out " + reviewedPath).isEqualTo(401);
      assertThat(status(freshPath, "demo-security")).as("no work on " + freshPath).isEqualTo(403);
      assertThat(status(reviewedPath, "demo-security")).as("work on " + reviewedPath).isEqualTo(200);
      assertThat(status(reviewedPath, "demo-manager")).as("manager " + reviewedPath).isEqualTo(200);
      assertThat(status(freshPath, "demo-manager")).as("manager " + freshPath).isEqualTo(200);
      assertThat(status(unknownPath, "demo-manager")).as("unknown " + unknownPath).isEqualTo(404);
    }
    Api.Response refused = api.get("/api/procurements/" + fresh + "/checklist", "demo-security");
    assertThat(refused.body()).contains("has no work on procurement " + fresh);

    assertThat(api.post("/api/clause-analysis", null, clauseCheck(id)).status()).isEqualTo(401);
    assertThat(api.post("/api/clause-analysis", "demo-security", clauseCheck(fresh)).status()).isEqualTo(403);
    Api.Response judged = api.post("/api/clause-analysis", "demo-security", clauseCheck(id));
    assertThat(judged.status()).as(judged.body()).isEqualTo(200);
    assertThat(api.post("/api/clause-analysis", "demo-manager", clauseCheck(fresh)).status()).isEqualTo(200);
    assertThat(api.post("/api/clause-analysis", "demo-manager", clauseCheck(UNKNOWN)).status()).isEqualTo(404);
  }

  @Test
  void contractRegisterEntriesFollowTheirProcurement() {
    String vendor = "Visibility Vendor " + System.nanoTime();
    long contractId = registered(vendor, "", EngineClock.today().plusYears(2), 60);
    Api.Response request = api.post("/api/contracts/" + contractId + "/deletion-requests", "demo-data-governance",
        Map.of("dataSetName", "Abuse monitoring logs", "dataSetDescription", "Prompts kept for abuse monitoring",
            "dataCategories", List.of("PERSONAL")));
    assertThat(request.status()).as(request.body()).isEqualTo(201);
    executeJobs(request.json().get("processInstanceId").asText());
    String businessKey = request.json().get("businessKey").asText();
    Set<String> working = reviewingGroupsWithWork(businessKey);
    assertThat(working).as("the deletion request is data governance's task").contains("data-governance");
    String outsider = REVIEWERS.keySet().stream().filter(g -> !working.contains(g)).sorted().findFirst()
        .map(REVIEWERS::get).orElseThrow(() -> new AssertionError("every reviewing group has work on " + businessKey));

    List<String> paths = List.of("", "/access-inventory", "/renewal", "/pilot-promotion", "/evidence", "/deletion-requests",
        "/notices", "/breaches", "/sla-violations", "/harmful-output-reports", "/service-changes", "/exit");
    for (String suffix : paths) {
      String path = "/api/contracts/" + contractId + suffix;
      // no exit has started: those who may see the entry learn that (404), the others are refused first
      int seen = suffix.equals("/exit") ? 404 : 200;
      assertThat(status(path, null)).as("signed out " + path).isEqualTo(401);
      assertThat(status(path, outsider)).as(outsider + " has no work on " + path).isEqualTo(403);
      assertThat(status(path, "demo-data-governance")).as("work on " + path).isEqualTo(seen);
      assertThat(status(path, "demo-manager")).as("manager " + path).isEqualTo(seen);
      assertThat(status("/api/contracts/" + UNKNOWN + suffix, "demo-manager")).as("unknown " + suffix).isEqualTo(404);
    }

    // the register lists only the entries whose procurement the caller sees
    String list = "/api/contracts?vendor=" + vendor.replace(" ", "%20");
    assertThat(api.get(list, null).status()).isEqualTo(401);
    assertThat(api.get(list, outsider).json().get("items")).isEmpty();
    assertThat(api.get(list, "demo-data-governance").json().get("items")).hasSize(1);
    assertThat(api.get(list, "demo-manager").json().get("items")).hasSize(1);
    assertThat(api.download("/api/contracts/register.csv?vendor=" + vendor.replace(" ", "%20"), outsider).text())
        .doesNotContain(vendor);
  }
}
