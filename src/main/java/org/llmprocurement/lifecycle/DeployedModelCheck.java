package org.llmprocurement.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
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
 * declared by exactly one lifecycle stage, every stage's activity ids exist, and every task's form
 * submits exactly the fields its guard declares. Any problem stops
 * the application with a message naming each one, so a task can never run unguarded. Once the
 * models pass, running instances of older model versions move to the latest ({@link LifecycleMigration}),
 * still before the job executor and the web server start.
 */
@Component
class DeployedModelCheck implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedModelCheck.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final IdentityService identity;
  private final GuardRegistry guards;
  private final LifecycleRegistry lifecycle;
  private final LifecycleMigration migration;

  DeployedModelCheck(RepositoryService repository, IdentityService identity, GuardRegistry guards,
      LifecycleRegistry lifecycle, LifecycleMigration migration) {
    this.repository = repository;
    this.identity = identity;
    this.guards = guards;
    this.lifecycle = lifecycle;
    this.migration = migration;
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
    migration.migrateAll();
  }

  List<String> problems() {
    Set<String> processKeys = new HashSet<>();
    Set<String> startable = new HashSet<>();
    Set<String> userTasks = new HashSet<>();
    Set<String> forms = new HashSet<>();
    Set<String> mainElements = new HashSet<>();
    List<String> formProblems = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      processKeys.add(definition.getKey());
      if (definition.isStartableInTasklist()) {
        startable.add(definition.getKey());
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      Map<String, Set<String>> formFields = null;
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks.add(GuardRegistry.key(definition.getKey(), task.getId()));
        addForm(forms, task.getCamundaFormRef());
        if (task.getCamundaFormRef() != null) {
          if (formFields == null) {
            formFields = submittedFields(definition.getDeploymentId());
          }
          checkFormAgainstGuard(definition.getKey(), task, formFields.get(task.getCamundaFormRef()), formProblems);
        }
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
    problems.addAll(formProblems);
    Set<String> stageProcesses = new HashSet<>(processKeys);
    stageProcesses.remove(ProcurementLifecycle.KEY); // owned by the lifecycle itself
    problems.addAll(lifecycle.verify(stageProcesses, forms, mainElements, guards.guardClasses()));
    return problems;
  }

  /**
   * A task's form submits exactly the fields its guard accepts: a field the guard does not declare
   * would make every completion fail, a declared field the form never sends is never validated.
   */
  private void checkFormAgainstGuard(String processKey, UserTask task, Set<String> submitted, List<String> problems) {
    String where = "form '" + task.getCamundaFormRef() + "' of task " + GuardRegistry.key(processKey, task.getId());
    if (submitted == null) {
      problems.add(where + " is not deployed with the process");
      return;
    }
    guards.taskGuard(processKey, task.getId()).ifPresent(guard -> {
      Set<String> extra = new TreeSet<>(submitted);
      extra.removeAll(guard.fields());
      Set<String> missing = new TreeSet<>(guard.fields());
      missing.removeAll(submitted);
      if (!extra.isEmpty()) {
        problems.add(where + " submits " + extra + ", which " + guard.getClass().getSimpleName() + " does not accept");
      }
      if (!missing.isEmpty()) {
        problems.add(where + " never submits " + missing + ", which " + guard.getClass().getSimpleName() + " declares");
      }
    });
  }

  /** Per form id in the deployment: the keys (and dynamic-list paths) the form submits. */
  private Map<String, Set<String>> submittedFields(String deploymentId) {
    Map<String, Set<String>> fields = new HashMap<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
        JsonNode form = JSON.readTree(in);
        Set<String> keys = new TreeSet<>();
        collect(form.path("components"), keys);
        fields.put(form.path("id").asText(), keys);
      } catch (IOException e) {
        throw new IllegalStateException("unreadable form " + resource.getName(), e);
      }
    }
    return fields;
  }

  /** form-js submits keyed fields that are not disabled, and a dynamic list as one value at its path. */
  static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      if ("dynamiclist".equals(component.path("type").asText())) {
        keys.add(component.path("path").asText());
        continue;
      }
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  private static void addForm(Set<String> forms, String formRef) {
    if (formRef != null && !formRef.isBlank()) {
      forms.add(formRef);
    }
  }
}
