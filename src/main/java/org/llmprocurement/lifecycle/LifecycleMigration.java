package org.llmprocurement.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.llmprocurement.engine.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves every running instance of an older version of a lifecycle process (the main process and
 * every stage's processes) to the latest deployed version, with Camunda's migration API and the
 * plan {@code mapEqualActivities()}: an element id means the same thing in every version of a model.
 * Runs at start-up right after the {@link DeployedModelCheck}, before the job executor and the web
 * server start, as system work.
 *
 * <p>Each instance is migrated in its own transaction, found by a query that still requires the old
 * version, so a second run (or a second node starting at the same time) finds nothing left to do;
 * when two nodes do collide, optimistic locking fails one of them, which looks again and finds the
 * instance moved. An instance waiting at an activity the latest model no longer has stays on its
 * version and is logged by id and business key, with the activities that are missing. Nothing is
 * moved to a model whose {@code versionTag} is older than the instance's (an older release was
 * started against this database).
 */
@Component
public class LifecycleMigration {

  private static final Logger LOG = LoggerFactory.getLogger(LifecycleMigration.class);
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
  private static final int ATTEMPTS = 3;

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final LifecycleRegistry lifecycle;

  LifecycleMigration(RuntimeService runtime, RepositoryService repository, IdentityService identity,
      LifecycleRegistry lifecycle) {
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.lifecycle = lifecycle;
  }

  /** What one run did with the instances of older versions of one process, by process instance id. */
  public record Result(String processKey, List<String> migrated, List<String> skipped, List<String> alreadyMoved) {

    static Result none(String processKey) {
      return new Result(processKey, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    void add(Result other) {
      migrated.addAll(other.migrated);
      skipped.addAll(other.skipped);
      alreadyMoved.addAll(other.alreadyMoved);
    }
  }

  /** Migrates the instances of every lifecycle process: the main process first, then each stage's. */
  public List<Result> migrateAll() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(ProcurementLifecycle.KEY);
    lifecycle.stages().forEach(stage -> keys.addAll(new TreeSet<>(stage.processes())));
    List<Result> results = keys.stream().map(this::migrate).toList();
    if (results.stream().allMatch(r -> r.migrated().isEmpty() && r.skipped().isEmpty() && r.alreadyMoved().isEmpty())) {
      LOG.info("Process model upgrade: every running instance of {} is on the latest model version", keys);
    }
    return results;
  }

  /** Migrates every running instance of an older version of this process to its latest version. */
  public Result migrate(String processKey) {
    return SystemAccess.withoutAuthorization(identity, () -> {
      Result result = Result.none(processKey);
      ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
          .latestVersion().singleResult();
      if (target == null) {
        return result;
      }
      List<ProcessDefinition> older = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
          .list().stream().filter(d -> d.getVersion() < target.getVersion())
          .sorted(Comparator.comparingInt(ProcessDefinition::getVersion)).toList();
      for (ProcessDefinition source : older) {
        if (runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count() > 0) {
          result.add(migrate(source, target));
        }
      }
      if (!result.migrated().isEmpty() || !result.skipped().isEmpty() || !result.alreadyMoved().isEmpty()) {
        LOG.info("Process model upgrade of {}: {} running instance(s) moved to version {} ({}), {} left on their version,"
                + " {} already moved by another node", processKey, result.migrated().size(), target.getVersion(),
            tag(target), result.skipped().size(), result.alreadyMoved().size());
      }
      return result;
    });
  }

  private Result migrate(ProcessDefinition source, ProcessDefinition target) {
    Result result = Result.none(source.getKey());
    List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
        .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getId).toList();
    if (VersionTags.COMPARATOR.compare(source.getVersionTag(), target.getVersionTag()) > 0) {
      LOG.warn("Process model upgrade of {}: the latest deployed version {} ({}) is older than version {} ({}), which"
              + " {} running instance(s) use; they are not moved. Was an older release started against this database?",
          source.getKey(), target.getVersion(), tag(target), source.getVersion(), tag(source), instances.size());
      result.skipped().addAll(instances);
      return result;
    }
    MigrationPlan plan;
    try {
      plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    } catch (MigrationPlanValidationException e) {
      LOG.error("Process model upgrade of {}: no valid migration plan from version {} ({}) to version {} ({}); {}"
              + " running instance(s) stay on version {}: {}", source.getKey(), source.getVersion(), tag(source),
          target.getVersion(), tag(target), instances.size(), source.getVersion(), e.getMessage());
      result.skipped().addAll(instances);
      return result;
    }
    Set<String> targetElements = elementIds(target);
    for (String instanceId : instances) {
      switch (migrateOne(plan, source, target, targetElements, instanceId)) {
        case MIGRATED -> result.migrated().add(instanceId);
        case SKIPPED -> result.skipped().add(instanceId);
        case ALREADY_MOVED -> result.alreadyMoved().add(instanceId);
      }
    }
    return result;
  }

  private enum Outcome { MIGRATED, SKIPPED, ALREADY_MOVED }

  private Outcome migrateOne(MigrationPlan plan, ProcessDefinition source, ProcessDefinition target,
      Set<String> targetElements, String instanceId) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      ProcessInstance instance = stillOn(source, instanceId).singleResult();
      if (instance == null) {
        return Outcome.ALREADY_MOVED; // moved by another node, or ended meanwhile
      }
      Set<String> missing = new TreeSet<>(currentActivities(instanceId));
      missing.removeAll(targetElements);
      if (!missing.isEmpty()) {
        LOG.warn("Process model upgrade of {}: instance {} (business key {}) stays on version {} ({}): it is at {},"
                + " which version {} ({}) does not have. Move it by hand in Cockpit (docs/operations.md).",
            source.getKey(), instanceId, instance.getBusinessKey(), source.getVersion(), tag(source), missing,
            target.getVersion(), tag(target));
        return Outcome.SKIPPED;
      }
      try {
        runtime.newMigration(plan).processInstanceQuery(stillOn(source, instanceId)).execute();
        return Outcome.MIGRATED;
      } catch (MigratingProcessInstanceValidationException e) {
        LOG.warn("Process model upgrade of {}: instance {} (business key {}) stays on version {} ({}): Camunda cannot"
                + " move it to version {} ({}): {}", source.getKey(), instanceId, instance.getBusinessKey(),
            source.getVersion(), tag(source), target.getVersion(), tag(target), e.getMessage());
        return Outcome.SKIPPED;
      } catch (OptimisticLockingException e) {
        LOG.info("Process model upgrade of {}: instance {} changed while it was being moved (another node or a job);"
            + " looking again (attempt {} of {})", source.getKey(), instanceId, attempt, ATTEMPTS);
      } catch (ProcessEngineException e) {
        if (stillOn(source, instanceId).count() == 0) {
          return Outcome.ALREADY_MOVED;
        }
        LOG.error("Process model upgrade of {}: instance {} (business key {}) could not be moved from version {} ({})"
                + " to version {} ({}); it stays where it is and is tried again at the next start: {}",
            source.getKey(), instanceId, instance.getBusinessKey(), source.getVersion(), tag(source),
            target.getVersion(), tag(target), e.getMessage());
        return Outcome.SKIPPED;
      }
    }
    LOG.warn("Process model upgrade of {}: instance {} kept changing while it was being moved; it stays on version {}"
        + " and is tried again at the next start", source.getKey(), instanceId, source.getVersion());
    return Outcome.SKIPPED;
  }

  /** The instance, as long as it is still on the source version: what another node already moved is not found. */
  private ProcessInstanceQuery stillOn(ProcessDefinition source, String instanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).processDefinitionId(source.getId());
  }

  /** Ids of the activities the instance is at (also waiting before or after one), multi-instance bodies as their activity. */
  private Set<String> currentActivities(String instanceId) {
    Set<String> ids = new TreeSet<>();
    ActivityInstance root = runtime.getActivityInstance(instanceId);
    if (root != null) {
      collect(root, ids);
    }
    return ids;
  }

  private static void collect(ActivityInstance parent, Set<String> ids) {
    for (TransitionInstance waiting : parent.getChildTransitionInstances()) {
      ids.add(plain(waiting.getActivityId()));
    }
    for (ActivityInstance child : parent.getChildActivityInstances()) {
      ids.add(plain(child.getActivityId()));
      collect(child, ids);
    }
  }

  private static String plain(String activityId) {
    return activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
  }

  private Set<String> elementIds(ProcessDefinition definition) {
    Set<String> ids = new TreeSet<>();
    repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowElement.class)
        .forEach(element -> ids.add(element.getId()));
    return ids;
  }

  private static String tag(ProcessDefinition definition) {
    return definition.getVersionTag() == null ? "no versionTag" : definition.getVersionTag();
  }

  /** Orders versionTags like 1.0.0 &lt; 1.10.0 &lt; 2.0.0, number by number; a missing tag is oldest. */
  static final class VersionTags {

    static final Comparator<String> COMPARATOR = VersionTags::compare;

    private VersionTags() {}

    static int compare(String a, String b) {
      if (a == null || b == null) {
        return a == null ? (b == null ? 0 : -1) : 1;
      }
      String[] left = a.split("[.-]");
      String[] right = b.split("[.-]");
      for (int i = 0; i < Math.max(left.length, right.length); i++) {
        String l = i < left.length ? left[i] : "0";
        String r = i < right.length ? right[i] : "0";
        int order = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
            ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
        if (order != 0) {
          return order;
        }
      }
      return 0;
    }
  }
}
