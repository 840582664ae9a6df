package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
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
import org.llmprocurement.guard.Values;

/**
 * Runs inside every engine command (after the command context is opened, so in its transaction),
 * translates the engine's command classes into {@link GuardedCommand}s for the {@link CommandGuard}
 * and its refusals into what REST and Tasklist answer as 400. What each kind means is the policy's
 * business; this class only knows where the engine keeps a command's task, variables and queries.
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
      if (command instanceof TaskQueryImpl query) {
        if (filterDepth.get() == 0) {
          checkQuery(query, "a task query");
        }
      } else if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        checkCompletion(command);
      } else if (command instanceof SubmitStartFormCmd startForm) {
        guard.check(new GuardedCommand.Start(definitionKeyById(EngineCommands.startFormDefinitionId(startForm)),
            EngineCommands.startFormVariables(startForm), false), EngineIdentity.ofCommand());
      } else if (command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl builder = EngineCommands.builder(command);
        guard.check(new GuardedCommand.Start(definitionKey(builder), builder.getVariables(), false), EngineIdentity.ofCommand());
      } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        ProcessInstantiationBuilderImpl builder = EngineCommands.builder(command);
        guard.check(new GuardedCommand.Start(definitionKey(builder), builder.getVariables(), true), EngineIdentity.ofCommand());
      } else if (command instanceof AbstractSetVariableCmd setVariables) {
        guard.check(new GuardedCommand.VariableWrite(EngineCommands.setVariables(setVariables), false), EngineIdentity.ofCommand());
      } else if (command instanceof AbstractRemoveVariableCmd || command instanceof AbstractPatchVariablesCmd
          || command instanceof SetVariablesToProcessInstancesBatchCmd) {
        guard.check(new GuardedCommand.VariableWrite(Map.of(), true), EngineIdentity.ofCommand());
      }
    } catch (Refusal refusal) {
      throw new GuardRefusal(refusal);
    }
    return next.execute(command);
  }

  private void checkCompletion(Object command) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(EngineCommands.taskId(command));
    if (task == null) {
      return; // the engine reports the unknown task itself
    }
    // authorization first: someone who may not work the task learns nothing about its form
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    String processKey = task.getProcessDefinitionId() == null ? null : definitionKeyById(task.getProcessDefinitionId());
    guard.check(new GuardedCommand.Completion(task, processKey, Values.plain(EngineCommands.taskVariables(command))),
        EngineIdentity.ofCommand());
    EngineCommands.clearTaskVariables(command);
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
    guard.check(new GuardedCommand.TaskQuery(what, expressions), EngineIdentity.ofCommand());
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
