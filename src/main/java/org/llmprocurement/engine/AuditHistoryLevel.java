package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.springframework.stereotype.Component;

/**
 * Camunda's history level "full" for everything people audit, without the history of what nobody
 * reads afterwards (issue 14, docs/adr/0005-task-list-authorization.md, docs/adr/0008-what-the-engine-stores.md):
 * <ul>
 *   <li><b>task-local variables</b>: Tasklist's labels of a task ({@code vendor}, {@code product},
 *       {@code procurement}) and whatever else a task holds for its form. What a person submits is
 *       checked and recorded by the task's guard in the application's tables (review decisions,
 *       tier confirmations, sign-offs, renewal and exit decisions), with who and when;
 *   <li><b>multi-instance bookkeeping</b>: the engine's counters ({@code loopCounter},
 *       {@code nrOfInstances}, {@code nrOfActiveInstances}, {@code nrOfCompletedInstances}), the
 *       element variable of each multi-instance activity (e.g. clause review's {@code reviewPackage})
 *       and the collection it iterates when that is a variable (clause review's {@code reviewPackages},
 *       whose JSON was stored three times), read from the deployed BPMN;
 *   <li><b>activity instances of routing and scopes</b> ({@link #UNAUDITED_ACTIVITY_TYPES}): none
 *       start events, exclusive, parallel and inclusive gateways, multi-instance bodies and embedded
 *       subprocesses. 56 % of the activity history a procurement in review left (38 of 71 rows: the
 *       11 review packages' subprocess and start event, five multi-instance bodies, the start events
 *       of the procurement and its five role reviews, and five gateways), and the one plain end event
 *       of a multi-instance subprocess (each review package's end, 11 more once the review is done). Every
 *       task, call activity, intermediate and boundary event, triggered start event and each process's
 *       own end events keep their rows, so the record shows who did what, what waited and how each
 *       process ended;
 *   <li><b>the job log of jobs that did not fail</b>: every asynchronous step (a review task's
 *       completion, a timer) wrote one record when its job was created and one when it was done or
 *       deleted, two rows for each step nobody reads; a failure keeps its record
 *       ({@link #UNAUDITED_JOB_EVENTS});
 *   <li><b>the detail of a variable's creation</b>, which repeats its historic instance: written
 *       only once the value changes, from the historic instance ({@link FirstValueOnChange}).
 * </ul>
 * Everything else keeps its full history: process-instance variables (intake answers, tiers,
 * outcomes), task, identity-link, incident, decision and operation-log history, and job failures.
 * Measured before the variables' rule: these variables were 62 % of the historic details and 70 % of
 * the historic variable instances a procurement in review leaves (5,960 of 9,655 and 5,845 of 8,385
 * rows over 55 procurements); a view was stored three times (runtime, historic instance, historic detail).
 *
 * <p>Each rule depends only on what never changes during a variable's or an activity instance's life
 * (its task, its name, its process definition; the activity's type), so its create, update and delete
 * events are all kept or all dropped.
 * The level keeps id 3 and the name "full", so an existing database (which stores the level's id)
 * starts unchanged and Cockpit shows the full history it reads. Registered as a custom level named
 * "full", it takes the place of the built-in one (the engine picks the last level of that name).
 * Engine internals: the history level is the engine's one switch per history event, and a BPMN
 * parse listener the one place that sees a multi-instance activity's element and collection variables.
 */
@Component
public class AuditHistoryLevel extends AbstractProcessEnginePlugin {

  /** The engine's multi-instance counters (BPMN 2.0, section 10.3.6 "Multi-Instance"). */
  static final Set<String> MULTI_INSTANCE_COUNTERS =
      Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

  /**
   * Activity types whose instances leave no history row (Camunda's {@code ActivityTypes}): routing
   * and scopes, decided by type alone, so an activity's start, update, end and migration events are
   * all kept or all dropped. Event-based gateways (they wait), start events with a trigger (message,
   * timer, signal, error, ...), end events (how a process ended) and every task keep theirs.
   */
  static final Set<String> UNAUDITED_ACTIVITY_TYPES = Set.of(ActivityTypes.START_EVENT, ActivityTypes.GATEWAY_EXCLUSIVE,
      ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.MULTI_INSTANCE_BODY,
      ActivityTypes.SUB_PROCESS);

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

  /**
   * Job-log events without a record: a job created, done or deleted. A failure keeps its record, with
   * its exception, for whoever diagnoses it; the job's incident keeps its own history.
   */
  static final Set<HistoryEventType> UNAUDITED_JOB_EVENTS = Set.of(HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

  /** Per process definition key: the element variables of its multi-instance activities. */
  private final Map<String, Set<String>> elementVariables = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new FullForAudit(elementVariables));
    configuration.setCustomHistoryLevels(levels);
    // the engine's database handler, replaced by one that writes a variable's first value when it changes
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(0, new FirstValueOnChange());
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new ElementVariables(elementVariables));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Collects each multi-instance activity's element and collection variables by process key. */
  static final class ElementVariables extends AbstractBpmnParseListener {

    private final Map<String, Set<String>> byProcessKey;

    ElementVariables(Map<String, Set<String>> byProcessKey) {
      this.byProcessKey = byProcessKey;
    }

    @Override
    public void parseMultiInstanceLoopCharacteristics(Element activityElement, Element loop, ActivityImpl activity) {
      if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition) {
        Set<String> names = byProcessKey.computeIfAbsent(definition.getKey(), k -> ConcurrentHashMap.newKeySet());
        String element = loop.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "elementVariable");
        if (element != null && !element.isBlank()) {
          names.add(element);
        }
        String collection = collectionVariable(loop.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "collection"));
        if (collection != null) {
          names.add(collection);
        }
      }
    }

    /**
     * The variable a {@code camunda:collection} names, either as its plain name or as an expression
     * that is nothing but that name ({@code ${reviewPackages}}); null for any other expression.
     */
    static String collectionVariable(String collection) {
      if (collection == null) {
        return null;
      }
      String name = collection.strip();
      if ((name.startsWith("${") || name.startsWith("#{")) && name.endsWith("}")) {
        name = name.substring(2, name.length() - 1).strip();
      }
      return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : null;
    }
  }

  /**
   * The engine's database history handler ({@link DbHistoryEventHandler}), except that a variable's
   * creation writes no historic detail: its historic variable instance holds the same value, time and
   * ids. When the value first changes, and the variable has no detail yet, the value it had is
   * written as its creation's detail from the historic instance (before the instance takes the new
   * value), and then the change's detail as the engine writes it. So every value a variable had is
   * still recorded once, in order, and a variable that never changes (all 55 of a finished
   * procurement's) is stored once instead of twice. What the reconstructed detail lacks: the user
   * operation id of the creation (the operation log keeps who did it) and the "initial" flag of a
   * start variable. Engine internals: the handler is the engine's one writer of history events.
   */
  static final class FirstValueOnChange extends DbHistoryEventHandler {

    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE) && shouldWriteHistoricDetail(event)) {
        HistoricVariableInstanceEntity before = getDbEntityManager()
            .selectById(HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
        if (before != null && !hasDetail(before.getId())) {
          writeDetail(creationDetail(before, event.getSequenceCounter()));
        }
      }
      super.insertHistoricVariableUpdateEntity(event);
    }

    /**
     * Whether any detail of this variable instance exists: written earlier in this command (still in
     * the entity cache, not yet flushed) or in the database (one count; no authorization check).
     */
    private boolean hasDetail(String variableInstanceId) {
      // asked by the cache's key class: the cache compares a subclass with its own wrapper, not the entity
      boolean inThisCommand = getDbEntityManager().getCachedEntitiesByType(HistoricDetailEventEntity.class).stream()
          .anyMatch(d -> d instanceof HistoricVariableUpdateEventEntity update
              && variableInstanceId.equals(update.getVariableInstanceId()));
      if (inThisCommand) {
        return true;
      }
      HistoricDetailQueryImpl query = new HistoricDetailQueryImpl();
      query.variableInstanceId(variableInstanceId);
      Long count = (Long) getDbEntityManager().selectOne("selectHistoricDetailCountByQueryCriteria", query);
      return count != null && count > 0;
    }

    /** The detail the engine would have written when the variable was created, from its historic instance. */
    static HistoricVariableUpdateEventEntity creationDetail(HistoricVariableInstanceEntity before, long updateSequence) {
      HistoricVariableUpdateEventEntity detail = new HistoricVariableUpdateEventEntity();
      detail.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
      detail.setTimestamp(before.getCreateTime());
      detail.setSequenceCounter(Math.max(1, updateSequence - 1));
      detail.setVariableInstanceId(before.getId());
      detail.setVariableName(before.getName());
      detail.setSerializerName(before.getSerializerName());
      detail.setTextValue(before.getTextValue());
      detail.setTextValue2(before.getTextValue2());
      detail.setLongValue(before.getLongValue());
      detail.setDoubleValue(before.getDoubleValue());
      detail.setByteValue(before.getByteArrayValue());
      detail.setProcessDefinitionKey(before.getProcessDefinitionKey());
      detail.setProcessDefinitionId(before.getProcessDefinitionId());
      detail.setRootProcessInstanceId(before.getRootProcessInstanceId());
      detail.setProcessInstanceId(before.getProcessInstanceId());
      detail.setExecutionId(before.getExecutionId());
      detail.setActivityInstanceId(before.getActivityInstanceId());
      detail.setScopeActivityInstanceId(before.getActivityInstanceId());
      detail.setCaseDefinitionKey(before.getCaseDefinitionKey());
      detail.setCaseDefinitionId(before.getCaseDefinitionId());
      detail.setCaseInstanceId(before.getCaseInstanceId());
      detail.setCaseExecutionId(before.getCaseExecutionId());
      detail.setTaskId(before.getTaskId());
      detail.setTenantId(before.getTenantId());
      detail.setRemovalTime(before.getRemovalTime());
      detail.setInitial(false);
      return detail;
    }

    /** Inserts a detail with a copy of its byte array, as the engine inserts one. */
    private void writeDetail(HistoricVariableUpdateEventEntity detail) {
      byte[] bytes = detail.getByteValue();
      if (bytes != null) {
        ByteArrayEntity copy = new ByteArrayEntity(detail.getVariableName(), bytes, ResourceTypes.HISTORY);
        copy.setRootProcessInstanceId(detail.getRootProcessInstanceId());
        copy.setRemovalTime(detail.getRemovalTime());
        Context.getCommandContext().getByteArrayManager().insertByteArray(copy);
        detail.setByteArrayId(copy.getId());
      }
      getDbEntityManager().insert(detail);
    }
  }

  /** "full" without the history of task-local variables, multi-instance bookkeeping, routing and scopes. */
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
      if (ACTIVITY_EVENTS.contains(eventType) && !audited(activityOf(entity))) {
        return false;
      }
      if (UNAUDITED_JOB_EVENTS.contains(eventType)) {
        return false;
      }
      if (HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.equals(eventType)
          && entity instanceof HistoricVariableUpdateEventEntity event
          && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)) {
        // the historic variable instance holds the same value; FirstValueOnChange writes it as a
        // detail once the value changes
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    /**
     * Whether an activity's instances get a history row: not the routing the diagram shows (none
     * start events, exclusive, parallel and inclusive gateways, which never wait), nor the engine's
     * scopes around what people do (a multi-instance body, an embedded subprocess: their tasks and
     * events keep their own rows), nor the only end event of a multi-instance embedded subprocess when
     * it is a plain one (multi-instance bookkeeping: it says only that one instance of a scope that
     * keeps no row ended; clause review left one per review package, 11 of a finished procurement's 68
     * activity rows). The end events of processes, of single embedded subprocesses and of subprocesses
     * with several ends keep theirs (how a process or a branch ended, e.g. reported or escalated).
     * Unknown (null) activities keep theirs.
     */
    static boolean audited(ScopeImpl activity) {
      if (!(activity instanceof ActivityImpl a)) {
        return true;
      }
      Object type = a.getProperties().get(BpmnProperties.TYPE);
      if (ActivityTypes.END_EVENT_NONE.equals(type) && a.getFlowScope() instanceof ActivityImpl scope
          && ActivityTypes.SUB_PROCESS.equals(scope.getProperties().get(BpmnProperties.TYPE))
          && scope.getFlowScope() instanceof ActivityImpl body
          && ActivityTypes.MULTI_INSTANCE_BODY.equals(body.getProperties().get(BpmnProperties.TYPE))
          && scope.getActivities().stream().filter(e -> String.valueOf(e.getProperties().get(BpmnProperties.TYPE))
              .endsWith("EndEvent")).count() == 1) {
        // the one plain end of each instance of a multi-instance subprocess: multi-instance bookkeeping
        return false;
      }
      return !UNAUDITED_ACTIVITY_TYPES.contains(type);
    }

    /** The activity an activity-instance event is about: an execution's, or a migrating instance's source. */
    private static ScopeImpl activityOf(Object entity) {
      if (entity instanceof ExecutionEntity execution) {
        return execution.getActivity();
      }
      if (entity instanceof MigratingActivityInstance migrating) {
        return migrating.getSourceScope();
      }
      return null;
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
