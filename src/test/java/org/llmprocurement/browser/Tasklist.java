package org.llmprocurement.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Camunda 7.24 Tasklist as a user drives it: sign in, start a process from its start form,
 * pick a filter, open, claim and complete a task. Forms are {@link FormJs}.
 */
public final class Tasklist {

  /** The start-process dialog (a Bootstrap modal). */
  private static final By MODAL = By.cssSelector(".modal-dialog");
  /** Where Tasklist renders the Camunda Form of the task shown on the right. */
  private static final By TASK_FORM = By.cssSelector("[cam-tasklist-form] .fjs-container, .task-details .fjs-container");
  private static final By START_FORM = By.cssSelector(".modal-dialog .fjs-container");

  private final BrowserSupport browser;
  private final String base;

  public Tasklist(BrowserSupport browser, int port) {
    this.browser = browser;
    this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private WebDriver driver() {
    return browser.driver();
  }

  /** Signs in on Tasklist's login page and waits for the task list. */
  public Tasklist login(String user, String password) {
    driver().get(base);
    browser.until("the login form", d -> visible(By.cssSelector("form input[type=text]")));
    // the login page may still be settling (focus moves, inputs re-rendered): type, then check what
    // each field holds, and type again until both are exactly right (seen once: the password landed
    // in the user name field)
    for (int attempt = 1; ; attempt++) {
      WebElement name = driver().findElement(By.cssSelector("form input[type=text]"));
      WebElement secret = driver().findElement(By.cssSelector("form input[type=password]"));
      name.clear();
      name.sendKeys(user);
      secret.clear();
      secret.sendKeys(password);
      if (user.equals(name.getAttribute("value")) && password.equals(secret.getAttribute("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new AssertionError("the login form does not keep what was typed: user field holds '"
            + name.getAttribute("value") + "'");
      }
    }
    driver().findElement(By.cssSelector("form button[type=submit]")).click();
    browser.until("Tasklist after signing in as " + user, d -> visible(By.cssSelector(".start-process-action a")));
    return this;
  }

  public Tasklist login(String user) {
    return login(user, "demo");
  }

  /** Opens "Start process", picks the process by its name and returns its start form. */
  public FormJs startProcess(String processName) {
    browser.click(browser.until("the Start process link",
        ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))));
    By process = By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
        + literal(processName) + "]");
    // the dialog fills its list asynchronously (one entry per startable process, recording processes
    // included) and may re-render it under a click: click again by locator until the form shows
    for (int attempt = 1; attempt <= 3; attempt++) {
      if (attempt > 1 && visible(START_FORM) != null) {
        break;
      }
      browser.until("\"" + processName + "\" in the start dialog", d -> visible(process));
      browser.click(process, "\"" + processName + "\" in the start dialog");
      try {
        browser.await(java.time.Duration.ofSeconds(10)).until(d -> visible(START_FORM));
        break;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (attempt == 3) {
          throw notYet;
        }
      }
    }
    return new FormJs(browser, START_FORM);
  }

  /** Clicks a button of the open dialog (e.g. "Start", "Back", "Close") by its text. */
  public Tasklist clickDialogButton(String text) {
    browser.click(browser.until("enabled button \"" + text + "\" in the dialog", ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-dialog')]//button[normalize-space(.)=" + literal(text) + "]"))));
    return this;
  }

  /**
   * Waits for an error notification in the open dialog containing the text, scrolls it into view
   * (Tasklist shows it above the form, out of sight of the Start button) and returns its text.
   */
  public String waitForDialogError(String text) {
    WebElement alert = browser.until("an error in the dialog containing \"" + text + "\"", d -> d.findElements(
        By.cssSelector(".modal-dialog .notifications .alert-danger")).stream()
        .filter(a -> a.isDisplayed() && a.getText().contains(text)).findFirst().orElse(null));
    browser.scrollIntoView(alert);
    return alert.getText();
  }

  /** Waits until the start dialog has closed (the process started). */
  public Tasklist waitForDialogClosed() {
    browser.until("the dialog to close", ExpectedConditions.invisibilityOfElementLocated(MODAL));
    return this;
  }

  /** The text shown in the open dialog. */
  public String dialogText() {
    return driver().findElement(MODAL).getText();
  }

  /** Selects a filter in the left column by its name. */
  public Tasklist openFilter(String filterName) {
    browser.click(browser.until("filter \"" + filterName + "\"", d -> visible(By.xpath(
        "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[normalize-space(text())="
            + literal(filterName) + "]"))));
    browser.until("filter \"" + filterName + "\" to be active", d -> visible(By.xpath(
        "//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a[normalize-space(text())="
            + literal(filterName) + "]")));
    return this;
  }

  /**
   * Opens the task with this id from the task list of the current filter (its first page).
   *
   * @param taskName the task's full name, or its own name without the procurement label
   */
  public FormJs openTask(String taskId, String taskName) {
    By link = By.xpath("//ol[contains(@class,'tasks-list')]/li//h4/a[contains(@href,'task=" + taskId + "')]");
    WebElement task;
    try {
      task = browser.await(java.time.Duration.ofSeconds(10)).withMessage("task " + taskId + " in the task list").until(d -> visible(link));
    } catch (org.openqa.selenium.TimeoutException e) {
      task = null;
    }
    if (task == null) {
      // not on the list's first page (a busy shared test database): open it the way the task e-mail links do
      driver().get(base + "#/?task=" + taskId);
    } else {
      String listed = task.getText().strip();
      // every task is listed as "<business key> · <vendor> · <product> — <its own name>"
      if (!listed.equals(taskName) && !listed.endsWith(" — " + taskName)) {
        throw new AssertionError("task " + taskId + " is listed as \"" + listed + "\", not \"" + taskName + "\"");
      }
      browser.click(link, "task " + taskId);
    }
    browser.until("task \"" + taskName + "\" to open", d -> visible(By.xpath(
        "//*[contains(@class,'task-details')]//h2[contains(normalize-space(.)," + literal(taskName) + ")]")));
    return taskForm();
  }

  /** The Camunda Form of the open task. */
  public FormJs taskForm() {
    return new FormJs(browser, TASK_FORM);
  }

  /** Claims the open task and waits until the form can be edited. */
  public Tasklist claim() {
    browser.click(browser.until("the Claim button", ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    browser.until("the task to be claimed", d -> d.findElements(By.cssSelector("button.claim")).isEmpty()
        && d.findElements(By.cssSelector(".disabled-form")).stream().noneMatch(WebElement::isDisplayed));
    return this;
  }

  /** Clicks Tasklist's Complete button of the open task. */
  public Tasklist complete() {
    browser.click(browser.until("an enabled Complete button", ExpectedConditions.elementToBeClickable(
        By.xpath("//button[@type='submit' and normalize-space(.)='Complete']"))));
    return this;
  }

  /**
   * Clicks Complete and waits until the engine reports the task completed. Tasklist's list
   * refreshes itself, so "gone from the list" alone can be a moment's re-render; and a click that
   * lands while the form re-renders is lost, so Complete is clicked again while the task is still
   * open and the button still enabled.
   */
  public Tasklist completeAndWait(java.util.function.BooleanSupplier completedInEngine) {
    return submitAndWait(By.xpath("//button[@type='submit' and normalize-space(.)='Complete']"), completedInEngine);
  }

  /** The same for a form's own submit button, e.g. "Complete review" of a form with a dynamic list. */
  public Tasklist clickFormButtonAndWait(String label, java.util.function.BooleanSupplier completedInEngine) {
    return submitAndWait(By.xpath("//*[contains(@class,'fjs-container')]//button[contains(@class,'fjs-button') and normalize-space(.)="
        + literal(label) + "]"), completedInEngine);
  }

  private Tasklist submitAndWait(By button, java.util.function.BooleanSupplier completedInEngine) {
    browser.click(browser.until("an enabled button to complete the task", ExpectedConditions.elementToBeClickable(button)));
    long[] lastClick = {System.currentTimeMillis()};
    browser.await(java.time.Duration.ofSeconds(60)).withMessage("the engine to report the task completed").until(d -> {
      if (completedInEngine.getAsBoolean()) {
        return true;
      }
      if (System.currentTimeMillis() - lastClick[0] > 8_000) {
        d.findElements(button).stream().filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().ifPresent(browser::click);
        lastClick[0] = System.currentTimeMillis();
      }
      return false;
    });
    return this;
  }

  /**
   * Clicks a button of the open task's Camunda Form by its label, e.g. a form's own submit button
   * (with a dynamic list, Tasklist's Complete button stays disabled, so such forms bring their own).
   */
  public Tasklist clickFormButton(String label) {
    browser.click(browser.until("an enabled form button \"" + label + "\"", ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-container')]//button[contains(@class,'fjs-button') and normalize-space(.)="
            + literal(label) + "]"))));
    return this;
  }

  /**
   * Waits for a visible error message containing the text around the open task (Tasklist shows a
   * refused completion in a red box), scrolls it into view and returns its text.
   */
  public String waitForTaskError(String text) {
    WebElement alert = browser.until("an error around the task form containing \"" + text + "\"", d -> d.findElements(
        By.cssSelector(".alert-danger, .alert-error")).stream()
        .filter(a -> a.isDisplayed() && a.getText().contains(text)).findFirst().orElse(null));
    browser.scrollIntoView(alert);
    return alert.getText();
  }

  /**
   * Closes the page's notifications with their × (Tasklist keeps an error box fixed over the bottom
   * of the page, where a long form's own submit button is, until the user closes it).
   */
  public Tasklist closeNotifications() {
    By close = By.cssSelector(".page-notifications .alert button.close");
    for (WebElement button : driver().findElements(close)) {
      if (button.isDisplayed()) {
        button.click();
      }
    }
    browser.until("the notifications to close", d -> d.findElements(close).stream().noneMatch(WebElement::isDisplayed));
    return this;
  }

  /** Waits until the task has left the task list of the current filter (completed, or no longer matching). */
  public Tasklist waitForTaskGone(String taskId) {
    browser.until("task " + taskId + " to leave the task list", ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//ol[contains(@class,'tasks-list')]/li//h4/a[contains(@href,'task=" + taskId + "')]")));
    return this;
  }

  /**
   * Waits for a notification containing the text. Success notifications vanish after a few
   * seconds, so prefer waiting for their effect where there is one.
   */
  public String waitForNotification(String text) {
    return browser.until("a notification containing \"" + text + "\"", d -> d.findElements(By.cssSelector(".alert"))
        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> t.contains(text)).findFirst()
        .orElse(null));
  }

  private WebElement visible(By by) {
    List<WebElement> found = driver().findElements(by);
    return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
  }

  /** An XPath string literal for text that may hold an apostrophe or a quote. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
