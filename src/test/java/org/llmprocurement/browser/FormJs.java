package org.llmprocurement.browser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js 1.8, as bundled in the 7.24 Tasklist) rendered somewhere on the page.
 * Fields are found by their label as shown (the required-field asterisk ignored), or by the field
 * id from the {@code .form} file ({@code Field_title}), which form-js renders as the end of the
 * input's DOM id. form-js does not render field keys.
 */
public final class FormJs {

  private static final By FIELD = By.cssSelector(".fjs-form-field");
  /** The field's own label: a direct child, unlike the labels of checklist or radio options. */
  private static final By OWN_LABEL = By.xpath("./label[contains(@class,'fjs-form-field-label')]");

  private final BrowserSupport browser;
  private final By container;

  FormJs(BrowserSupport browser, By container) {
    this.browser = browser;
    this.container = container;
    browser.until("a rendered form-js form in " + container,
        d -> !d.findElements(container).isEmpty() && !root().findElements(FIELD).isEmpty());
  }

  private WebElement root() {
    return browser.driver().findElement(container);
  }

  /** The visible text of the whole form (text views included). */
  public String text() {
    return root().getText();
  }

  /** The field wrapper ({@code div.fjs-form-field}) with this label or field id. */
  public WebElement field(String labelOrId) {
    return browser.until("form field \"" + labelOrId + "\"", d -> findField(labelOrId).orElse(null));
  }

  private Optional<WebElement> findField(String labelOrId) {
    for (WebElement field : root().findElements(FIELD)) {
      List<WebElement> labels = field.findElements(OWN_LABEL);
      if (!labels.isEmpty() && normalise(labels.get(0).getText()).equals(labelOrId)) {
        return Optional.of(field);
      }
    }
    List<WebElement> byId = root().findElements(By.cssSelector("[id$='-" + labelOrId + "']"));
    return byId.stream().findFirst().map(e -> e.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field ')][1]")));
  }

  private static String normalise(String label) {
    String text = label.strip();
    if (text.endsWith("*")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  /** Types into a text field, text area or number field, replacing what was there. */
  public FormJs fill(String labelOrId, Object value) {
    WebElement input = textInput(labelOrId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(String.valueOf(value));
    input.sendKeys(Keys.TAB); // form-js debounces typing; leaving the field commits it
    browser.until("\"" + labelOrId + "\" to read \"" + value + "\"",
        d -> String.valueOf(value).equals(textInput(labelOrId).getAttribute("value")));
    return this;
  }

  /** Empties a text field, text area or number field. */
  public FormJs clear(String labelOrId) {
    WebElement input = textInput(labelOrId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    browser.until("\"" + labelOrId + "\" to be empty", d -> textInput(labelOrId).getAttribute("value").isEmpty());
    return this;
  }

  private WebElement textInput(String labelOrId) {
    return field(labelOrId).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea, textarea"));
  }

  /** Ticks or unticks a single checkbox field. */
  public FormJs check(String labelOrId, boolean checked) {
    WebElement box = field(labelOrId).findElement(By.cssSelector("input[type=checkbox]"));
    if (box.isSelected() != checked) {
      browser.click(box);
    }
    browser.until("\"" + labelOrId + "\" to be " + (checked ? "ticked" : "unticked"),
        d -> field(labelOrId).findElement(By.cssSelector("input[type=checkbox]")).isSelected() == checked);
    return this;
  }

  /** Ticks exactly these options (by their labels) of a checklist, unticking every other one. */
  public FormJs checklist(String labelOrId, String... optionLabels) {
    Set<String> wanted = Set.copyOf(Arrays.asList(optionLabels));
    List<WebElement> options = field(labelOrId).findElements(By.cssSelector("label.fjs-form-field-label:has(input)"));
    Set<String> present = options.stream().map(o -> normalise(o.getText())).collect(Collectors.toSet());
    if (!present.containsAll(wanted)) {
      throw new NoSuchElementException("\"" + labelOrId + "\" offers " + present + ", not all of " + wanted);
    }
    for (WebElement option : options) {
      WebElement box = option.findElement(By.tagName("input"));
      if (box.isSelected() != wanted.contains(normalise(option.getText()))) {
        browser.click(box);
      }
    }
    browser.until("\"" + labelOrId + "\" to tick exactly " + wanted, d -> Set.copyOf(checked(labelOrId)).equals(wanted));
    return this;
  }

  /** The labels of the ticked options of a checklist. */
  public List<String> checked(String labelOrId) {
    return field(labelOrId).findElements(By.cssSelector("label.fjs-form-field-label:has(input)")).stream()
        .filter(o -> o.findElement(By.tagName("input")).isSelected()).map(o -> normalise(o.getText())).toList();
  }

  /** Chooses the option with this label in a radio group. */
  public FormJs radio(String labelOrId, String optionLabel) {
    WebElement option = field(labelOrId).findElements(By.cssSelector("label.fjs-form-field-label:has(input)")).stream()
        .filter(o -> normalise(o.getText()).equals(optionLabel)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("\"" + labelOrId + "\" has no option \"" + optionLabel + "\""));
    browser.click(option.findElement(By.tagName("input")));
    browser.until("\"" + optionLabel + "\" chosen in \"" + labelOrId + "\"",
        d -> field(labelOrId).findElements(By.cssSelector("label.fjs-checked")).stream()
            .anyMatch(o -> normalise(o.getText()).equals(optionLabel)));
    return this;
  }

  /** Chooses the option with this label in a select (form-js draws its own drop-down list). */
  public FormJs select(String labelOrId, String optionLabel) {
    browser.click(field(labelOrId).findElement(By.cssSelector(".fjs-input-group")));
    WebElement item = browser.until("option \"" + optionLabel + "\" in the drop-down of \"" + labelOrId + "\"",
        d -> field(labelOrId).findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(i -> i.getText().strip().equals(optionLabel)).findFirst().orElse(null));
    browser.click(item);
    browser.until("\"" + labelOrId + "\" to show \"" + optionLabel + "\"", d -> optionLabel.equals(selected(labelOrId)));
    return this;
  }

  /** The label of the option a select shows (form-js shows "Select" when nothing is chosen). */
  public String selected(String labelOrId) {
    return field(labelOrId).findElement(By.cssSelector(".fjs-select-display")).getText().strip();
  }

  /** The current value of a text field, text area or number field. */
  public String value(String labelOrId) {
    return textInput(labelOrId).getAttribute("value");
  }

  /** The validation messages form-js shows under the field. */
  public List<String> errors(String labelOrId) {
    return field(labelOrId).findElements(By.cssSelector(".fjs-form-field-error li")).stream().map(WebElement::getText).toList();
  }
}
