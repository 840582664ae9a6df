package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.llmprocurement.guard.CommandGuard;
import org.llmprocurement.guard.GuardRegistry;
import org.llmprocurement.guard.TaskCreatedHook;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Installs the guard into the engine: the {@link GuardInterceptor} on every command, and on every
 * user task of every deployed process a create listener that builds the task's form view (its
 * guard's {@code prepare}) and then runs the {@link TaskCreatedHook}s, such as e-mail notification.
 * Engine internals: a process-engine plugin, post-command interceptors and a BPMN parse listener
 * are the engine's only ways to see every command and every task creation.
 */
@Component
public class GuardPlugin extends AbstractProcessEnginePlugin {

  private final CommandGuard guard;
  private final GuardRegistry registry;
  private final ObjectProvider<TaskCreatedHook> hooks;

  GuardPlugin(CommandGuard guard, GuardRegistry registry, ObjectProvider<TaskCreatedHook> hooks) {
    this.guard = guard;
    this.registry = registry;
    this.hooks = hooks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptor interceptor = new GuardInterceptor(guard);
    configuration.setCustomPostCommandInterceptorsTxRequired(append(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        append(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new GuardInterceptor(guard)));
    List<BpmnParseListener> parseListeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      parseListeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    parseListeners.add(new UserTaskListenerInstaller(this::taskCreated));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  private void taskCreated(DelegateTask task) {
    String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
    registry.taskGuard(processKey, task.getTaskDefinitionKey()).ifPresent(guard -> guard.prepare(task));
    hooks.orderedStream().forEach(hook -> hook.taskCreated(task));
  }

  private static List<CommandInterceptor> append(List<CommandInterceptor> list, CommandInterceptor interceptor) {
    List<CommandInterceptor> result = list == null ? new ArrayList<>() : new ArrayList<>(list);
    result.add(interceptor);
    return result;
  }

  /** Adds one create listener to every user task while a BPMN file is parsed. */
  private static final class UserTaskListenerInstaller extends AbstractBpmnParseListener {
    private final TaskListener listener;

    UserTaskListenerInstaller(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
      }
    }
  }
}
