package org.llmprocurement.guard;

import java.util.List;

/**
 * What a guard's validation worked out: the typed value its {@code apply} step uses, or the problems
 * that refuse the submission (each naming its field or item).
 *
 * @param <V> the validated value, e.g. the decisions of a review form
 * @param value the validated value; may be {@code null} when there are problems
 * @param problems empty when the submission may go ahead
 */
public record Validation<V>(V value, List<String> problems) {

  public Validation {
    problems = List.copyOf(problems);
  }

  public static <V> Validation<V> of(V value, List<String> problems) {
    return new Validation<>(value, problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
