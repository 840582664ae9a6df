package org.llmprocurement.lifecycle;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Where a procurement stands, from its main process instance: the stage its active activities mean,
 * or, once it ended, the stage its end event means ({@link LifecycleRegistry}).
 *
 * <p>Reads history only (one query for what is unfinished, one for how it ended), so a read that
 * races with the process moving on never fails: it sees the state before or after the step. An
 * instance found ended after its end events were read is read again, so it is never reported as a
 * plain {@code ENDED} when it ended at an end event that names a stage.
 */
@Component
public class StageResolver {

  private final HistoryService history;
  private final IdentityService identity;
  private final LifecycleRegistry registry;

  StageResolver(HistoryService history, IdentityService identity, LifecycleRegistry registry) {
    this.history = history;
    this.identity = identity;
    this.registry = registry;
  }

  /** The stage name of the procurement whose main process instance this is. */
  public String stageOf(String processInstanceId) {
    return SystemAccess.withoutAuthorization(identity, () -> {
      List<String> active = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
          .unfinished().list().stream().map(HistoricActivityInstance::getActivityId).toList();
      if (!active.isEmpty()) {
        return registry.stageWhileActive(active);
      }
      List<HistoricActivityInstance> ends = endsOf(processInstanceId);
      if (ends.isEmpty()) {
        // between two steps (e.g. waiting for an asynchronous continuation): still running
        boolean running = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
            .unfinished().count() > 0;
        if (running) {
          return LifecycleRegistry.IN_PROGRESS;
        }
        // ended, perhaps since the end events were read: an ended instance's history no longer changes
        ends = endsOf(processInstanceId);
        if (ends.isEmpty()) {
          return LifecycleRegistry.ENDED;
        }
      }
      return registry.stageAfterEnd(ends.get(ends.size() - 1).getActivityId());
    });
  }

  private List<HistoricActivityInstance> endsOf(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityType("noneEndEvent").finished().list();
  }
}
