package org.llmprocurement.web;

import java.util.List;

/** Reading query parameters of the product API so that a refusal can name every bad one at once. */
public final class QueryParameters {

  private QueryParameters() {}

  /**
   * A whole number within {@code [min, max]}.
   *
   * @param field the parameter's name, used in the problem text
   * @param value the raw value (surrounding blanks ignored)
   * @param problems where "{@code field: a whole number from min to max, got 'value'}" is added when
   *     the value is not such a number
   * @return the number, or {@code min} when a problem was added
   */
  public static int wholeNumber(String field, String value, int min, int max, List<String> problems) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(field + ": a whole number from " + min + " to " + max + ", got '" + value + "'");
    return min;
  }

  /**
   * The SQL {@code LIKE} pattern (escape character {@code \\}) matching text that contains
   * {@code part}, case-insensitively when the column is lowered too: {@code part} is stripped and
   * lower-cased, and its {@code \\}, {@code %} and {@code _} match themselves.
   */
  public static String containsPattern(String part) {
    return "%" + part.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
        .replace("_", "\\_") + "%";
  }
}
