package org.llmprocurement.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for browser tests, as a JUnit extension. Register it on a static field:
 *
 * <pre>
 * &#64;RegisterExtension static final BrowserSupport browser = new BrowserSupport();
 * </pre>
 *
 * <p>Before each test it checks that Chromium and chromedriver are installed: when they are
 * not, the tests are skipped, or fail when the system property {@code browser.required} is
 * {@code true} (CI sets it). The paths default to Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} and can be changed with {@code -Dbrowser.chromium=...} and
 * {@code -Dbrowser.chromedriver=...}. Selenium is pointed at both explicitly, so Selenium Manager
 * never downloads a browser or driver.
 *
 * <p>The browser starts on first use of {@link #driver()} with a fresh profile directory, and is
 * closed after each test. When a test fails, a screenshot and the page's HTML are written to
 * {@code target/browser-screenshots/}.
 */
public final class BrowserSupport implements TestInstancePreConstructCallback, AfterEachCallback,
    TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  public static final String SKIP_MESSAGE = "Browser tests skipped: install Debian's chromium and chromium-driver "
      + "(apt-get install chromium chromium-driver) to run them";

  /** How long waits for the (slow, shared-CPU) webapps last; {@code -Dbrowser.timeoutSeconds=...}. */
  public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("browser.timeoutSeconds", 30));

  private final Path chromium = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  private final Path chromedriver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

  private ChromeDriverService service;
  private WebDriver driver;
  private Path profile;

  /**
   * Checked before each test instance is made, so a skipped or failed test reports the reason per
   * test and does not wait for the Spring context to start.
   */
  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chromium)) {
      missing.add("Chromium at " + chromium + " (-Dbrowser.chromium)");
    }
    if (!Files.isExecutable(chromedriver)) {
      missing.add("chromedriver at " + chromedriver + " (-Dbrowser.chromedriver)");
    }
    if (missing.isEmpty()) {
      return;
    }
    if (Boolean.getBoolean("browser.required")) {
      Assertions.fail("Browser tests are required (browser.required=true) but these are missing: "
          + String.join(", ", missing) + ". Install Debian's chromium and chromium-driver "
          + "(apt-get install chromium chromium-driver).");
    }
    Assumptions.abort(SKIP_MESSAGE);
  }

  /** The browser, started on first use. */
  public WebDriver driver() {
    if (driver == null) {
      start();
    }
    return driver;
  }

  public WebDriverWait await() {
    return await(TIMEOUT);
  }

  public WebDriverWait await(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver(), timeout, Duration.ofMillis(100));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Waits until the condition returns something other than null or false, and returns that. */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    return await().withMessage(what).until(condition);
  }

  /**
   * Scrolls the element to the middle of the window and clicks it, again while something covers
   * it: Tasklist's fixed footer and its passing notifications ("The process has been started.")
   * lie over the bottom of the task form, where the Complete button is.
   */
  public void click(WebElement element) {
    until("a click on <" + element.getTagName() + "> \"" + element.getText() + "\" that nothing covers", d -> {
      scrollIntoView(element);
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException covered) {
        return false;
      }
    });
  }

  /**
   * Clicks the element the locator finds, finding it again on every attempt: Tasklist re-renders its
   * task list while refreshing, which leaves a found element stale.
   */
  public void click(By locator, String what) {
    until("a click on " + what + " that nothing covers", d -> {
      WebElement element = d.findElement(locator);
      scrollIntoView(element);
      try {
        element.click();
        return true;
      } catch (ElementClickInterceptedException covered) {
        return false;
      }
    });
  }

  /** Scrolls the element to the middle of its scrolling container, as a user looking at it would. */
  public void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
        element);
  }

  /** Waits until the page's visible text contains the text. */
  public void waitForText(String text) {
    until("page text containing \"" + text + "\"",
        d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  /** Writes a PNG screenshot and the page's HTML under target/browser-screenshots/; returns the PNG. */
  public Path screenshot(String name) {
    if (driver == null) {
      return null;
    }
    try {
      Path dir = screenshotDir();
      Files.createDirectories(dir);
      String stem = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
          + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
      Path png = dir.resolve(stem + ".png");
      Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(stem + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      return png;
    } catch (IOException | RuntimeException e) {
      System.err.println("could not write a screenshot of " + name + ": " + e);
      return null;
    }
  }

  private static Path screenshotDir() {
    return Path.of(System.getProperty("project.basedir", "."), "target", "browser-screenshots");
  }

  private void start() {
    try {
      profile = Files.createTempDirectory("llmp-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
    service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  private void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.stop();
        service = null;
      }
      deleteProfile();
    }
  }

  private void deleteProfile() {
    if (profile == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a left-over temp directory is harmless
    }
    profile = null;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    reportScreenshot(context, throwable);
    throw throwable;
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    reportScreenshot(context, throwable);
    throw throwable;
  }

  private void reportScreenshot(ExtensionContext context, Throwable throwable) {
    Path png = screenshot(context.getRequiredTestClass().getSimpleName() + "-"
        + context.getTestMethod().map(m -> m.getName()).orElse("class"));
    if (png != null) {
      throwable.addSuppressed(new Throwable("screenshot of the failure: " + png.toAbsolutePath()
          + " (page HTML next to it)"));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stop();
  }
}
