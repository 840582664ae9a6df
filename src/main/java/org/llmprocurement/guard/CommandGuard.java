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
  private final TaskWorkPolicy taskWork;
  private final AdministrationPolicy administration = new AdministrationPolicy();

  /**
   * @param maxAttachmentBytes largest attachment content a user may upload to a task, in bytes
   *     ({@code llmp.max-attachment-bytes}, default 1 MiB, the same bar as JSON bodies)
   */
  @org.springframework.beans.factory.annotation.Autowired
  public CommandGuard(GuardRegistry registry,
      @org.springframework.beans.factory.annotation.Value("${llmp.max-attachment-bytes:1048576}") long maxAttachmentBytes) {
    this.starts = new StartPolicy(registry);
    this.completions = new CompletionPolicy(registry);
    this.taskWork = new TaskWorkPolicy(maxAttachmentBytes);
  }

  /** A guard with the default attachment limit of 1 MiB (unit tests). */
  public CommandGuard(GuardRegistry registry) {
    this(registry, 1_048_576);
  }

  /** Largest attachment content accepted, in bytes; the adapter reads no more than this plus one. */
  public long maxAttachmentBytes() {
    return taskWork.maxAttachmentBytes();
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
    } else if (command instanceof GuardedCommand.Claim claim) {
      taskWork.check(claim, caller);
    } else if (command instanceof GuardedCommand.Assign assign) {
      taskWork.check(assign, caller);
    } else if (command instanceof GuardedCommand.Comment comment) {
      taskWork.check(comment, caller);
    } else if (command instanceof GuardedCommand.Attachment attachment) {
      taskWork.check(attachment, caller);
    } else if (command instanceof GuardedCommand.Administration admin) {
      administration.check(admin, caller);
    } else {
      throw new IllegalArgumentException("no policy for " + command);
    }
  }
}
