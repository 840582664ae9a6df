package org.llmprocurement.identity;

import java.util.List;
import java.util.Map;

/**
 * The columns every shared Tasklist filter shows next to a task's name, so a list of tasks with the
 * same name says which procurement each belongs to: task-local variables written when the task is
 * created (business key, vendor, product), labelled for people.
 */
public final class TaskListColumns {

  /** Task-local variable: the procurement's business key, e.g. {@code LLMP-2026-00017}. */
  public static final String PROCUREMENT = "procurement";
  /** Task-local variable: the vendor's name as entered at intake. */
  public static final String VENDOR = "vendor";
  /** Task-local variable: the product's name as entered at intake. */
  public static final String PRODUCT = "product";

  /** The filter property {@code variables}: name and label of each column, in display order. */
  public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
      Map.of("name", PROCUREMENT, "label", "Procurement"),
      Map.of("name", VENDOR, "label", "Vendor"),
      Map.of("name", PRODUCT, "label", "Product"));

  private TaskListColumns() {}
}
