package org.llmprocurement.guard;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Refuses expressions in task queries, including inside {@code orQueries} and in the query that
 * extends a saved filter: a published weakness of Camunda 7.24.0 CE evaluates them for any caller.
 * Saved filters, which only administrators can create, keep their expressions (the adapter does not
 * submit the filter's own query).
 */
public final class QueryExpressionPolicy {

  /** @throws BadUserRequestException naming the expression criteria found */
  public void check(GuardedCommand.TaskQuery query) {
    int parts = query.expressions().size();
    for (int i = 0; i < parts; i++) {
      Set<String> expressions = query.expressions().get(i);
      if (!expressions.isEmpty()) {
        boolean orPart = i < parts - 1;
        throw new BadUserRequestException("Expressions are not allowed in " + query.what()
            + (orPart ? " (including its orQueries)" : "") + ": " + expressions);
      }
    }
  }
}
