package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.llmprocurement.guard.CommandGuard;
import org.llmprocurement.guard.GuardRegistry;
import org.llmprocurement.guard.TaskCreatedHook;
import org.llmprocurement.guard.TaskFormView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Installs the guard into the engine: the {@link GuardInterceptor} on every command, and on every
 * user task of every deployed process a create listener that names the task and stores what its
 * form must keep (its guard's {@code prepare}) and then runs the {@link TaskCreatedHook}s, such as
 * e-mail notification, and a form handler that adds the values worked out when the form is read
 * (its guard's {@code view} and every {@link TaskFormView}; {@link ComputedFormFields}).
 * Engine internals: a process-engine plugin, post-command interceptors and a BPMN parse listener
 * are the engine's only ways to see every command, every task creation and every form read.
 */
@Component
public class GuardPlugin extends AbstractProcessEnginePlugin {

  private final CommandGuard guard;
  private final GuardRegistry registry;
  private final ObjectProvider<TaskCreatedHook> hooks;
  private final ObjectProvider<TaskFormView> views;

  GuardPlugin(CommandGuard guard, GuardRegistry registry, ObjectProvider<TaskCreatedHook> hooks,
      ObjectProvider<TaskFormView> views) {
    this.guard = guard;
    this.registry = registry;
    this.hooks = hooks;
    this.views = views;
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
    parseListeners.add(new UserTaskListenerInstaller(this::taskCreated, this::formView));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  private void taskCreated(DelegateTask task) {
    registry.taskGuard(processKey(task), task.getTaskDefinitionKey()).ifPresent(guard -> guard.prepare(task));
    hooks.orderedStream().forEach(hook -> hook.taskCreated(task));
  }

  /** The task's worked-out form values: its guard's view, then every {@link TaskFormView}'s. */
  private Map<String, Object> formView(DelegateTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    registry.taskGuard(processKey(task), task.getTaskDefinitionKey()).ifPresent(guard -> values.putAll(guard.view(task)));
    views.orderedStream().forEach(view -> values.putAll(view.values(task)));
    return values;
  }

  private static String processKey(DelegateTask task) {
    return task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":")[0];
  }

  private static List<CommandInterceptor> append(List<CommandInterceptor> list, CommandInterceptor interceptor) {
    List<CommandInterceptor> result = list == null ? new ArrayList<>() : new ArrayList<>(list);
    result.add(interceptor);
    return result;
  }

  /**
   * Adds one create listener to every user task while a BPMN file is parsed, and wraps its form
   * handler in {@link ComputedFormFields}.
   */
  private static final class UserTaskListenerInstaller extends AbstractBpmnParseListener {
    private final TaskListener listener;
    private final Function<DelegateTask, Map<String, Object>> views;

    UserTaskListenerInstaller(TaskListener listener, Function<DelegateTask, Map<String, Object>> views) {
      this.listener = listener;
      this.views = views;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition definition = behavior.getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        definition.setTaskFormHandler(new ComputedFormFields(definition.getTaskFormHandler(), views));
      }
    }
  }
}
