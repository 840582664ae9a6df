package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.review.ReviewPackaging;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist keeps what the user typed: pressing Enter in a row's text field right after typing
 * never completes the review task (form-js takes typed text only after a short delay, so an
 * Enter-submission would send the field empty), and a click on "Complete review" right after
 * typing submits exactly what the form shows.
 */
@Tag("browser")
class ReviewEnterKeyBrowserTest extends IntegrationTest {

  private static final String REVIEWER = "demo-security";
  private static final String FORM = "forms/review-clauses.form";

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewPackaging packaging;

  @Test
  void enterInATextFieldNeverCompletesAndWhatIsShownIsWhatIsSubmitted() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.firstPackageTask(packaging, "security");
    List<String> ids = fixture.rows(task).stream().map(r -> (String) r.get("requirementId")).toList();
    String last = ids.get(ids.size() - 1);
    // every row but the last is decided over the API; the last is the one typed in Tasklist
    for (String id : ids.subList(0, ids.size() - 1)) {
      Map<String, Object> body = fixture.metDecision(id, "§" + id);
      assertThat(api.put("/api/procurements/" + fixture.procurementId + "/checklist/" + id, REVIEWER, body).status()).isEqualTo(200);
    }

    Tasklist tasklist = new Tasklist(browser, port).login(REVIEWER);
    tasklist.openFilter("My group's tasks");
    tasklist.openTask(task.getId(), task.getName());
    FormJs form = tasklist.claim().taskForm().withKeysFrom(FORM);
    assertThat(form.text()).as("the document list (a Json value) shows as text").contains("Documents: MSA \"Master services agreement\"");
    FormJs row = form.rowWhere("requirementId", last)
        .select("decision", "GAP: missing or wrong")
        .fill("justification", "No clause at all; the vendor must add one.");

    // Enter at once in single-line fields of the row: nothing is completed
    row.typeThenPress("section", "MSA §4.4", Keys.ENTER);
    row.typeThenPress("section2", "DPA §2.1", Keys.ENTER);
    long until = System.currentTimeMillis() + Duration.ofSeconds(4).toMillis();
    while (System.currentTimeMillis() < until) {
      assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("Enter did not complete the task").isOne();
      java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
    }
    assertThat(row.value("section")).as("the typed text stays in the field").isEqualTo("MSA §4.4");

    // typed, then "Complete review" at once: exactly what the form shows is recorded
    row.typeOnly("section", "MSA §4.5");
    tasklist.clickFormButtonAndWait("Complete review",
        () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0).waitForTaskGone(task.getId());

    Api.Response checklist = api.get("/api/procurements/" + fixture.procurementId + "/checklist", REVIEWER);
    JsonNode item = StreamSupport.stream(checklist.json().get("items").spliterator(), false)
        .filter(i -> i.get("requirementId").asText().equals(last)).findFirst().orElseThrow();
    assertThat(item.get("decision").asText()).isEqualTo("GAP");
    assertThat(item.get("section").asText()).isEqualTo("MSA §4.5");
    assertThat(item.get("justification").asText()).isEqualTo("No clause at all; the vendor must add one.");
  }
}
