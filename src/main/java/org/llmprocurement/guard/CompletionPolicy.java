package org.llmprocurement.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.llmprocurement.identity.Caller;

/**
 * A claimed task is completed only by its assignee (or an administrator). A task completion sets
 * only the variables its form declares, never Object (class-named) values; the task's {@link TaskFormGuard}
 * validates the submitted values over the task's current view (its {@link TaskFormGuard#view}, else
 * its stored variables) and applies them to the
 * application's tables before the engine acts. A task without a guard accepts no variables. The
 * engine adapter then drops the submitted values, so they never become process variables.
 */
public final class CompletionPolicy {

  private final GuardRegistry registry;

  public CompletionPolicy(GuardRegistry registry) {
    this.registry = registry;
  }

  /** @throws Refusal naming every problem; nothing has been written then */
  public void check(GuardedCommand.Completion completion, Caller caller) {
    Optional<TaskFormGuard<?>> guard = registry.taskGuard(completion.processDefinitionKey(),
        completion.task().getTaskDefinitionKey());
    String what = "Task '" + completion.task().getName() + "' cannot be completed";
    String assignee = completion.task().getAssignee();
    if (caller.isRestrictedUser() && assignee != null && !assignee.equals(caller.userId())) {
      throw new AuthorizationException("Task '" + completion.task().getName() + "' is claimed by '" + assignee
          + "'; only they can complete it");
    }
    List<String> objects = Values.objectValues(completion.submitted());
    if (!objects.isEmpty()) {
      throw new Refusal(what, objects);
    }
    Map<String, Object> submitted;
    try {
      submitted = Values.plain(completion.submitted());
    } catch (IllegalArgumentException e) {
      throw new Refusal(what, List.of(e.getMessage()));
    }
    if (guard.isEmpty()) {
      if (!submitted.isEmpty()) {
        throw new Refusal(what, List.of("this task accepts no variables, got " + new TreeSet<>(submitted.keySet())));
      }
      return;
    }
    Set<String> undeclared = new TreeSet<>(submitted.keySet());
    undeclared.removeAll(guard.get().fields());
    if (!undeclared.isEmpty()) {
      throw new Refusal(what, List.of("not fields of this form: " + undeclared));
    }
    // a field not submitted keeps what the form showed: the guard's view (worked out only then), else the stored variable
    Map<String, Object> view = submitted.keySet().containsAll(guard.get().fields()) ? Map.of() : guard.get().view(completion.task());
    Map<String, Object> values = new LinkedHashMap<>();
    for (String field : guard.get().fields()) {
      if (!submitted.containsKey(field)) {
        values.put(field, Values.plainValue(view.containsKey(field) ? view.get(field) : completion.task().getVariableLocal(field)));
      }
    }
    values.putAll(submitted);
    validateAndApply(guard.get(), new TaskSubmission(completion.task(), caller, values), what);
  }

  private static <V> void validateAndApply(TaskFormGuard<V> guard, TaskSubmission submission, String what) {
    Validation<V> validation = guard.validate(submission);
    if (!validation.valid()) {
      throw new Refusal(what, new ArrayList<>(validation.problems()));
    }
    guard.apply(submission, validation.value());
  }
}
