package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.support.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace in headless Chromium: one login with Tasklist both ways, the portfolio and its
 * charts as a manager and as a reviewer, and axe-core on every page. With
 * {@code -Dworkspace.screenshots=true} (tools/workspace/screenshots.sh) the pictures in
 * docs/workspace/ are taken anew.
 */
@Tag("browser")
class WorkspaceBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  CatalogueService catalogue;

  private String app(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aManagerSignedInToTasklistSeesTheWholePortfolioAndItsChartsWithoutSigningInAgain() {
    ReviewFixture inReview = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    String reviewed = api.get("/api/procurements/" + inReview.procurementId, "demo-procurement").json().get("businessKey").asText();
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", "Orchid Analytics");
    String fresh = api.post("/api/procurements", "demo-procurement", intake).json().get("businessKey").asText();

    new Tasklist(browser, port).login("demo-manager");
    browser.driver().get(app("/app"));
    browser.until("the portfolio", d -> d.findElements(By.cssSelector("h1")).stream().anyMatch(h -> h.getText().equals("Portfolio")));
    assertThat(browser.driver().getCurrentUrl()).as("no second sign-in").doesNotContain("/app/login");
    assertThat(browser.driver().findElement(By.cssSelector(".ws-user")).getText()).contains("demo-manager");
    String table = browser.driver().findElement(By.id("portfolio")).getText();
    assertThat(table).contains(reviewed).contains(fresh).contains("Orchid Analytics");

    browser.until("the charts drawn", d -> "true".equals(d.findElement(By.id("charts")).getAttribute("data-charts-ready")));
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    for (Map.Entry<String, Long> chart : Map.of("chart-stage", 1L, "chart-tier", 1L, "chart-deadlines", 3L).entrySet()) {
      WebElement element = browser.driver().findElement(By.id(chart.getKey()));
      assertThat(element.findElements(By.cssSelector("svg"))).as(chart.getKey() + " drawn as SVG").isNotEmpty();
      Object series = js.executeScript("return echarts.getInstanceByDom(arguments[0]).getOption().series.length;", element);
      assertThat(((Number) series).longValue()).as(chart.getKey() + " series").isEqualTo(chart.getValue());
    }
    Object bars = js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-tier')).getOption().series[0].data;");
    assertThat(((List<?>) bars)).as("one bar per tier: LOW, MEDIUM, HIGH, CRITICAL").hasSize(4);
    Object deadlines = js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-deadlines'))"
        + ".getOption().series[0].data.length;");
    assertThat(((Number) deadlines).intValue()).as("review tasks due on the timeline").isGreaterThanOrEqualTo(1);
    Axe.assertNoSeriousViolations(browser, "the portfolio");
    picture("portfolio");

    // sorting and filtering work with the keyboard through plain links and a form
    browser.driver().findElement(By.id("vendor")).sendKeys("orchid\n");
    browser.until("the filtered portfolio", d -> d.getCurrentUrl().contains("vendor=orchid"));
    assertThat(browser.driver().findElement(By.id("portfolio")).getText()).contains(fresh).doesNotContain(reviewed);
  }

  @Test
  void aReviewerSignedInOnTheWorkspaceSeesOnlyItsProcurementsAndIsSignedInToTasklist() {
    ReviewFixture inReview = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    String reviewed = api.get("/api/procurements/" + inReview.procurementId, "demo-procurement").json().get("businessKey").asText();
    String fresh = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json().get("businessKey").asText();

    browser.driver().get(app("/app"));
    browser.until("the sign-in page", d -> d.getCurrentUrl().contains("/app/login"));
    Axe.assertNoSeriousViolations(browser, "the sign-in page");
    picture("sign-in");
    browser.driver().findElement(By.id("username")).sendKeys("demo-security");
    browser.driver().findElement(By.id("password")).sendKeys("demo\n");
    browser.until("the portfolio after signing in", d -> d.getCurrentUrl().endsWith("/app")
        && !d.findElements(By.id("portfolio")).isEmpty());
    String table = browser.driver().findElement(By.id("portfolio")).getText();
    assertThat(table).contains(reviewed).doesNotContain(fresh);
    assertThat(table).contains("Security");
    Axe.assertNoSeriousViolations(browser, "the portfolio of a reviewer");
    browser.driver().get(app("/app?tier=EXTREME"));
    browser.waitForText("tier: 'EXTREME' is not one of");
    Axe.assertNoSeriousViolations(browser, "the error page");

    browser.driver().get(app("/camunda/app/tasklist/default/"));
    browser.until("Tasklist, already signed in", d -> !d.findElements(By.cssSelector(".start-process-action a")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("form input[type=password]"))).as("no Tasklist login form").isEmpty();

    // signing out of the workspace signs out of Tasklist too
    browser.driver().get(app("/app"));
    browser.click(browser.driver().findElement(By.cssSelector(".ws-user button[type=submit]")));
    browser.until("the sign-in page after signing out", d -> d.getCurrentUrl().contains("/app/login"));
    browser.driver().get(app("/camunda/app/tasklist/default/"));
    browser.until("Tasklist's login form", d -> !d.findElements(By.cssSelector("form input[type=password]")).isEmpty());
  }

  /** Keeps a picture for docs/workspace/ when asked to (tools/workspace/screenshots.sh). */
  private void picture(String name) {
    if (!Boolean.getBoolean("workspace.screenshots")) {
      browser.screenshot("workspace-" + name);
      return;
    }
    var window = browser.driver().manage().window();
    var size = window.getSize();
    try {
      // the whole page, charts included
      Number height = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight;");
      window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), Math.min(3000, height.intValue() + 120)));
      Path docs = Path.of(System.getProperty("project.basedir", "."), "docs", "workspace");
      Files.createDirectories(docs);
      Path png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      window.setSize(size);
    }
  }
}
