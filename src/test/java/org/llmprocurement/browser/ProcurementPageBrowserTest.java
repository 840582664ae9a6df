package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementRepository;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.review.ClauseReviewProcess;
import org.llmprocurement.support.IntegrationTest;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The procurement page in headless Chromium, as the users do it: demo-procurement starts a
 * procurement in Tasklist, opens it from the portfolio, uploads a DPA with the file picker (the
 * page shows its SHA-256) and finds it offered by name in a review row in Tasklist; demo-security
 * checks a clause on the page and sees the verdict at the procurement's tier. axe-core finds no serious
 * or critical violation on either page.
 */
@Tag("browser")
class ProcurementPageBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  ProcurementRepository procurements;

  @Autowired
  CatalogueService catalogue;

  @Test
  void procurementUploadsADpaOnThePageAndItIsOfferedInTheReviewThenSecurityChecksAClause() throws Exception {
    // demo-procurement starts the procurement in Tasklist
    Set<String> before = instances();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-procurement");
    FormJs start = tasklist.startProcess("LLM procurement").withKeysFrom("forms/intake-start.form");
    IntakeTasklistBrowserTest.fillCustomerSupportBot(start);
    tasklist.clickDialogButton("Start").waitForDialogClosed();
    Set<String> started = instances();
    started.removeAll(before);
    Procurement procurement = procurements.findByProcessInstanceId(started.iterator().next()).orElseThrow();
    String key = procurement.getBusinessKey();
    confirmTier(procurement);

    // ... opens it from the portfolio (same sign-in as Tasklist)
    String base = "http://localhost:" + port;
    browser.driver().get(base + "/app");
    browser.click(browser.until("the procurement in the portfolio", d -> d.findElements(By.linkText(key)).stream().findFirst().orElse(null)));
    browser.until("the procurement page", d -> d.findElement(By.tagName("h1")).getText().contains(key));

    // ... and uploads a DPA with the file picker
    byte[] content = ("%PDF-1.4 Acme DPA " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    Path file = Files.createTempDirectory("dpa").resolve("dpa-acme.pdf");
    Files.write(file, content);
    browser.driver().findElement(By.id("upload-file")).sendKeys(file.toString());
    new Select(browser.driver().findElement(By.id("upload-type"))).selectByValue("DPA");
    browser.driver().findElement(By.id("upload-title")).sendKeys("Acme DPA");
    browser.click(By.id("upload-submit"), "Upload");
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    String stored = browser.until("the upload's answer", d -> d.findElements(By.cssSelector(".upload-stored")).stream()
        .map(WebElement::getText).findFirst().orElse(null));
    assertThat(stored).contains("DPA").contains("version 1").contains(sha256);
    assertThat(browser.driver().findElement(By.id("document-list")).getText()).contains("dpa-acme.pdf").contains(sha256);
    picture("procurement-page");
    Axe.assertNoSeriousViolations(browser, "procurement page (procurement group, after an upload)");

    // ... and finds it offered by name in a review row in Tasklist
    Task review = engine.getTaskService().createTaskQuery().processDefinitionKey(ClauseReviewProcess.KEY)
        .processInstanceBusinessKey(key).taskDefinitionKey(ClauseReviewProcess.REVIEW_CLAUSES).taskCandidateGroup("procurement")
        .list().get(0);
    tasklist = new Tasklist(browser, port);
    browser.driver().get(base + "/camunda/app/tasklist/default/");
    tasklist.openFilter("My group's tasks");
    FormJs form = tasklist.openTask(review.getId(), review.getName().substring(review.getName().indexOf(" — ") + 3))
        .withKeysFrom("forms/review-clauses.form");
    tasklist.claim();
    List<String> offered = form.row(0).options("documentId");
    assertThat(offered).contains("DPA \u201cAcme DPA\u201d v1 \u00b7 dpa-acme.pdf");

    // demo-security checks a clause on the procurement page
    browser.driver().manage().deleteAllCookies();
    browser.driver().get(base + "/app/login");
    browser.driver().findElement(By.id("username")).sendKeys("demo-security");
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
    // the sign-in's own redirect (to the portfolio) must land before we go on, or it overtakes our navigation
    browser.until("signed in as demo-security", d -> d.findElements(By.cssSelector(".ws-user")).stream()
        .anyMatch(u -> u.getText().contains("demo-security")));
    browser.driver().get(base + "/app/procurements/" + key);
    WebElement clauseItem = browser.until("the clause check on the procurement page",
        d -> d.findElements(By.id("clause-item")).stream().findFirst().orElse(null));
    new Select(clauseItem).selectByValue("INC-NOTICE-01");
    browser.driver().findElement(By.id("clause-text")).sendKeys(catalogue.requirement("INC-NOTICE-01").orElseThrow().bindingExample());
    browser.click(By.id("clause-submit"), "Check the clause");
    String verdict = browser.until("the clause verdict", d -> d.findElements(By.cssSelector("#clause-result .clause-verdict")).stream()
        .map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null));
    assertThat(verdict).isEqualTo("MEETS");
    assertThat(browser.driver().findElement(By.id("clause-result")).getText()).contains("at tier HIGH").contains("Figures against the bar");
    assertThat(browser.driver().findElements(By.cssSelector(".review-chart svg"))).as("review progress charts drawn").isNotEmpty();
    picture("procurement-clause-check");
    Axe.assertNoSeriousViolations(browser, "procurement page (security, clause check answered)");
  }

  /** Keeps a picture for docs/workspace/ when asked to (-Dworkspace.screenshots=true, tools/workspace/screenshots.sh). */
  private void picture(String name) {
    if (!Boolean.getBoolean("workspace.screenshots")) {
      browser.screenshot("workspace-" + name);
      return;
    }
    try {
      Path docs = Path.of(System.getProperty("project.basedir", "."), "docs", "workspace");
      Files.createDirectories(docs);
      Path png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void confirmTier(Procurement procurement) {
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(procurement.getProcessInstanceId())
        .taskDefinitionKey(ProcurementLifecycle.CONFIRM_TIER).singleResult();
    engine.getIdentityService().setAuthentication("demo-procurement", List.of("procurement"));
    try {
      engine.getFormService().submitTaskForm(confirm.getId(), Map.of("confirmedTier", "HIGH"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeJobs();
  }

  private Set<String> instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ProcurementLifecycle.KEY).list()
        .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }
}
