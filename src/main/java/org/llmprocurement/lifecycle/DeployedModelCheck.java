package org.llmprocurement.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.guard.GuardRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, once the engine has deployed the models: every user task has exactly one guard,
 * every process people can start has exactly one start guard, every deployed process and form is
 * declared by exactly one lifecycle stage, and every stage's activity ids exist. Any problem stops
 * the application with a message naming each one, so a task can never run unguarded.
 */
@Component
class DeployedModelCheck implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedModelCheck.class);

  private final RepositoryService repository;
  private final IdentityService identity;
  private final GuardRegistry guards;
  private final LifecycleRegistry lifecycle;

  DeployedModelCheck(RepositoryService repository, IdentityService identity, GuardRegistry guards,
      LifecycleRegistry lifecycle) {
    this.repository = repository;
    this.identity = identity;
    this.guards = guards;
    this.lifecycle = lifecycle;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = SystemAccess.withoutAuthorization(identity, this::problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The deployed models and the code do not fit together:\n  - "
          + String.join("\n  - ", problems));
    }
    LOG.info("Deployed models checked: every user task and startable process has its guard; stages {}",
        lifecycle.stages().stream().map(LifecycleStage::name).toList());
  }

  List<String> problems() {
    Set<String> processKeys = new HashSet<>();
    Set<String> startable = new HashSet<>();
    Set<String> userTasks = new HashSet<>();
    Set<String> forms = new HashSet<>();
    Set<String> mainElements = new HashSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      processKeys.add(definition.getKey());
      if (definition.isStartableInTasklist()) {
        startable.add(definition.getKey());
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks.add(GuardRegistry.key(definition.getKey(), task.getId()));
        addForm(forms, task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        addForm(forms, start.getCamundaFormRef());
      }
      if (ProcurementLifecycle.KEY.equals(definition.getKey())) {
        model.getModelElementsByType(FlowElement.class).stream().map(BaseElement::getId).forEach(mainElements::add);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!processKeys.contains(ProcurementLifecycle.KEY)) {
      problems.add("the main process " + ProcurementLifecycle.KEY + " is not deployed");
    }
    problems.addAll(guards.verify(userTasks, startable, processKeys));
    Set<String> stageProcesses = new HashSet<>(processKeys);
    stageProcesses.remove(ProcurementLifecycle.KEY); // owned by the lifecycle itself
    problems.addAll(lifecycle.verify(stageProcesses, forms, mainElements, guards.guardClasses()));
    return problems;
  }

  private static void addForm(Set<String> forms, String formRef) {
    if (formRef != null && !formRef.isBlank()) {
      forms.add(formRef);
    }
  }
}
