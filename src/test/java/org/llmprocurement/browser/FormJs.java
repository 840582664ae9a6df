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
 *
 * <p>The rows of a {@code dynamiclist} are forms of their own: {@link #row(int)} and
 * {@link #rowWhere(String, String)} return a {@code FormJs} whose fields are those of one row, named
 * by key, label or field id. form-js renders a row's field with the DOM id of the field followed by
 * {@code _<row index>}, and without a wrapper per row when rows cannot be added or removed, so rows are
 * found by id, never by label on the page (every row repeats the same labels).
 */
public final class FormJs {

  private static final By FIELD = By.cssSelector(".fjs-form-field");
  /** The field's own label: a direct child, unlike the labels of checklist or radio options. */
  private static final By OWN_LABEL = By.xpath("./label[contains(@class,'fjs-form-field-label')]");

  private final BrowserSupport browser;
  private final By container;
  /** Field key to field id, from the form's schema; empty unless {@link #withKeysFrom} was used. */
  private final Map<String, String> idsByKey;
  /**
   * Per dynamic list (by its id): the key, label and id of each of its fields to the field id; empty
   * unless {@link #withKeysFrom} was used.
   */
  private final Map<String, Map<String, String>> rowFieldIds;
  /** For a row of a dynamic list: "_" and the row index, which form-js appends to the DOM ids; else null. */
  private final String rowSuffix;
  /** For a row: the ids of its fields by key, label and id. */
  private final Map<String, String> rowIds;

  FormJs(BrowserSupport browser, By container) {
    this(browser, container, Map.of(), Map.of(), null, Map.of());
  }

  private FormJs(BrowserSupport browser, By container, Map<String, String> idsByKey,
      Map<String, Map<String, String>> rowFieldIds, String rowSuffix, Map<String, String> rowIds) {
    this.browser = browser;
    this.container = container;
    this.idsByKey = idsByKey;
    this.rowFieldIds = rowFieldIds;
    this.rowSuffix = rowSuffix;
    this.rowIds = rowIds;
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
      Map<String, Map<String, String>> lists = new HashMap<>();
      collectKeys(new ObjectMapper().readTree(file.toFile()), ids, lists);
      return new FormJs(browser, container, Map.copyOf(ids), Map.copyOf(lists), null, Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the form schema " + file, e);
    }
  }

  private static void collectKeys(JsonNode component, Map<String, String> ids, Map<String, Map<String, String>> lists) {
    if (component.hasNonNull("key") && component.hasNonNull("id")) {
      ids.put(component.get("key").asText(), component.get("id").asText());
    }
    if ("dynamiclist".equals(component.path("type").asText())) {
      Map<String, String> fields = new HashMap<>();
      component.path("components").forEach(child -> collectRowFields(child, fields));
      lists.put(component.path("id").asText(), Map.copyOf(fields));
    } else {
      component.path("components").forEach(child -> collectKeys(child, ids, lists));
    }
  }

  private static void collectRowFields(JsonNode component, Map<String, String> fields) {
    if (component.hasNonNull("id")) {
      String id = component.get("id").asText();
      fields.put(id, id);
      for (String name : List.of("key", "label", "dateLabel")) {
        if (component.hasNonNull(name)) {
          fields.putIfAbsent(component.get(name).asText(), id);
        }
      }
    }
    component.path("components").forEach(child -> collectRowFields(child, fields));
  }

  /**
   * Row {@code index} (from 0) of the form's dynamic list ({@link #withKeysFrom} must have been used;
   * with several lists, use {@link #row(String, int)}).
   */
  public FormJs row(int index) {
    return row(onlyList(), index);
  }

  /** Row {@code index} (from 0) of the dynamic list with this field id (e.g. {@code List_items}). */
  public FormJs row(String listId, int index) {
    Map<String, String> fields = rowFieldIds.get(listId);
    if (fields == null) {
      throw new IllegalArgumentException("no dynamic list " + listId + " in the form schema (lists: "
          + rowFieldIds.keySet() + "; was withKeysFrom used?)");
    }
    return new FormJs(browser, container, idsByKey, rowFieldIds, "_" + index, fields);
  }

  /** How many rows the form's dynamic list shows (counted by the rows' field with this key or id). */
  public int rowCount(String key) {
    String id = rowFieldIds.get(onlyList()).getOrDefault(key, key);
    return root().findElements(By.cssSelector("input[id*='-" + id + "_'], textarea[id*='-" + id + "_']")).size();
  }

  /**
   * The row of the form's dynamic list whose field (by key, label or id; typically a readonly id
   * field) holds this value.
   */
  public FormJs rowWhere(String key, String value) {
    return browser.until("a row whose \"" + key + "\" is \"" + value + "\"", d -> {
      for (int i = 0; i < rowCount(key); i++) {
        FormJs row = row(i);
        if (row.findField(key).isPresent() && value.equals(row.value(key))) {
          return row;
        }
      }
      return null;
    });
  }

  private String onlyList() {
    if (rowFieldIds.size() != 1) {
      throw new IllegalStateException("the form has " + rowFieldIds.size() + " dynamic lists " + rowFieldIds.keySet()
          + " (was withKeysFrom used?): name the list");
    }
    return rowFieldIds.keySet().iterator().next();
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
    if (rowSuffix != null) {
      String id = rowIds.get(name);
      if (id == null) {
        throw new IllegalArgumentException("a row has no field \"" + name + "\" (fields: " + rowIds.keySet() + ")");
      }
      return byId(id + rowSuffix);
    }
    for (WebElement field : root().findElements(FIELD)) {
      List<WebElement> labels = field.findElements(OWN_LABEL);
      if (!labels.isEmpty() && normalise(labels.get(0).getText()).equals(name)) {
        return Optional.of(field);
      }
    }
    // form-js renders DOM ids "fjs-form-<form instance>-<field id>", and "...-<field id>-<n>" for options
    return byId(idsByKey.getOrDefault(name, name));
  }

  private Optional<WebElement> byId(String id) {
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

  /** How long a typed value must stay in its field before {@link #fill} trusts it. */
  private static final java.time.Duration SETTLED = java.time.Duration.ofMillis(600);

  /**
   * Types into a text field, text area or number field, replacing what was there, and leaves the
   * field. Typed again when the field loses the text: on a slow machine a dynamic list re-rendered
   * for the previous field's (debounced) change can reset the field being typed into; the text must
   * then stay for {@link #SETTLED}.
   */
  public FormJs fill(String name, Object value) {
    String text = String.valueOf(value);
    type(textInput(name), text);
    long[] keptSince = {System.nanoTime()};
    browser.until("\"" + name + "\" to keep \"" + value + "\"", d -> {
      WebElement input = textInput(name);
      if (!text.equals(input.getAttribute("value"))) {
        type(input, text);
        keptSince[0] = System.nanoTime();
        return false;
      }
      return System.nanoTime() - keptSince[0] >= SETTLED.toNanos();
    });
    return this;
  }

  private static void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    input.sendKeys(Keys.TAB); // form-js debounces typing; leaving the field commits it
  }

  /**
   * Types as a fast user does: the text and then, at once, the given key (e.g. Enter), without
   * leaving the field first, so form-js's debounce has not yet taken the value.
   */
  public FormJs typeThenPress(String name, String text, CharSequence key) {
    WebElement input = textInput(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text + key);
    return this;
  }

  /** Types without leaving the field (the value is still in form-js's debounce). */
  public FormJs typeOnly(String name, String text) {
    WebElement input = textInput(name);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
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
            .filter(i -> itemText(i).equals(optionLabel)).findFirst().orElse(null));
    browser.click(item);
    browser.until("\"" + name + "\" to show \"" + optionLabel + "\"", d -> optionLabel.equals(selected(name)));
    return this;
  }

  /**
   * The labels a select offers: opens its drop-down list, reads the items and closes it again,
   * choosing nothing.
   */
  public List<String> options(String name) {
    browser.click(field(name).findElement(By.cssSelector(".fjs-input-group")));
    List<String> labels = browser.until("the drop-down of \"" + name + "\"", d -> {
      List<WebElement> items = field(name).findElements(By.cssSelector(".fjs-dropdownlist-item"));
      return items.isEmpty() ? null : items.stream().map(FormJs::itemText).toList();
    });
    browser.click(field(name).findElement(By.cssSelector(".fjs-input-group"))); // the same click closes it
    return labels;
  }

  /**
   * An item's text even when it is scrolled out of the drop-down's visible part (long lists):
   * Selenium's getText() is empty for such an item.
   */
  private static String itemText(WebElement item) {
    String text = item.getAttribute("textContent");
    return text == null ? "" : text.strip();
  }

  /** The label of the option a select shows (form-js shows "Select" when nothing is chosen). */
  public String selected(String name) {
    return field(name).findElement(By.cssSelector(".fjs-select-display")).getText().strip();
  }

  /** The current value of a text field, text area or number field. */
  public String value(String name) {
    return textInput(name).getAttribute("value");
  }

  /**
   * Types a date into a date field in the order its placeholder shows (form-js follows the
   * browser's locale, e.g. mm/dd/yyyy) without leading zeros, and leaves the field, which sets the date.
   */
  public FormJs date(String name, java.time.LocalDate date) {
    WebElement input = textInput(name);
    // form-js shows dates without leading zeros (12/1/2027 for mm/dd/yyyy): type them that way, or
    // the field rewrites the text and never keeps what was typed
    String pattern = input.getAttribute("placeholder").toLowerCase(java.util.Locale.ROOT).replace("mm", "M")
        .replace("dd", "d");
    String text = date.format(java.time.format.DateTimeFormatter.ofPattern(pattern));
    return fill(name, text);
  }

  /** The validation messages form-js shows under the field. */
  public List<String> errors(String name) {
    return field(name).findElements(By.cssSelector(".fjs-form-field-error li")).stream().map(WebElement::getText).toList();
  }
}
