package org.llmprocurement.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One date format for both APIs. The product API speaks ISO-8601 ({@code 2026-12-01T10:00:00Z},
 * {@code ...+01:00}); the engine's REST API accepts only {@code 2026-12-01T10:00:00.000+0000}.
 * Dates in ISO-8601 with {@code Z} or {@code ±hh:mm} in the engine's date query parameters, date
 * fields and Date variables are translated into the engine's format before it reads them; values
 * already in its format pass unchanged.
 */
final class EngineDates {

  private static final Pattern ISO = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|z|[+-]\\d{2}:\\d{2})");
  private static final Pattern DATE_NAME = Pattern.compile("(?i).*(before|after|date|due|followup|created|createdon)");
  static final DateTimeFormatter ENGINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private EngineDates() {}

  static boolean isEnginePath(String path) {
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
  }

  /** The engine's format of an ISO-8601 date with Z or ±hh:mm; anything else unchanged. */
  static String toEngine(String value) {
    if (value == null || !ISO.matcher(value).matches()) {
      return value;
    }
    try {
      return OffsetDateTime.parse(value.replace('z', 'Z')).format(ENGINE);
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  static String rewriteQuery(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    List<String> pairs = new ArrayList<>();
    boolean changed = false;
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        String name = InputInspectionFilter.decode(pair.substring(0, eq));
        String value = InputInspectionFilter.decode(pair.substring(eq + 1));
        String engine = DATE_NAME.matcher(name).matches() ? toEngine(value) : value;
        if (!engine.equals(value)) {
          pairs.add(pair.substring(0, eq) + "=" + InputInspectionFilter.encode(engine));
          changed = true;
          continue;
        }
      }
      pairs.add(pair);
    }
    return changed ? String.join("&", pairs) : query;
  }

  /** Rewrites date fields and Date variables in place; true when anything changed. */
  static boolean rewriteBody(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      boolean dateVariable = object.path("type").asText("").equalsIgnoreCase("date");
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      object.fields().forEachRemaining(entries::add);
      for (Map.Entry<String, JsonNode> entry : entries) {
        JsonNode value = entry.getValue();
        if (value.isTextual() && (DATE_NAME.matcher(entry.getKey()).matches() || (dateVariable && entry.getKey().equals("value")))) {
          String engine = toEngine(value.asText());
          if (!engine.equals(value.asText())) {
            object.put(entry.getKey(), engine);
            changed = true;
          }
        } else {
          changed |= rewriteBody(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode item : array) {
        changed |= rewriteBody(item);
      }
    }
    return changed;
  }
}
