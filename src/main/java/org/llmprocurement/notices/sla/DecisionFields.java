package org.llmprocurement.notices.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.llmprocurement.security.TextRules;

/** Reads the fields of a task form submission, one problem per bad field, each named by its key. */
final class DecisionFields {

  static final int MIN_REASON = 10;
  static final int MAX_TEXT = 4000;

  private final Map<String, Object> values;
  private final List<String> problems;

  DecisionFields(Map<String, Object> values, List<String> problems) {
    this.values = values;
    this.problems = problems;
  }

  <E extends Enum<E>> E choice(String field, Class<E> type) {
    Object raw = values.get(field);
    String text = raw == null ? "" : raw.toString().strip();
    if (text.isEmpty()) {
      problems.add(field + ": required, one of " + PayloadFields.names(type));
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add(field + ": '" + (text.length() > 40 ? text.substring(0, 40) : text) + "' is not one of "
          + PayloadFields.names(type));
      return null;
    }
  }

  String text(String field, int min, String why) {
    Object raw = values.get(field);
    String text = raw == null ? "" : raw.toString().strip();
    if (text.length() < min) {
      problems.add(field + ": " + why + " (at least " + min + " characters)");
      return null;
    }
    if (text.length() > MAX_TEXT) {
      problems.add(field + ": at most " + MAX_TEXT + " characters (got " + text.length() + ")");
      return null;
    }
    int before = problems.size();
    TextRules.check(field, text, problems);
    return problems.size() == before ? (text.isEmpty() ? null : text) : null;
  }

  LocalDate date(String field, String why) {
    Object raw = values.get(field);
    String text = raw == null ? "" : raw.toString().strip();
    if (text.isEmpty()) {
      problems.add(field + ": " + why);
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add(field + ": '" + text + "' is not a date such as 2026-12-31");
      return null;
    }
  }

  /** A list of enum names (a checklist submits a list; text may be comma-separated). */
  <E extends Enum<E>> List<E> list(String field, Class<E> type) {
    Object raw = values.get(field);
    Collection<?> items;
    if (raw == null) {
      items = List.of();
    } else if (raw instanceof Collection<?> c) {
      items = c;
    } else {
      items = List.of(raw.toString().split(","));
    }
    List<E> result = new ArrayList<>();
    for (Object item : items) {
      String text = String.valueOf(item).strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        E value = Enum.valueOf(type, text);
        if (!result.contains(value)) {
          result.add(value);
        }
      } catch (IllegalArgumentException e) {
        problems.add(field + ": '" + (text.length() > 40 ? text.substring(0, 40) : text) + "' is not one of "
            + PayloadFields.names(type));
      }
    }
    return List.copyOf(result);
  }
}
