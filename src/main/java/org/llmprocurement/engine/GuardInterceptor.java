package org.llmprocurement.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.query.Query;
import org.llmprocurement.guard.CommandGuard;
import org.llmprocurement.guard.GuardedCommand;
import org.llmprocurement.guard.Refusal;
import org.llmprocurement.identity.Caller;

/**
 * Runs inside every engine command (after the command context is opened, so in its transaction),
 * translates the engine's command classes into {@link GuardedCommand}s for the {@link CommandGuard}
 * and its refusals into what REST and Tasklist answer as 400. What each kind means is the policy's
 * business; this class only knows where the engine keeps a command's task, variables and queries.
 *
 * <p>Every command class is classified by the {@link EngineCommandCatalog}: reads pass; starts,
 * completions, variable writes and task work go to their policies; everything else, and any command
 * the catalogue does not know, goes to the administration policy (administrators and system work
 * only).
 *
 * <p>Saved filters keep their expressions: while a filter runs, the query it executes is not
 * checked (only the query that extends it is).
 */
public class GuardInterceptor extends CommandInterceptor {

  private final CommandGuard guard;
  private final ThreadLocal<Integer> filterDepth = ThreadLocal.withInitial(() -> 0);

  public GuardInterceptor(CommandGuard guard) {
    this.guard = guard;
    EngineCommands.verify();
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      if (command instanceof AbstractExecuteFilterCmd filterCommand) {
        checkQuery(EngineCommands.extendingQuery(filterCommand), "the query extending a filter");
        filterDepth.set(filterDepth.get() + 1);
        try {
          return next.execute(command);
        } finally {
          filterDepth.set(filterDepth.get() - 1);
        }
      }
      check(command, caller());
    } catch (Refusal refusal) {
      throw new GuardRefusal(refusal);
    }
    return next.execute(command);
  }

  private void check(Command<?> command, Caller caller) {
    if (command instanceof TaskQueryImpl query) {
      if (filterDepth.get() == 0) {
        checkQuery(query, "a task query");
      }
      return;
    }
    Optional<EngineCommandCatalog.Kind> kind = EngineCommandCatalog.kindOf(command.getClass());
    switch (kind.orElse(EngineCommandCatalog.Kind.ADMIN_ONLY)) {
      case READ -> { }
      case COMPLETION -> checkCompletion(command, caller);
      case START -> checkStart(command, caller);
      case VARIABLE_WRITE -> guard.check(new GuardedCommand.VariableWrite(
          command instanceof AbstractSetVariableCmd set ? EngineCommands.setVariables(set) : Map.of(),
          !(command instanceof AbstractSetVariableCmd)), caller);
      case TASK_WORK -> checkTaskWork(command, caller);
      case SYSTEM, ADMIN_ONLY -> guard.check(
          new GuardedCommand.Administration(action(command.getClass()), kind.isPresent()), caller);
    }
  }

  private void checkStart(Command<?> command, Caller caller) {
    if (command instanceof SubmitStartFormCmd startForm) {
      guard.check(new GuardedCommand.Start(definitionKeyById(EngineCommands.startFormDefinitionId(startForm)),
          EngineCommands.startFormVariables(startForm), false), caller);
    } else {
      ProcessInstantiationBuilderImpl builder = EngineCommands.builder(command);
      guard.check(new GuardedCommand.Start(definitionKey(builder), builder.getVariables(),
          command instanceof StartProcessInstanceAtActivitiesCmd), caller);
    }
  }

  private void checkCompletion(Command<?> command, Caller caller) {
    TaskEntity task = workableTask(EngineCommands.taskId(command), caller);
    if (task == null) {
      return; // the engine reports the unknown task itself
    }
    String processKey = task.getProcessDefinitionId() == null ? null : definitionKeyById(task.getProcessDefinitionId());
    guard.check(new GuardedCommand.Completion(task, processKey, EngineCommands.taskVariables(command)), caller);
    EngineCommands.clearTaskVariables(command);
  }

  private void checkTaskWork(Command<?> command, Caller caller) {
    if (command instanceof ClaimTaskCmd claim) {
      TaskEntity task = workableTask(EngineCommands.claimTaskId(claim), caller);
      if (task != null) {
        guard.check(new GuardedCommand.Claim(task, EngineCommands.claimUserId(claim)), caller);
      }
    } else if (command instanceof AssignTaskCmd assign) {
      TaskEntity task = workableTask(EngineCommands.assignTaskId(assign), caller);
      if (task != null) {
        guard.check(new GuardedCommand.Assign(task, EngineCommands.assignee(assign)), caller);
      }
    } else if (command instanceof AddCommentCmd comment) {
      String taskId = EngineCommands.commentTaskId(comment);
      TaskEntity task = taskId == null ? null : workableTask(taskId, caller);
      if (taskId == null || task != null) {
        guard.check(new GuardedCommand.Comment(task, EngineCommands.commentMessage(comment)), caller);
      }
    } else if (command instanceof CreateAttachmentCmd attachment) {
      String taskId = EngineCommands.attachmentTaskId(attachment);
      TaskEntity task = taskId == null ? null : workableTask(taskId, caller);
      if (taskId == null || task != null) {
        guard.check(new GuardedCommand.Attachment(task, EngineCommands.attachmentUrl(attachment),
            measuredContent(attachment)), caller);
      }
    } else {
      guard.check(new GuardedCommand.Administration(action(command.getClass()), true), caller);
    }
  }

  /**
   * What a command does, in words, for refusals (no class names in answers): "HandleTaskBpmnErrorCmd"
   * becomes "handle task bpmn error".
   */
  static String action(Class<?> commandClass) {
    String name = commandClass.getSimpleName().isEmpty() ? "an unnamed engine command" : commandClass.getSimpleName();
    name = name.replaceAll("(Cmd|Command)$", "");
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The task, after checking the caller may work it (the engine's TASK_WORK or UPDATE permission);
   * null when there is no such task (the engine then reports it). System work is not checked.
   */
  private static TaskEntity workableTask(String taskId, Caller caller) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && !caller.isSystem()) {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
    }
    return task;
  }

  /** Reads at most the limit plus one byte of an uploaded attachment, and hands the engine the bytes read. */
  private long measuredContent(CreateAttachmentCmd attachment) {
    InputStream content = EngineCommands.attachmentContent(attachment);
    if (content == null) {
      return 0;
    }
    try {
      byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, guard.maxAttachmentBytes() + 1));
      EngineCommands.attachmentContent(attachment, new ByteArrayInputStream(bytes));
      return bytes.length;
    } catch (IOException e) {
      throw new Refusal("The attachment cannot be stored", List.of("content: unreadable (" + e.getMessage() + ")"));
    }
  }

  /**
   * Who runs the command. Work the application does through {@link SystemAccess} inside a command
   * runs with the command's authorization checks switched off: that is system work too, whoever
   * signed in ({@link Caller}'s trust rule).
   */
  private static Caller caller() {
    CommandContext context = Context.getCommandContext();
    if (context != null && context.getAuthenticatedUserId() != null && !context.isAuthorizationCheckEnabled()
        && context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return Caller.system();
    }
    return EngineIdentity.ofCommand();
  }

  private void checkQuery(Query<?, ?> query, String what) {
    List<Set<String>> expressions = new ArrayList<>();
    if (query instanceof TaskQueryImpl taskQuery) {
      for (TaskQueryImpl part : taskQuery.getQueries()) {
        if (part != taskQuery) {
          expressions.add(expressionsOf(part));
        }
      }
      expressions.add(expressionsOf(taskQuery));
    } else if (query instanceof AbstractQuery<?, ?> other) {
      expressions.add(expressionsOf(other));
    }
    guard.check(new GuardedCommand.TaskQuery(what, expressions), caller());
  }

  private static Set<String> expressionsOf(AbstractQuery<?, ?> query) {
    return query.getExpressions() == null ? Set.of() : new HashSet<>(query.getExpressions().keySet());
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
