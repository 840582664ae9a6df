package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's history level "full", except that the JSON views a task shows in its form (task-local
 * JSON variables such as a review task's {@code items}, built by {@code guard.JsonViews} from the
 * application's own tables when the task is created) leave no history.
 *
 * <p>Under "full" each such view was stored three times: the runtime variable, its historic
 * variable instance and a historic detail per update, each with its own byte array (a review
 * task's {@code items} is about 6.4 KB). What people audit stays exactly as before: who decided
 * what and when is in the application's tables (decisions, outcomes, sign-offs) and in the task,
 * activity, identity-link and operation-log history, all still written; process variables and
 * task-local variables of any other type keep their full history. A view is stored once, while its
 * task is open, and can be rebuilt from the tables at any time.
 *
 * <p>The level keeps id 3 and the name "full", so an existing database (which stores the level's
 * id) starts unchanged and Cockpit shows the full history it reads. Registered as a custom level
 * named "full", it takes the place of the built-in one (the engine picks the last level of that
 * name). Engine internals: the history level is the engine's one switch per history event.
 */
@Component
public class ViewHistoryFilter extends AbstractProcessEnginePlugin {

  /** The type name of Camunda Spin JSON variables, the type {@code JsonViews} writes. */
  static final String JSON_TYPE = "json";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new FullWithoutViews());
    configuration.setCustomHistoryLevels(levels);
  }

  /** "full" without history for task-local JSON variables. */
  static final class FullWithoutViews extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (entity instanceof VariableInstanceEntity variable && isView(variable)) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    static boolean isView(VariableInstanceEntity variable) {
      return variable.getTaskId() != null && JSON_TYPE.equals(variable.getTypeName());
    }
  }
}
