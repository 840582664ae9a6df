package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Camunda's history level "full" for everything people audit, without the history of variables
 * nobody reads afterwards (issue 14, docs/adr/0005-task-list-authorization.md):
 * <ul>
 *   <li><b>task-local variables</b>: what a task shows in its form (views such as a review task's
 *       {@code items}, about 6.4 KB, and labels such as {@code vendor}, {@code product},
 *       {@code procurement}, {@code tier}, the document choices) and the defaults of its fields, all
 *       written from the application's tables when the task is created. What a person submits is
 *       checked and recorded by the task's guard in the application's tables (review decisions,
 *       tier confirmations, sign-offs, renewal and exit decisions), with who and when;
 *   <li><b>multi-instance bookkeeping</b>: the engine's counters ({@code loopCounter},
 *       {@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances}) and the
 *       element variable of each multi-instance activity (e.g. clause review's {@code reviewPackage}),
 *       read from the deployed BPMN.
 * </ul>
 * Everything else keeps its full history: process-instance variables (intake answers, tiers,
 * outcomes), task, activity, identity-link, incident, job, decision and operation-log history.
 * Measured before: these variables were 62 % of the historic details and 70 % of the historic
 * variable instances a procurement in review leaves (5,960 of 9,655 and 5,845 of 8,385 rows over 55
 * procurements); a view was stored three times (runtime, historic instance, historic detail).
 *
 * <p>The rule depends only on what never changes during a variable's life (its task, its name,
 * its process definition), so its create, update and delete events are all kept or all dropped.
 * The level keeps id 3 and the name "full", so an existing database (which stores the level's id)
 * starts unchanged and Cockpit shows the full history it reads. Registered as a custom level named
 * "full", it takes the place of the built-in one (the engine picks the last level of that name).
 * Engine internals: the history level is the engine's one switch per history event, and a BPMN
 * parse listener the one place that sees a multi-instance activity's element variable.
 */
@Component
public class AuditHistoryLevel extends AbstractProcessEnginePlugin {

  /** The engine's multi-instance counters (BPMN 2.0, section 10.3.6 "Multi-Instance"). */
  static final Set<String> MULTI_INSTANCE_COUNTERS =
      Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  /** Per process definition key: the element variables of its multi-instance activities. */
  private final Map<String, Set<String>> elementVariables = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new FullForAudit(elementVariables));
    configuration.setCustomHistoryLevels(levels);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new ElementVariables(elementVariables));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Collects each multi-instance activity's {@code camunda:elementVariable} by process key. */
  static final class ElementVariables extends AbstractBpmnParseListener {

    private final Map<String, Set<String>> byProcessKey;

    ElementVariables(Map<String, Set<String>> byProcessKey) {
      this.byProcessKey = byProcessKey;
    }

    @Override
    public void parseMultiInstanceLoopCharacteristics(Element activityElement, Element loop, ActivityImpl activity) {
      String name = loop.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "elementVariable");
      if (name != null && !name.isBlank() && activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition) {
        byProcessKey.computeIfAbsent(definition.getKey(), k -> ConcurrentHashMap.newKeySet()).add(name);
      }
    }
  }

  /** "full" without the history of task-local variables and multi-instance bookkeeping. */
  static final class FullForAudit extends HistoryLevelFull {

    private final Map<String, Set<String>> elementVariables;

    FullForAudit(Map<String, Set<String>> elementVariables) {
      this.elementVariables = elementVariables;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof VariableInstanceEntity variable && !audited(variable)) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    boolean audited(VariableInstanceEntity variable) {
      if (variable.getTaskId() != null || MULTI_INSTANCE_COUNTERS.contains(variable.getName())) {
        return false;
      }
      if (variable.getProcessDefinitionId() == null) {
        return true;
      }
      String key = processKey(variable.getProcessDefinitionId());
      if (key == null) {
        // only while a definition is being deleted with its instances: dropping keeps the variable's
        // events consistent (an update or delete event without its historic instance would fail)
        return false;
      }
      Set<String> names = elementVariables.get(key);
      return names == null || !names.contains(variable.getName());
    }

    /** The definition's key from the deployment cache (which parses it, and so fills the map, first). */
    private static String processKey(String processDefinitionId) {
      try {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(processDefinitionId);
        return definition == null ? null : definition.getKey();
      } catch (RuntimeException gone) {
        return null;
      }
    }
  }
}
