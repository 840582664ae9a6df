package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.llmprocurement.security.TextRules;

/**
 * Reads the fields of a notice payload (a JSON object), recording one problem per bad field, each
 * named {@code payload.<field>} as the vendor-notice API and the start forms report them. A missing
 * optional field, JSON {@code null} and an empty text (what an untouched start-form field submits)
 * all read as absent.
 */
final class PayloadFields {

  private final JsonNode payload;
  private final List<String> problems;

  PayloadFields(JsonNode payload, List<String> problems) {
    this.payload = payload;
    this.problems = problems;
  }

  /** Fields the payload has beyond {@code known}, each a problem (the start form and the API share names). */
  void unknownFields(Set<String> known) {
    if (payload == null || !payload.isObject()) {
      problems.add("payload: required, a JSON object");
      return;
    }
    Set<String> unknown = new TreeSet<>();
    payload.fieldNames().forEachRemaining(unknown::add);
    unknown.removeAll(known);
    unknown.forEach(f -> problems.add("payload." + f + ": not a field of this notice type; fields: "
        + String.join(", ", new TreeSet<>(known))));
  }

  boolean present(String field) {
    if (payload == null || !payload.isObject()) {
      return false;
    }
    JsonNode node = payload.get(field);
    return node != null && !node.isNull() && !(node.isTextual() && node.asText().isBlank());
  }

  String text(String field, boolean required, int min, int max) {
    if (!present(field)) {
      if (required) {
        problems.add("payload." + field + ": required" + (min > 1 ? ", at least " + min + " characters" : ""));
      }
      return null;
    }
    JsonNode node = payload.get(field);
    if (!node.isTextual()) {
      problems.add("payload." + field + ": must be text");
      return null;
    }
    String text = node.asText().strip();
    int before = problems.size();
    if (text.length() < min) {
      problems.add("payload." + field + ": at least " + min + " characters (got " + text.length() + ")");
    } else if (text.length() > max) {
      problems.add("payload." + field + ": at most " + max + " characters (got " + text.length() + ")");
    } else {
      TextRules.check("payload." + field, text, problems);
    }
    return problems.size() == before ? text : null;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
    String text = present(field) && payload.get(field).isTextual() ? payload.get(field).asText().strip() : null;
    if (text == null) {
      if (present(field) || required) {
        problems.add("payload." + field + ": " + (present(field) ? "must be" : "required,") + " one of " + names(type));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add("payload." + field + ": '" + clip(text) + "' is not one of " + names(type));
      return null;
    }
  }

  /** A list of enum names (a JSON array of strings); absent reads as an empty list. */
  <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
    if (!present(field)) {
      return List.of();
    }
    JsonNode node = payload.get(field);
    if (!node.isArray()) {
      problems.add("payload." + field + ": must be a list of " + names(type));
      return List.of();
    }
    List<E> values = new ArrayList<>();
    for (JsonNode item : node) {
      try {
        E value = Enum.valueOf(type, item.asText().strip());
        if (!values.contains(value)) {
          values.add(value);
        }
      } catch (IllegalArgumentException e) {
        problems.add("payload." + field + ": '" + clip(item.asText()) + "' is not one of " + names(type));
      }
    }
    return List.copyOf(values);
  }

  /** A number (JSON number, or text holding one as a form may submit); never negative. */
  BigDecimal number(String field, boolean required) {
    if (!present(field)) {
      if (required) {
        problems.add("payload." + field + ": required, a number");
      }
      return null;
    }
    JsonNode node = payload.get(field);
    BigDecimal value;
    try {
      value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
    } catch (NumberFormatException e) {
      problems.add("payload." + field + ": must be a number (got '" + clip(node.asText()) + "')");
      return null;
    }
    if (value.signum() < 0) {
      problems.add("payload." + field + ": must not be negative (got " + value.toPlainString() + ")");
      return null;
    }
    return value;
  }

  /** A calendar date, ISO-8601 ({@code 2026-11-30}); an instant is read as its UTC date. */
  LocalDate date(String field, boolean required) {
    if (!present(field)) {
      if (required) {
        problems.add("payload." + field + ": required, an ISO-8601 date such as 2026-11-30");
      }
      return null;
    }
    String text = payload.get(field).asText().strip();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text).atZone(java.time.ZoneOffset.UTC).toLocalDate();
      } catch (DateTimeParseException again) {
        problems.add("payload." + field + ": '" + clip(text) + "' is not an ISO-8601 date such as 2026-11-30");
        return null;
      }
    }
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
