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
 * On PostgreSQL, gives the planner statistics on the permission bits that the engine's query
 * authorization check tests ({@code PERMS_ & n = n} on {@code ACT_RU_AUTHORIZATION}).
 *
 * <p>Without them PostgreSQL guesses that 0.5 % of the authorization rows carry a permission, so
 * with every review task holding its own grant (Camunda's default candidate-group authorization) it
 * expects a handful of rows where there are thousands and joins every candidate task against every
 * grant of the group: a reviewer's task list at 1,000 procurements in review compared 3,000 × 3,000
 * rows and took 2.4–3.1 s in the database. With the statistics it looks each task's grant up by the
 * existing {@code RESOURCE_ID_} index instead: 0.28–0.55 s on the same data, growing linearly
 * (docs/adr/0005-task-list-authorization.md has the measurements). The statistics only reach plans
 * made for the actual values, so the engine's criteria queries are never planned generically
 * ({@link CriteriaQueryPlans}, docs/adr/0012-plans-reused-except-criteria-queries.md).
 *
 * <p>Runs after the engine has created or checked its schema, on every start, and is idempotent
 * ({@code IF NOT EXISTS}); other databases are left alone. Engine internals: a process-engine plugin
 * is the one hook that runs after the engine's schema exists and before requests arrive.
 */
@Component
public class AuthorizationStatistics extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  /**
   * Statistic name → the permission bit the engine's checks test: READ (2, tasks, instances,
   * filters), READ_TASK (64) and READ_INSTANCE (512) on process definitions, READ_HISTORY (4096).
   */
  static final Map<String, Integer> PERMISSION_BITS = Map.of(
      "llmp_auth_perms_read", 2,
      "llmp_auth_perms_read_task", 64,
      "llmp_auth_perms_read_instance", 512,
      "llmp_auth_perms_read_history", 4096);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = processEngine.getProcessEngineConfiguration().getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        for (Map.Entry<String, Integer> bit : PERMISSION_BITS.entrySet()) {
          statement.execute(String.format("CREATE STATISTICS IF NOT EXISTS %s ON ((perms_ & %d)) FROM act_ru_authorization",
              bit.getKey(), bit.getValue()));
        }
        // new statistics are empty until the table is analysed; autovacuum keeps them current after
        statement.execute("ANALYZE act_ru_authorization");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      LOG.info("Planner statistics on authorization permission bits in place ({})", PERMISSION_BITS.keySet());
    } catch (SQLException e) {
      // a missing statistic makes task lists slower, never wrong: start anyway, but say so
      LOG.warn("Could not create the planner statistics on act_ru_authorization: {}", e.getMessage());
    }
  }
}
