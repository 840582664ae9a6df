package org.llmprocurement.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for statements it runs on every task completion and for the
 * counts behind every task list.
 *
 * <ul>
 *   <li>{@code act_idx_task_parent_task} on {@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing or
 *       deleting any task looks up its sub-tasks ({@code selectTasksByParentTaskId}); without an
 *       index that is a full scan of all open tasks, so every completion got slower with every live
 *       procurement (11 open tasks each in review). Found with Java Flight Recorder in the
 *       benchmark (issue 14): 6 of 14 samples of review completions waited on this statement.
 *       Reported upstream as camunda/camunda#36824 (and Activiti#2905 for the common ancestor).
 *   <li>PostgreSQL only, {@code llmp_idx_task_count} on {@code ACT_RU_TASK(ID_)} carrying the
 *       columns a task count reads besides the id ({@code PROC_DEF_ID_}, {@code CASE_EXECUTION_ID_},
 *       {@code TENANT_ID_}, {@code ASSIGNEE_}), and {@code llmp_idx_ident_lnk_group_task} on
 *       {@code ACT_RU_IDENTITYLINK(GROUP_ID_, TYPE_, TASK_ID_)}: a candidate group's count (every
 *       Tasklist filter call and {@code /task/count}) then merges two index-only scans sorted by task
 *       id instead of reading all open tasks' rows (500 bytes each) and hashing the group's links. At
 *       10,000 procurements in review (110,000 open tasks) the reviewer's count took 151-173 ms in
 *       the database before, 57-87 ms after (docs/adr/0009-task-query-authorization-exists.md, fifth
 *       step). Index-only scans need the visibility map that autovacuum keeps; where the planner
 *       estimates too much of it stale, it chooses the table scan of before (an estimate, not a
 *       guarantee; steady task churn in production was not measured).
 *   <li>PostgreSQL only, {@code llmp_idx_auth_group_grant} on {@code ACT_RU_AUTHORIZATION(GROUP_ID_,
 *       RESOURCE_TYPE_, RESOURCE_ID_)} carrying {@code TYPE_} and {@code PERMS_}: the same count
 *       checks the caller's groups' grants ({@link TaskQueryAuthorization}) by reading the group's
 *       entries from this index instead of filtering every grant's row (one per open review task,
 *       ADR 0005). At 10,000 procurements in review the grant check's read went from 45-47 ms (all
 *       110,233 rows) to 7-8 ms (the group's 30,000 entries), the reviewer's count from 47-79 ms
 *       to 35-41 ms in the database (ADR 0009, sixth step). The engine's own {@code
 *       ACT_IDX_AUTH_GROUP_ID} ({@code GROUP_ID_} alone) stays: its upgrade scripts own it.
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

  /** Index name → table and column list, on every database. */
  static final Map<String, String> INDEXES = Map.of("act_idx_task_parent_task", "act_ru_task (parent_task_id_)");

  /** Index name → table and column list, on PostgreSQL only (its index-only scans; see the class comment). */
  static final Map<String, String> POSTGRESQL_INDEXES = Map.of(
      "llmp_idx_task_count", "act_ru_task (id_) INCLUDE (proc_def_id_, case_execution_id_, tenant_id_, assignee_)",
      "llmp_idx_ident_lnk_group_task", "act_ru_identitylink (group_id_, type_, task_id_)",
      "llmp_idx_auth_group_grant", "act_ru_authorization (group_id_, resource_type_, resource_id_) INCLUDE (type_, perms_)");

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = processEngine.getProcessEngineConfiguration().getDataSource();
    Map<String, String> indexes = new TreeMap<>(INDEXES);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        indexes.putAll(POSTGRESQL_INDEXES);
      }
      for (Map.Entry<String, String> index : indexes.entrySet()) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + index.getKey() + " ON " + index.getValue());
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      LOG.info("Engine indexes in place ({})", indexes.keySet());
    } catch (SQLException e) {
      LOG.warn("Could not create the engine indexes {}: {}", indexes.keySet(), e.getMessage());
    }
  }
}
