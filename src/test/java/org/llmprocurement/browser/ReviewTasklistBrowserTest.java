package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.review.ClauseReviewProcess;
import org.llmprocurement.review.PinnedVersions;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewPackaging;
import org.llmprocurement.review.ReviewConsolidation;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clause review as a security reviewer does it in Tasklist, in headless Chromium: the task form
 * starts from the decisions already saved over the API; three rows are decided with different
 * decisions, completion is refused naming the undecided fourth row (nothing is written), then the
 * fourth row is decided and the review completes; the checklist shows exactly those decisions and
 * the security review moves on to its waiver approval. The MET row's documents are chosen by name
 * and version from the procurement's uploads; the decision keeps their ids.
 */
@Tag("browser")
class ReviewTasklistBrowserTest extends IntegrationTest {

  private static final String REVIEWER = "demo-security";
  private static final String FORM = "forms/review-clauses.form";

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  ReviewConsolidation consolidation;

  @Autowired
  ReviewPackaging packaging;

  @Autowired
  PinnedVersions pinned;

  @Test
  void aReviewerDecidesRowsIsToldWhichRowIsMissingThenCompletesTheReview() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.firstPackageTask(packaging, "security");
    List<Map<String, Object>> rows = fixture.rows(task);
    assertThat(rows).as("rows of the first security package").hasSizeGreaterThanOrEqualTo(4);

    // Row C is waived, so it must not be a no-go item at HIGH (the catalogue allows NOT_APPLICABLE for
    // no security item at HIGH: SEC-KMS-01 only below HIGH); A, B and D are three other rows.
    List<String> ids = new ArrayList<>(rows.stream().map(r -> (String) r.get("requirementId")).toList());
    String c = rows.stream().filter(r -> ((String) r.get("noGo")).isEmpty()).map(r -> (String) r.get("requirementId"))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no waivable row in " + ids));
    List<String> others = new ArrayList<>(ids);
    others.remove(c);
    String a = others.get(others.size() - 3);
    String b = others.get(others.size() - 2);
    String d = others.get(others.size() - 1);
    List<String> presaved = ids.stream().filter(id -> !List.of(a, b, c, d).contains(id)).toList();

    // Every other row is saved over the API while the task is open; the form starts from them.
    for (String id : presaved) {
      Api.Response saved = api.put(checklistPath(fixture, "/" + id), REVIEWER, fixture.metDecision(id, "§" + id));
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(saved.json().get("status").asText()).as(id + " saved with its binding example").isEqualTo("MET");
    }
    completeOtherSecurityPackages(fixture, task);

    Tasklist tasklist = new Tasklist(browser, port).login(REVIEWER);
    tasklist.openFilter("My group's tasks");
    tasklist.openTask(task.getId(), task.getName());
    FormJs form = tasklist.claim().taskForm().withKeysFrom(FORM);
    assertThat(form.rowCount("requirementId")).as("one row per requirement").isEqualTo(ids.size());
    if (!presaved.isEmpty()) {
      FormJs saved = form.rowWhere("requirementId", presaved.get(0));
      assertThat(saved.value("section")).as("a pre-saved row shows its section").isEqualTo("§" + presaved.get(0));
      assertThat(saved.selected("decision")).isEqualTo("MET: a clause meets it");
    }
    assertThat(form.rowWhere("requirementId", d).selected("decision")).as("row D starts undecided").isEqualTo("Select");

    form.rowWhere("requirementId", a)
        .select("decision", "GAP: missing or wrong")
        .fill("justification", "The agreement has no clause on this; the vendor must add one.");
    LocalDate expiry = LocalDate.now().plusYears(1);
    form.rowWhere("requirementId", b)
        .select("decision", "MET: a clause meets it")
        .select("documentId", "MSA \u201cMaster services agreement\u201d v1 \u00b7 Master-services-agreement.pdf")
        .fill("section", "MSA §12.3")
        .fill("clauseText", bindingExample(b))
        .select("evidenceDocumentId", "EVIDENCE \u201cSOC 2 Type II report\u201d v1 \u00b7 SOC-2-Type-II-report.pdf")
        .date("evidenceExpiry", expiry);
    form.rowWhere("requirementId", c)
        .select("decision", "WAIVED: ask to waive")
        .fill("justification", "Covered by our own compensating control for this pilot year.");

    tasklist.clickFormButton("Complete review");
    String refusal = tasklist.waitForTaskError(d + ": decision missing");
    assertThat(refusal).doesNotContain(a + ":").doesNotContain(b + ":").doesNotContain(c + ":");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    Map<String, JsonNode> refused = items(fixture);
    for (String id : List.of(a, b, c, d)) {
      assertThat(refused.get(id).get("status").asText()).as(id + " after the refused completion").isEqualTo("OPEN");
    }

    tasklist.closeNotifications();
    form.rowWhere("requirementId", d)
        .select("decision", "GAP: missing or wrong")
        .fill("justification", "Only a best-efforts promise; no measurable commitment.");
    tasklist.clickFormButtonAndWait("Complete review",
        () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0).waitForTaskGone(task.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task completed").isZero();

    Map<String, JsonNode> decided = items(fixture);
    assertDecision(decided.get(a), "GAP", "GAP");
    assertThat(decided.get(a).get("justification").asText()).startsWith("The agreement has no clause");
    assertDecision(decided.get(b), "MET", "MET");
    assertThat(decided.get(b).get("documentId").asLong()).isEqualTo(fixture.msa);
    assertThat(decided.get(b).get("section").asText()).isEqualTo("MSA §12.3");
    assertThat(decided.get(b).get("clauseText").asText()).isEqualTo(bindingExample(b));
    assertThat(decided.get(b).get("evidenceDocumentId").asLong()).isEqualTo(fixture.evidence);
    assertThat(decided.get(b).get("evidenceExpiry").asText()).isEqualTo(expiry.toString());
    assertThat(decided.get(b).get("analysisVerdict").asText()).isEqualTo("MEETS");
    assertDecision(decided.get(c), "WAIVED", "WAIVER_PENDING");
    assertDecision(decided.get(d), "GAP", "GAP");
    for (String id : presaved) {
      assertDecision(decided.get(id), "MET", "MET");
      assertThat(decided.get(id).get("section").asText()).as(id + " kept as saved").isEqualTo("§" + id);
    }

    executeJobs();
    assertThat(fixture.tasks("security")).as("open security review tasks").isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ClauseReviewProcess.KEY)
        .processInstanceBusinessKey(fixture.businessKey()).processVariableValueEquals(ClauseReviewProcess.ROLE.getName(), "security")
        .taskDefinitionKey(ClauseReviewProcess.APPROVE_WAIVERS).count()).as("the security review waits for its waiver approval")
        .isOne();
  }

  /** The security review task of the first package (catalogue order). */
  /** The security function's other packages, all MET, as Tasklist would submit them. */
  private static void completeOtherSecurityPackages(ReviewFixture fixture, Task browserTask) {
    for (Task other : fixture.tasks("security")) {
      if (!other.getId().equals(browserTask.getId())) {
        fixture.submit(REVIEWER, other, fixture.rows(other).stream().map(fixture::met).toList());
      }
    }
  }

  private String bindingExample(String requirementId) {
    return catalogue.requirement(requirementId).orElseThrow().bindingExample();
  }

  private static String checklistPath(ReviewFixture fixture, String suffix) {
    return "/api/procurements/" + fixture.procurementId + "/checklist" + suffix;
  }

  /** The checklist's items by requirement id. */
  private Map<String, JsonNode> items(ReviewFixture fixture) {
    Api.Response checklist = api.get(checklistPath(fixture, ""), REVIEWER);
    assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);
    Map<String, JsonNode> items = new LinkedHashMap<>();
    StreamSupport.stream(checklist.json().get("items").spliterator(), false)
        .forEach(item -> items.put(item.get("requirementId").asText(), item));
    return items;
  }

  private static void assertDecision(JsonNode item, String decision, String status) {
    String id = item.get("requirementId").asText();
    assertThat(item.get("decision").asText()).as(id + " decision").isEqualTo(decision);
    assertThat(item.get("status").asText()).as(id + " status").isEqualTo(status);
    assertThat(item.get("decidedBy").asText()).as(id + " decidedBy").isEqualTo(REVIEWER);
  }
}
