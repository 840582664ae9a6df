package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed reads of a notice's payload (a JSON object) that collect every problem, each naming its
 * field as {@code payload.<field>: ...}. A field that is absent, JSON {@code null} or blank text
 * counts as missing. Engine-free.
 */
final class Payload {

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 4000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final JsonNode node;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param node the payload; anything other than a JSON object is one problem ({@code payload})
   * @param fields every field the type knows; others are named as problems
   */
  Payload(JsonNode node, Set<String> fields) {
    this.node = node;
    if (node == null || !node.isObject()) {
      problems.add("payload: required, a JSON object with the fields " + String.join(", ", fields));
      return;
    }
    node.fieldNames().forEachRemaining(name -> {
      if (!fields.contains(name)) {
        problems.add("payload." + name + ": not a field of this notice type; its fields: " + String.join(", ", fields));
      }
    });
  }

  List<String> problems() {
    return List.copyOf(problems);
  }

  /** Records a problem of one field; none once the payload itself is no object (that one problem says it all). */
  void problem(String field, String message) {
    if (node == null || !node.isObject()) {
      return;
    }
    problems.add("payload." + field + ": " + message);
  }

  private JsonNode value(String field) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return null;
    }
    return value;
  }

  boolean present(String field) {
    return value(field) != null;
  }

  String text(String field, int max, boolean required) {
    JsonNode value = value(field);
    if (value == null) {
      if (required) {
        problem(field, "required, text of at most " + max + " characters");
      }
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      problem(field, "must be text");
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > max) {
      problem(field, "at most " + max + " characters (got " + text.length() + ")");
      return null;
    }
    return text;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
    JsonNode value = value(field);
    if (value == null) {
      if (required) {
        problem(field, "required, one of " + names(type));
      }
      return null;
    }
    return parse(field, value, type);
  }

  <E extends Enum<E>> List<E> enums(String field, Class<E> type, boolean required) {
    JsonNode value = value(field);
    if (value == null || (value.isArray() && value.isEmpty())) {
      if (required) {
        problem(field, "required, a list of at least one of " + names(type));
      }
      return List.of();
    }
    if (!value.isArray()) {
      problem(field, "must be a list of " + names(type));
      return List.of();
    }
    Set<E> result = new LinkedHashSet<>();
    for (JsonNode item : value) {
      E parsed = parse(field, item, type);
      if (parsed != null) {
        result.add(parsed);
      }
    }
    return List.copyOf(result);
  }

  private <E extends Enum<E>> E parse(String field, JsonNode value, Class<E> type) {
    String text = value.isTextual() ? value.asText().strip().toUpperCase(Locale.ROOT) : null;
    if (text != null) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    problem(field, "'" + value.asText() + "' is not one of " + names(type));
    return null;
  }

  LocalDate date(String field, boolean required) {
    JsonNode value = value(field);
    if (value == null) {
      if (required) {
        problem(field, "required, an ISO-8601 date (YYYY-MM-DD)");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.asText().strip());
    } catch (DateTimeParseException e) {
      problem(field, "'" + value.asText() + "' is not an ISO-8601 date (YYYY-MM-DD)");
      return null;
    }
  }

  /** An ISO-8601 instant, or a date read as 00:00 UTC of that day (what a date picker sends). */
  Instant instant(String field, boolean required) {
    JsonNode value = value(field);
    if (value == null) {
      if (required) {
        problem(field, "required, an ISO-8601 instant (2026-12-01T09:30:00Z) or date");
      }
      return null;
    }
    String text = value.asText().strip();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        problem(field, "'" + text + "' is not an ISO-8601 instant (2026-12-01T09:30:00Z) or date");
        return null;
      }
    }
  }

  /** {@code true}, {@code false} or absent (= {@code false}); "true"/"false" text is accepted. */
  boolean flag(String field) {
    JsonNode value = value(field);
    if (value == null) {
      return false;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isTextual() && ("true".equalsIgnoreCase(value.asText()) || "false".equalsIgnoreCase(value.asText()))) {
      return Boolean.parseBoolean(value.asText());
    }
    problem(field, "must be true or false");
    return false;
  }

  /** An ISO 3166-1 alpha-2 country code, upper case. */
  String country(String field, boolean required) {
    String text = text(field, 2, required);
    if (text == null) {
      return null;
    }
    String code = text.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      problem(field, "'" + text + "' is not an ISO 3166-1 alpha-2 country code");
      return null;
    }
    return code;
  }

  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
