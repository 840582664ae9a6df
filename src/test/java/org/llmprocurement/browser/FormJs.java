package org.llmprocurement.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js 1.8, as bundled in the 7.24 Tasklist) rendered somewhere on the page.
 * Fields are found by their label as shown (the required-field asterisk ignored), by the field id
 * from the {@code .form} file ({@code Field_title}), which form-js renders as the end of the input's
 * DOM id, or by their key once the schema is known ({@link #withKeysFrom}): form-js does not render
 * keys.
 */
public final class FormJs {

  private static final By FIELD = By.cssSelector(".fjs-form-field");
  /** The field's own label: a direct child, unlike the labels of checklist or radio options. */
  private static final By OWN_LABEL = By.xpath("./label[contains(@class,'fjs-form-field-label')]");

  private final BrowserSupport browser;
  private final By container;
  /** Field key to field id, from the form's schema; empty unless {@link #withKeysFrom} was used. */
  private final Map<String, String> idsByKey;

  FormJs(BrowserSupport browser, By container) {
    this(browser, container, Map.of());
  }

  private FormJs(BrowserSupport browser, By container, Map<String, String> idsByKey) {
    this.browser = browser;
    this.container = container;
    this.idsByKey = idsByKey;
    browser.until("a rendered form-js form in " + container,
        d -> !d.findElements(container).isEmpty() && !root().findElements(FIELD).isEmpty());
  }

  /**
   * The same form, whose fields can also be named by their keys ({@code title}, {@code surfaces}),
   * read from the {@code .form} file it was rendered from, e.g. {@code forms/intake-start.form}
   * (relative to the project directory). Fields inside a dynamic list are not covered.
   */
  public FormJs withKeysFrom(String formFile) {
    Path file = Path.of(System.getProperty("project.basedir", "."), formFile);
    try {
      Map<String, String> ids = new HashMap<>();
      collectKeys(new ObjectMapper().readTree(file.toFile()), ids);
      return new FormJs(browser, container, Map.copyOf(ids));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the form schema " + file, e);
    }
  }

  private static void collectKeys(JsonNode component, Map<String, String> ids) {
    if (component.hasNonNull("key") && component.hasNonNull("id")) {
      ids.put(component.get("key").asText(), component.get("id").asText());
    }
    if (!"dynamiclist".equals(component.path("type").asText())) {
      component.path("components").forEach(child -> collectKeys(child, ids));
    }
  }

  private WebElement root() {
    return browser.driver().findElement(container);
  }

  /** The visible text of the whole form (text views included). */
  public String text() {
    return root().getText();
  }

  /**
   * The field wrapper ({@code div.fjs-form-field}) with this label (as shown, without the
   * required-field asterisk), or this key (see {@link #withKeysFrom}), or this field id.
   */
  public WebElement field(String name) {
    return browser.until("form field \"" + name + "\"", d -> findField(name).orElse(null));
  }

  private Optional<WebElement> findField(String name) {
    for (WebElement field : root().findElements(FIELD)) {
      List<WebElement> labels = field.findElements(OWN_LABEL);
      if (!labels.isEmpty() && normalise(labels.get(0).getText()).equals(name)) {
        return Optional.of(field);
      }
    }
    // form-js renders DOM ids "fjs-form-<form instance>-<field id>", and "...-<field id>-<n>" for options
    String id = idsByKey.getOrDefault(name, name);
    return root().findElements(By.cssSelector("[id$='-" + id + "'], [id*='-" + id + "-']")).stream().findFirst()
        .map(e -> e.findElement(By.xpath("./ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]")));
  }

  private static String normalise(String label) {
    String text = label.strip();
    if (text.endsWith("*")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  /** Types into a text field, text area or number field, replacing what was there. */
  public FormJs fill(String name, Object value) {
    WebElement input = textInput(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(String.valueOf(value));
    input.sendKeys(Keys.TAB); // form-js debounces typing; leaving the field commits it
    browser.until("\"" + name + "\" to read \"" + value + "\"",
        d -> String.valueOf(value).equals(textInput(name).getAttribute("value")));
    return this;
  }

  /** Empties a text field, text area or number field. */
  public FormJs clear(String name) {
    WebElement input = textInput(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    browser.until("\"" + name + "\" to be empty", d -> textInput(name).getAttribute("value").isEmpty());
    return this;
  }

  private WebElement textInput(String name) {
    return field(name).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea, textarea"));
  }

  /** Ticks or unticks a single checkbox field. */
  public FormJs check(String name, boolean checked) {
    WebElement box = field(name).findElement(By.cssSelector("input[type=checkbox]"));
    if (box.isSelected() != checked) {
      browser.click(box);
    }
    browser.until("\"" + name + "\" to be " + (checked ? "ticked" : "unticked"),
        d -> field(name).findElement(By.cssSelector("input[type=checkbox]")).isSelected() == checked);
    return this;
  }

  /** Ticks exactly these options (by their labels) of a checklist, unticking every other one. */
  public FormJs checklist(String name, String... optionLabels) {
    Set<String> wanted = Set.copyOf(Arrays.asList(optionLabels));
    List<WebElement> options = field(name).findElements(By.cssSelector("label.fjs-form-field-label:has(input)"));
    Set<String> present = options.stream().map(o -> normalise(o.getText())).collect(Collectors.toSet());
    if (!present.containsAll(wanted)) {
      throw new NoSuchElementException("\"" + name + "\" offers " + present + ", not all of " + wanted);
    }
    for (WebElement option : options) {
      WebElement box = option.findElement(By.tagName("input"));
      if (box.isSelected() != wanted.contains(normalise(option.getText()))) {
        browser.click(box);
      }
    }
    browser.until("\"" + name + "\" to tick exactly " + wanted, d -> Set.copyOf(checked(name)).equals(wanted));
    return this;
  }

  /** The labels of the ticked options of a checklist. */
  public List<String> checked(String name) {
    return field(name).findElements(By.cssSelector("label.fjs-form-field-label:has(input)")).stream()
        .filter(o -> o.findElement(By.tagName("input")).isSelected()).map(o -> normalise(o.getText())).toList();
  }

  /** Chooses the option with this label in a radio group. */
  public FormJs radio(String name, String optionLabel) {
    WebElement option = field(name).findElements(By.cssSelector("label.fjs-form-field-label:has(input)")).stream()
        .filter(o -> normalise(o.getText()).equals(optionLabel)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("\"" + name + "\" has no option \"" + optionLabel + "\""));
    browser.click(option.findElement(By.tagName("input")));
    browser.until("\"" + optionLabel + "\" chosen in \"" + name + "\"",
        d -> field(name).findElements(By.cssSelector("label.fjs-checked")).stream()
            .anyMatch(o -> normalise(o.getText()).equals(optionLabel)));
    return this;
  }

  /** Chooses the option with this label in a select (form-js draws its own drop-down list). */
  public FormJs select(String name, String optionLabel) {
    browser.click(field(name).findElement(By.cssSelector(".fjs-input-group")));
    WebElement item = browser.until("option \"" + optionLabel + "\" in the drop-down of \"" + name + "\"",
        d -> field(name).findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(i -> i.getText().strip().equals(optionLabel)).findFirst().orElse(null));
    browser.click(item);
    browser.until("\"" + name + "\" to show \"" + optionLabel + "\"", d -> optionLabel.equals(selected(name)));
    return this;
  }

  /** The label of the option a select shows (form-js shows "Select" when nothing is chosen). */
  public String selected(String name) {
    return field(name).findElement(By.cssSelector(".fjs-select-display")).getText().strip();
  }

  /** The current value of a text field, text area or number field. */
  public String value(String name) {
    return textInput(name).getAttribute("value");
  }

  /** The validation messages form-js shows under the field. */
  public List<String> errors(String name) {
    return field(name).findElements(By.cssSelector(".fjs-form-field-error li")).stream().map(WebElement::getText).toList();
  }
}
