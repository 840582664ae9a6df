package org.llmprocurement.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for statements the engine runs on every task completion.
 *
 * <ul>
 *   <li>{@code act_idx_task_parent_task} on {@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing or
 *       deleting any task looks up its sub-tasks ({@code selectTasksByParentTaskId}); without an
 *       index that is a full scan of all open tasks, so every completion got slower with every live
 *       procurement (11 open tasks each in review). Found with Java Flight Recorder in the
 *       benchmark (issue 14): 6 of 14 samples of review completions waited on this statement.
 *       Reported upstream as camunda/camunda#36824 (and Activiti#2905 for the common ancestor).
 * </ul>
 *
 * <p>Runs after the engine has created or checked its schema, on every start, idempotently
 * ({@code CREATE INDEX IF NOT EXISTS}, which PostgreSQL and H2 understand); a database that refuses
 * leaves the engine working, only slower, and is logged. No Flyway migration: on a new database
 * Flyway runs before the engine creates its tables. Engine internals: a process-engine plugin is the
 * one hook that runs after the engine's schema exists and before requests arrive.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /** Index name → table and column list. */
  static final Map<String, String> INDEXES = Map.of("act_idx_task_parent_task", "act_ru_task (parent_task_id_)");

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = processEngine.getProcessEngineConfiguration().getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (Map.Entry<String, String> index : INDEXES.entrySet()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + index.getKey() + " ON " + index.getValue());
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      LOG.info("Engine indexes in place ({})", INDEXES.keySet());
    } catch (SQLException e) {
      LOG.warn("Could not create the engine indexes {}: {}", INDEXES.keySet(), e.getMessage());
    }
  }
}
