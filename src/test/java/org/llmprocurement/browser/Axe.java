package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (the accessibility rules engine of Deque, axe.min.js from the Maven artifact
 * {@code com.deque.html.axe-core:selenium}, never from the internet) inside the page the browser
 * shows, and fails on violations of impact "serious" or "critical", naming each rule and element.
 * Rules: WCAG 2.0/2.1 A and AA and axe's best practices.
 */
public final class Axe {

  private static String script;

  private Axe() {}

  private static synchronized String script() {
    if (script == null) {
      try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  /** The serious and critical violations on the current page, as "rule (impact): target — help" lines. */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(BrowserSupport browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
      js.executeScript(script());
    }
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
        + ".map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')"
        + " + ' — ' + v.help; })); })"
        + ".catch(function (e) { done(['axe failed: ' + e]); });");
    return (List<String>) result;
  }

  /** Fails when the current page has serious or critical accessibility violations. */
  public static void assertNoSeriousViolations(BrowserSupport browser, String page) {
    assertThat(seriousViolations(browser)).as("serious or critical accessibility violations (axe-core) on " + page).isEmpty();
  }

}
