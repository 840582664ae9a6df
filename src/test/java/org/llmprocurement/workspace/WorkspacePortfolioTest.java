package org.llmprocurement.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portfolio over real HTTP, signed in as each kind of user: who sees which procurement (the
 * same rule on the page, the CSV, the chart data and {@code GET /api/procurements}), filters,
 * sorting, CSV quoting, and the answers to people who may not see it.
 */
class WorkspacePortfolioTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  private Api as(String user) {
    Api client = new Api("http://localhost:" + port);
    client.login(user);
    return client;
  }

  private static List<String> keys(JsonNode portfolio) {
    List<String> keys = new ArrayList<>();
    portfolio.get("items").forEach(item -> keys.add(item.get("businessKey").asText()));
    return keys;
  }

  @Test
  void managersSeeEveryProcurementAndAReviewingFunctionOnlyThoseItHasWorkOn() {
    ReviewFixture inReview = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    String reviewed = api.get("/api/procurements/" + inReview.procurementId, "demo-procurement").json().get("businessKey").asText();
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", "Quill, \"Ink\" & Co");
    JsonNode fresh = api.post("/api/procurements", "demo-procurement", intake).json();
    String freshKey = fresh.get("businessKey").asText();
    long freshId = fresh.get("id").asLong();

    Api manager = as("demo-manager");
    Api.Response managerPage = manager.page("/app?size=100");
    assertThat(managerPage.status()).isEqualTo(200);
    assertThat(managerPage.body()).contains(reviewed).contains(freshKey).contains("Quill, &quot;Ink&quot; &amp; Co");

    Api security = as("demo-security");
    Api.Response securityPage = security.page("/app?size=100");
    assertThat(securityPage.body()).contains(reviewed).doesNotContain(freshKey);
    assertThat(keys(api.get("/api/procurements?size=100", "demo-security").json())).contains(reviewed).doesNotContain(freshKey);
    assertThat(api.get("/api/procurements/" + freshId, "demo-security").status()).isEqualTo(403);
    assertThat(api.get("/api/procurements/" + inReview.procurementId, "demo-security").status()).isEqualTo(200);
    assertThat(api.get("/api/procurements/987654321", "demo-security").status()).isEqualTo(404);
    assertThat(api.get("/api/procurements/" + freshId, "demo-manager").status()).isEqualTo(200);

    // the review's open tasks show per group on the reviewed procurement's row
    JsonNode rows = security.sessionGet("/app?size=100&q=" + reviewed, "application/json").json();
    assertThat(rows.get("total").asLong()).isEqualTo(1);
    JsonNode row = rows.get("rows").get(0);
    assertThat(row.get("stage").asText()).isEqualTo("CLAUSE_REVIEW");
    assertThat(row.get("openTasksByGroup").get("security").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(row.get("openTasksByGroup").get("legal").asInt()).isGreaterThanOrEqualTo(1);

    // the CSV: every visible match, quoted as RFC 4180 wants
    Api.Response csv = manager.sessionGet("/app/portfolio.csv?vendor=quill", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).contains("\"Quill, \"\"Ink\"\" & Co\"");
    List<CSVRecord> records = parse(csv.body());
    assertThat(records).extracting(r -> r.get("Business key")).contains(freshKey).doesNotContain(reviewed);
    assertThat(records.get(0).get("Vendor")).isEqualTo("Quill, \"Ink\" & Co");
    assertThat(parse(security.sessionGet("/app/portfolio.csv", "text/csv").body()))
        .extracting(r -> r.get("Business key")).doesNotContain(freshKey);

    // chart data: counts by tier and stage, and the review's due dates on the timeline
    JsonNode charts = manager.sessionGet("/app/charts.json?q=" + reviewed, "application/json").json();
    assertThat(charts.get("byTier").get("HIGH").asLong()).isEqualTo(1);
    assertThat(charts.get("byStage").get("Clause review").asLong()).isEqualTo(1);
    assertThat(charts.get("counted").asInt()).isEqualTo(1);
  }

  @Test
  void filtersAndSortingWorkInTheAddressAndBadParametersAre400() {
    Map<String, Object> a = Intakes.customerSupportBot();
    a.put("vendor", "Aardvark Sorting Ltd");
    Map<String, Object> z = Intakes.customerSupportBot();
    z.put("vendor", "Zyzzyva Sorting Ltd");
    String aKey = api.post("/api/procurements", "demo-procurement", a).json().get("businessKey").asText();
    String zKey = api.post("/api/procurements", "demo-procurement", z).json().get("businessKey").asText();
    Api manager = as("demo-manager");

    JsonNode ascending = manager.sessionGet("/app?vendor=sorting%20ltd&sort=vendor&dir=asc", "application/json").json();
    assertThat(ascending.get("rows")).extracting(r -> r.get("businessKey").asText()).containsExactly(aKey, zKey);
    JsonNode descending = manager.sessionGet("/app?vendor=sorting%20ltd&sort=vendor&dir=desc", "application/json").json();
    assertThat(descending.get("rows")).extracting(r -> r.get("businessKey").asText()).containsExactly(zKey, aKey);
    Api.Response page = manager.page("/app?vendor=sorting%20ltd&sort=vendor&dir=asc");
    assertThat(page.body()).contains("aria-sort=\"ascending\"").containsSubsequence(aKey, zKey);
    assertThat(keys(api.get("/api/procurements?vendor=sorting%20ltd&sort=vendor&dir=desc", "demo-manager").json()))
        .containsExactly(zKey, aKey);

    Api.Response bad = manager.page("/app?sort=price&dir=up&tier=EXTREME");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("sort: &#39;price&#39;").contains("dir: &#39;up&#39;").contains("tier: &#39;EXTREME&#39;");
    Api.Response badJson = manager.sessionGet("/app/charts.json?tier=EXTREME", "application/json");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.json().get("problems").toString()).contains("tier");
  }

  @Test
  void everyWorkspaceAddressRefusesStrangersAndOutsiders() {
    Api nobody = new Api("http://localhost:" + port);
    for (String path : List.of("/app", "/app/portfolio.csv", "/app/charts.json")) {
      Api.Response page = nobody.page(path);
      assertThat(page.status()).as(path).isEqualTo(302);
      assertThat(page.header("Location")).as(path).contains("/app/login?next=");
      assertThat(nobody.sessionGet(path, "application/json").status()).as(path).isEqualTo(401);
    }
    var identity = engine.getIdentityService();
    var authorizations = engine.getAuthorizationService();
    identity.saveUser(with(identity.newUser("ws-outsider"), u -> u.setPassword("Lantern-Quay-2046")));
    var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("ws-outsider");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.APPLICATION);
    grant.setResourceId("tasklist");
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.ACCESS);
    String grantId = authorizations.saveAuthorization(grant).getId();
    try {
      // a Camunda user who may open Tasklist but belongs to no product group
      Api outsider = new Api("http://localhost:" + port);
      assertThat(outsider.workspaceLogin("ws-outsider", "Lantern-Quay-2046").status()).isEqualTo(302);
      for (String path : List.of("/app", "/app/portfolio.csv", "/app/charts.json")) {
        assertThat(outsider.page(path).status()).as(path).isEqualTo(403);
        assertThat(outsider.sessionGet(path, "application/json").status()).as(path).isEqualTo(403);
      }
      assertThat(outsider.page("/app").body()).contains("belongs to no group");
    } finally {
      authorizations.deleteAuthorization(grantId);
      identity.deleteUser("ws-outsider");
    }
  }

  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
