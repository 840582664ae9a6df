package org.llmprocurement.guard;

import org.llmprocurement.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * The guard every engine command passes, whichever way it came in ({@code /engine-rest}, Tasklist's
 * {@code /camunda/api/engine/...}, the Java API): one small policy per kind of command. The engine
 * adapter translates commands into {@link GuardedCommand}s and refusals into 400/403 answers.
 */
@Component
public class CommandGuard {

  private final QueryExpressionPolicy queries = new QueryExpressionPolicy();
  private final StartPolicy starts;
  private final CompletionPolicy completions;
  private final VariableWritePolicy variableWrites = new VariableWritePolicy();

  public CommandGuard(GuardRegistry registry) {
    this.starts = new StartPolicy(registry);
    this.completions = new CompletionPolicy(registry);
  }

  /**
   * Lets the command go ahead or throws: {@link Refusal} (400 naming every problem),
   * {@code AuthorizationException} (403) or {@code BadUserRequestException} (400).
   */
  public void check(GuardedCommand command, Caller caller) {
    if (command instanceof GuardedCommand.TaskQuery query) {
      queries.check(query);
    } else if (command instanceof GuardedCommand.Start start) {
      starts.check(start, caller);
    } else if (command instanceof GuardedCommand.Completion completion) {
      completions.check(completion, caller);
    } else if (command instanceof GuardedCommand.VariableWrite write) {
      variableWrites.check(write, caller);
    } else {
      throw new IllegalArgumentException("no policy for " + command);
    }
  }
}
