package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indexes and planner statistics the engine's own queries need at scale are in the database the
 * application runs on (H2 here, PostgreSQL in the PostgreSQL suite), so a task completion does not
 * scan every open task and a reviewer's task list does not compare every task with every grant; and
 * the engine's rows get short ids in creation order.
 */
class EngineSchemaTuningTest extends IntegrationTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  CatalogueService catalogue;

  @Test
  void theEngineWritesEveryRowOfAProcurementWithAShortIdThatSortsAfterTheRowsBeforeIt() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    String procurement = fixture.processInstanceId;
    String ulid = "[0-9a-hjkmnp-tv-z]{26}";

    List<String> later = new ArrayList<>();
    engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fixture.businessKey()).list()
        .forEach(task -> later.add(task.getId()));
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(procurement).list()
        .forEach(variable -> later.add(variable.getId()));
    engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(procurement).list()
        .forEach(activity -> later.add(activity.getId().substring(activity.getId().lastIndexOf(':') + 1)));

    assertThat(procurement).as("the process instance's id").matches(ulid);
    assertThat(later).as("its review tasks, variables and activity history (an activity instance's id is 'activity:id')").isNotEmpty().allMatch(id -> id.matches(ulid))
        .allMatch(id -> id.compareTo(procurement) > 0);
  }

  @Test
  void completingATaskFindsItsSubTasksByIndexAndPostgreSqlKnowsThePermissionBitsAndCountsFromIndexes() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      List<String> indexes = new ArrayList<>();
      String table = connection.getMetaData().storesUpperCaseIdentifiers() ? "ACT_RU_TASK" : "act_ru_task";
      try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            indexes.add(rs.getString("INDEX_NAME").toLowerCase() + ":" + rs.getString("COLUMN_NAME").toLowerCase());
          }
        }
      }
      assertThat(indexes).as("sub-task look-up by index").contains("act_idx_task_parent_task:parent_task_id_");

      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        List<String> statistics = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
            "SELECT stxname FROM pg_statistic_ext WHERE stxrelid = 'act_ru_authorization'::regclass")) {
          while (rs.next()) {
            statistics.add(rs.getString(1));
          }
        }
        assertThat(statistics).as("planner statistics on the permission bits (ADR 0005)")
            .containsAll(AuthorizationStatistics.PERMISSION_BITS.keySet());

        Map<String, String> definitions = new HashMap<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'llmp_idx_%'")) {
          while (rs.next()) {
            definitions.put(rs.getString(1), rs.getString(2));
          }
        }
        assertThat(definitions.get("llmp_idx_task_count")).as("a task count reads the tasks from one index (ADR 0009, fifth step)")
            .contains("act_ru_task").contains("(id_) INCLUDE (proc_def_id_, case_execution_id_, tenant_id_, assignee_)");
        assertThat(definitions.get("llmp_idx_ident_lnk_group_task")).as("and a candidate group's links from another, in task order")
            .contains("act_ru_identitylink").contains("(group_id_, type_, task_id_)");
        assertThat(definitions.get("llmp_idx_auth_group_grant")).as("and the groups' grants from a third (sixth step)")
            .contains("act_ru_authorization").contains("(group_id_, resource_type_, resource_id_) INCLUDE (type_, perms_)");
      }
    }
  }
}
