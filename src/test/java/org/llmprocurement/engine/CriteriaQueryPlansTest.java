package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.apache.ibatis.executor.statement.PreparedStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the engine's criteria queries (task lists and counts) are planned for their values
 * on every call, while its fixed statements are prepared on the server after pgjdbc's five uses and
 * reuse their plan (ADR 0012). Observed on one connection: every engine call and the look-up in
 * {@code pg_prepared_statements} share the test's transaction.
 */
class CriteriaQueryPlansTest extends IntegrationTest {

  @Autowired
  private TransactionTemplate transactions;

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void onlyTheCriteriaStatementsAreNamed() {
    assertThat(CriteriaQueryPlans.plannedPerCall("selectTaskCountByQueryCriteria")).isTrue();
    assertThat(CriteriaQueryPlans.plannedPerCall("selectTaskByQueryCriteria_authorizationExists")).isTrue();
    assertThat(CriteriaQueryPlans.plannedPerCall("selectHistoricProcessInstanceByQueryCriteria")).isTrue();
    assertThat(CriteriaQueryPlans.plannedPerCall("selectTask")).isFalse();
    assertThat(CriteriaQueryPlans.plannedPerCall("isUserAuthorizedForResource")).isFalse();
    assertThat(CriteriaQueryPlans.plannedPerCall(null)).isFalse();
  }

  @Test
  void theStatementNameIsReadFromTheHandlersMyBatisBuildsForTheEngine() {
    org.apache.ibatis.session.Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
    MappedStatement count = mybatis.getMappedStatement(mybatis.getMappedStatementNames().stream()
        .filter(name -> name.endsWith(".selectTaskCountByQueryCriteria")).findFirst().orElseThrow());
    BoundSql sql = new BoundSql(mybatis, "select 1", List.of(), null);

    StatementHandler routing = new RoutingStatementHandler(null, count, null, RowBounds.DEFAULT, null, sql);
    StatementHandler prepared = new PreparedStatementHandler(null, count, null, RowBounds.DEFAULT, null, sql);

    assertThat(CriteriaQueryPlans.statementId(routing)).as("the handler every engine statement goes through")
        .isEqualTo(count.getId()).endsWith("selectTaskCountByQueryCriteria");
    assertThat(CriteriaQueryPlans.statementId(prepared)).isEqualTo(count.getId());
    assertThat(CriteriaQueryPlans.plannedPerCall(CriteriaQueryPlans.statementId(routing))).isTrue();
    assertThat(CriteriaQueryPlans.statementId(new Object())).isNull();
  }

  @Test
  void taskListsArePlannedPerCallWhileFixedStatementsArePreparedOnTheServer() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assumeTrue("postgres".equals(configuration.getDatabaseType()), "pgjdbc's prepare threshold exists on PostgreSQL only");

    List<String> prepared = transactions.execute(status -> {
      for (int i = 0; i < 8; i++) {
        engine.getTaskService().createTaskQuery().taskCandidateGroup("security").count();
        engine.getTaskService().createTaskQuery().taskCandidateGroup("security").listPage(0, 15);
        engine.getManagementService().getProperties();
      }
      return jdbc.queryForList("select statement from pg_prepared_statements", String.class);
    });

    assertThat(prepared).as("the engine's properties read, used eight times, is prepared once on the server")
        .anyMatch(sql -> sql.contains("ACT_GE_PROPERTY"));
    assertThat(prepared).as("the task page and count, used eight times each, are never prepared")
        .noneMatch(sql -> sql.contains("ACT_RU_TASK RES"));
  }
}
