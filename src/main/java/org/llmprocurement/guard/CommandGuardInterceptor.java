package org.llmprocurement.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * Runs inside every engine command (after the command context is opened, so in its transaction) and
 * enforces, for every way into the engine (REST, Tasklist's own API, the Java API):
 *
 * <ul>
 *   <li>a task completion sets only the variables its form declares, is validated by the task's
 *       {@link TaskFormGuard} and applied to the application's tables before the engine acts; the
 *       submitted values never become process variables;
 *   <li>every start of a guarded process is validated by its {@link StartGuard};
 *   <li>authenticated users other than administrators cannot set or remove variables outside a
 *       guarded completion, nor start a guarded process at an arbitrary activity;
 *   <li>expressions in task queries are refused, including inside {@code orQueries} and in the query
 *       that extends a saved filter (published weakness of 7.24.0 CE); saved filters, which only
 *       administrators can create, keep their expressions.
 * </ul>
 *
 * A refusal throws {@link GuardRefusal} (400 in REST and Tasklist) or {@link BadUserRequestException}.
 */
public class CommandGuardInterceptor extends CommandInterceptor {

  static final String ADMIN_GROUP = "camunda-admin";

  private final GuardRegistry registry;
  private final ThreadLocal<Integer> filterDepth = ThreadLocal.withInitial(() -> 0);

  public CommandGuardInterceptor(GuardRegistry registry) {
    this.registry = registry;
    CommandFields.verify();
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractExecuteFilterCmd filterCommand) {
      refuseExpressions(CommandFields.extendingQuery(filterCommand), "the query extending a filter");
      filterDepth.set(filterDepth.get() + 1);
      try {
        return next.execute(command);
      } finally {
        filterDepth.set(filterDepth.get() - 1);
      }
    }
    if (command instanceof TaskQueryImpl query && filterDepth.get() == 0) {
      refuseExpressions(query, "a task query");
    } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      guardCompletion(command);
    } else if (command instanceof SubmitStartFormCmd startForm) {
      guardStart(definitionKeyById(CommandFields.startFormDefinitionId(startForm)), CommandFields.startFormVariables(startForm));
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.builder(command);
      guardStart(definitionKey(builder), builder.getVariables());
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.builder(command);
      String key = definitionKey(builder);
      if (registry.startGuard(key).isPresent() && isNonAdminUser()) {
        throw new AuthorizationException(
            "Processes of '" + key + "' can only be started at their start event");
      }
      guardStart(key, builder.getVariables());
    } else if (command instanceof AbstractSetVariableCmd setVariables) {
      refuseJavaSerialization(CommandFields.setVariables(setVariables));
      if (isNonAdminUser()) {
        throw new AuthorizationException(
            "Variables change only through the forms of the tasks you complete; '"
                + currentUser() + "' may not set variables directly");
      }
    } else if (isVariableMutation(command) && isNonAdminUser()) {
      throw new AuthorizationException(
          "Variables change only through the forms of the tasks you complete; '"
              + currentUser() + "' may not set or remove variables directly");
    }
    return next.execute(command);
  }

  private void guardCompletion(Object command) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(CommandFields.taskId(command));
    if (task == null) {
      return; // the engine reports the unknown task itself
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    Map<String, Object> submitted = Values.plain(CommandFields.taskVariables(command));
    String processKey = task.getProcessDefinitionId() == null ? null : definitionKeyById(task.getProcessDefinitionId());
    Optional<TaskFormGuard> guard = registry.taskGuard(processKey, task.getTaskDefinitionKey());
    List<String> problems = new ArrayList<>();
    if (guard.isEmpty()) {
      if (!submitted.isEmpty()) {
        problems.add("this task accepts no variables, got " + new TreeSet<>(submitted.keySet()));
      }
    } else {
      Set<String> undeclared = new TreeSet<>(submitted.keySet());
      undeclared.removeAll(guard.get().fields());
      if (!undeclared.isEmpty()) {
        problems.add("not fields of this form: " + undeclared);
      }
    }
    if (!problems.isEmpty()) {
      throw new GuardRefusal("Task '" + task.getName() + "' cannot be completed", problems);
    }
    if (guard.isPresent()) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String field : guard.get().fields()) {
        values.put(field, Values.plainValue(task.getVariableLocal(field)));
      }
      values.putAll(submitted);
      TaskSubmission submission = new TaskSubmission(task, context.getAuthenticatedUserId(), values);
      problems.addAll(guard.get().validate(submission));
      if (!problems.isEmpty()) {
        throw new GuardRefusal("Task '" + task.getName() + "' cannot be completed", problems);
      }
      guard.get().apply(submission);
    }
    CommandFields.clearTaskVariables(command);
  }

  private void guardStart(String processDefinitionKey, Map<String, Object> variables) {
    Optional<StartGuard> guard = registry.startGuard(processDefinitionKey);
    if (guard.isEmpty()) {
      return;
    }
    Map<String, Object> values;
    try {
      values = Values.plain(variables);
    } catch (IllegalArgumentException e) {
      throw new GuardRefusal("The request cannot be started", List.of(e.getMessage()));
    }
    List<String> problems = guard.get().validate(values, currentUser());
    if (!problems.isEmpty()) {
      throw new GuardRefusal("The request cannot be started", problems);
    }
  }

  private static void refuseExpressions(Query<?, ?> query, String what) {
    if (query instanceof TaskQueryImpl taskQuery) {
      for (TaskQueryImpl part : taskQuery.getQueries()) {
        if (hasExpressions(part)) {
          throw new BadUserRequestException(
              "Expressions are not allowed in " + what + " (including its orQueries): " + part.getExpressions().keySet());
        }
      }
      if (hasExpressions(taskQuery)) {
        throw new BadUserRequestException("Expressions are not allowed in " + what + ": " + taskQuery.getExpressions().keySet());
      }
    } else if (query instanceof AbstractQuery<?, ?> other && hasExpressions(other)) {
      throw new BadUserRequestException("Expressions are not allowed in " + what);
    }
  }

  private static boolean hasExpressions(AbstractQuery<?, ?> query) {
    return query.getExpressions() != null && !query.getExpressions().isEmpty();
  }

  /** Java-serialized values can carry gadget chains; only JSON and primitive values are accepted. */
  private static void refuseJavaSerialization(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    variables.forEach((name, value) -> {
      if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
          && serializable.getSerializationDataFormat() != null
          && serializable.getSerializationDataFormat().contains("java")) {
        throw new BadUserRequestException("Variable '" + name + "': Java-serialized values are refused; send JSON");
      }
    });
  }

  private static boolean isVariableMutation(Object command) {
    return command instanceof AbstractSetVariableCmd
        || command instanceof AbstractRemoveVariableCmd
        || command instanceof AbstractPatchVariablesCmd
        || command instanceof SetVariablesToProcessInstancesBatchCmd;
  }

  private static boolean isNonAdminUser() {
    CommandContext context = Context.getCommandContext();
    if (context == null || context.getAuthenticatedUserId() == null) {
      return false;
    }
    List<String> groups = context.getAuthenticatedGroupIds();
    return groups == null || !groups.contains(ADMIN_GROUP);
  }

  private static String currentUser() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getAuthenticatedUserId();
  }

  private static String definitionKey(ProcessInstantiationBuilderImpl builder) {
    if (builder.getProcessDefinitionKey() != null) {
      return builder.getProcessDefinitionKey();
    }
    return builder.getProcessDefinitionId() == null ? null : definitionKeyById(builder.getProcessDefinitionId());
  }

  private static String definitionKeyById(String processDefinitionId) {
    ProcessDefinitionEntity definition =
        Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);
    return definition == null ? null : definition.getKey();
  }
}
