package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task lists check grants with {@code EXISTS} (ADR 0009) and show every user exactly the tasks the
 * engine's own query shows: same pages, same counts, for reviewers of each function, managers and
 * the requester, through the task service and Tasklist's saved filters.
 */
class TaskQueryAuthorizationTest extends IntegrationTest {

  /** demo user → groups, as {@code identity.DemoUsers} creates them. */
  private static final Map<String, List<String>> USERS = new LinkedHashMap<>();

  static {
    USERS.put("demo-procurement", List.of("procurement"));
    USERS.put("demo-it", List.of("it"));
    USERS.put("demo-security", List.of("security"));
    USERS.put("demo-legal", List.of("legal"));
    USERS.put("demo-data-governance", List.of("data-governance"));
    USERS.put("demo-manager", List.of("managers"));
    USERS.put("biz-requester", List.of());
  }

  /** A user in two reviewing groups, for the task both reach. */
  private static final String BOTH_GROUPS = "user-in-security-and-legal";
  private static final String TWO_GROUPS = "Task of two candidate groups";

  @Autowired
  CatalogueService catalogue;

  @Test
  void theEnginesOwnTaskQueryIsRewrittenAndAnUnexpectedMappingIsLeftAlone() {
    String engineMapping = TaskQueryAuthorization.readEngineMapping();
    String rewritten = TaskQueryAuthorization.rewrite(engineMapping).orElseThrow(() -> new AssertionError(
        "the engine's Task.xml no longer has the grant join this rewrite replaces (engine upgrade?): see ADR 0009"));
    assertThat(rewritten)
        .contains("id=\"selectTaskByQueryCriteria_authorizationExists\"", "id=\"selectTaskCountByQueryCriteria_authorizationExists\"")
        .contains("and A.RESOURCE_ID_ = '*'", "and A.RESOURCE_ID_ = RES.ID_", "and A.RESOURCE_ID_ = D.KEY_", "in (RES.ID_, D.KEY_)")
        .as("a count asks the user's own grants and the groups' grants apart")
        .contains("exists (<include refid=\"" + TaskQueryAuthorization.NAMESPACE + ".callersOwnGrant\" /> and A.RESOURCE_ID_ = RES.ID_)",
            "exists (<include refid=\"" + TaskQueryAuthorization.NAMESPACE + ".callersGroupsGrant\" /> and A.RESOURCE_ID_ = D.KEY_)")
        .contains("<bind name=\"authorizationCheckForCount\" value=\"true\" />", "<bind name=\"authorizationCheckForCount\" value=\"false\" />")
        .doesNotContain("authCheckJoinWithoutOnClause", "AUTH ON");
    assertThat(rewritten).as("a page or count is DISTINCT only where a candidate link or a variable is joined")
        .contains("<if test=\"rowsMayRepeatTask\">${distinct}</if>",
            "<if test=\"orderingProperty.relation != null\"><bind name=\"rowsMayRepeatTask\" value=\"true\" /></if>",
            "query.candidateGroups != null",
            "<when test=\"rowsMayRepeatTask\">${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}</when>"
                + "<otherwise>select count(RES.ID_)</otherwise>",
            "<if test=\"rowsMayRepeatTask\">${countDistinctAfterEnd}</if>");
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("${countDistinctAfterEnd}", "")))
        .as("a count the rewrite does not know stays the engine's").isEmpty();
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("<bind name=\"I_JOIN\" value=\"true\" />", "")))
        .as("a candidate-link join the rewrite cannot recognise stays the engine's").isEmpty();
    assertThat(TaskQueryAuthorization.joins(engineMapping)).as("every join of the engine's task query is known")
        .containsAll(TaskQueryAuthorization.KNOWN_JOINS);
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace(
        "left join ${prefix}ACT_RU_EXECUTION E1 on RES.EXECUTION_ID_ = E1.ID_",
        "left join ${prefix}ACT_RU_EXECUTION E1 on RES.EXECUTION_ID_ = E1.ID_\n"
            + "      left join ${prefix}ACT_RU_VARIABLE V on V.TASK_ID_ = RES.ID_")))
        .as("a join that may repeat a task, unknown to the rewrite, keeps the engine's DISTINCT query").isEmpty();
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("select ${distinct}", "select distinct")))
        .as("a page the rewrite does not know stays the engine's").isEmpty();

    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("AUTH ON (AUTH.RESOURCE_ID_", "AUTH ON (AUTH.OTHER_")))
        .as("a join the rewrite does not know stays the engine's").isEmpty();
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("<select id=\"selectTaskCountByQueryCriteria\"", "<select id=\"x\"")))
        .isEmpty();

    assertThat(pageSql(tasks().orderByTaskCreateTime().desc())).as("a manager's page: one row per task, no sort of all tasks")
        .doesNotContainIgnoringCase("distinct");
    assertThat(pageSql(tasks().processInstanceBusinessKey("LLMP-2026-00001").taskDefinitionKey("UserTask_ConfirmTierAndScope")))
        .doesNotContainIgnoringCase("distinct");
    assertThat(pageSql(tasks().taskCandidateGroup("security").orderByTaskCreateTime().desc()))
        .as("a candidate group's page asks whether a link exists: one row per task, no sort of all its tasks")
        .doesNotContainIgnoringCase("distinct").doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK")
        .contains("and exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'");
    assertThat(pageSql(tasks().or().taskAssignee("demo-security").taskCandidateGroupIn(List.of("security", "legal")).endOr()))
        .as("Tasklist's 'assigned to me or my groups'").doesNotContainIgnoringCase("distinct");
    assertThat(pageSql(tasks().or().taskAssignee("demo-security").taskInvolvedUser("demo-security").endOr()))
        .as("an involved user's condition reads the joined link row").containsIgnoringCase("select distinct")
        .containsIgnoringCase("left join ACT_RU_IDENTITYLINK I");
    assertThat(pageSql(tasks().taskCandidateGroup("security").or().taskCandidateGroup("legal").taskName(TWO_GROUPS).endOr()))
        .as("candidate conditions in two queries of a chain speak of one link row: the engine's join")
        .containsIgnoringCase("select distinct").containsIgnoringCase("left join ACT_RU_IDENTITYLINK I");
    assertThat(TaskQueryAuthorization.rewrite(engineMapping.replace("${queryType} (I.USER_ID_ = #{query.involvedUser}",
        "${queryType} I.REV_ > 0 ${queryType} (I.USER_ID_ = #{query.involvedUser}")))
        .as("a condition on the link row the rewrite does not know keeps the engine's query").isEmpty();
    assertThat(pageSql(tasks().orderByProcessVariable("riskTier", ValueType.STRING).asc()))
        .as("an order by a variable joins the variable table").containsIgnoringCase("select distinct");

    assertThat(countSql(tasks().taskCandidateGroup("security")))
        .as("a candidate group's count (Tasklist's filter count) counts one row per task, without de-duplicating")
        .startsWith("select count(RES.ID_) from ACT_RU_TASK RES").doesNotContainIgnoringCase("distinct");
    assertThat(countSql(tasks())).as("a manager's count").startsWith("select count(RES.ID_)").doesNotContainIgnoringCase("distinct");
    assertThat(countSql(tasks().taskCandidateGroup("security").taskInvolvedUser("demo-security")))
        .as("a count over the joined link row de-duplicates as the engine does").containsIgnoringCase("distinct")
        .doesNotContain("count(RES.ID_)");
    assertThat(countSql(tasks().orderByProcessVariable("riskTier", ValueType.STRING).asc()))
        .as("a count with a variable's order joins the variable table").containsIgnoringCase("distinct");

    DbSqlSessionFactory statements = configuration().getDbSqlSessionFactory();
    assertThat(statements.mapStatement("selectTaskByQueryCriteria")).isEqualTo("selectTaskByQueryCriteria_authorizationExists");
    assertThat(statements.mapStatement("selectTaskCountByQueryCriteria")).isEqualTo("selectTaskCountByQueryCriteria_authorizationExists");
  }

  @Test
  void everyUserSeesExactlyWhatTheEnginesOwnQueryShows() {
    ReviewFixture review = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    // a task two of a caller's groups reach: the candidate-link join yields it twice, DISTINCT once
    Task twoGroups = engine.getTaskService().newTask();
    twoGroups.setName(TWO_GROUPS);
    engine.getTaskService().saveTask(twoGroups);
    engine.getTaskService().addCandidateGroup(twoGroups.getId(), "security");
    engine.getTaskService().addCandidateGroup(twoGroups.getId(), "legal");
    engine.getTaskService().addCandidateGroup(twoGroups.getId(), "security"); // a second, identical link
    USERS.put(BOTH_GROUPS, List.of("security", "legal"));
    try {
      compareWithTheEnginesOwnQuery(review, twoGroups.getId());
    } finally {
      USERS.remove(BOTH_GROUPS);
      engine.getTaskService().deleteTask(twoGroups.getId(), true);
    }
  }

  private void compareWithTheEnginesOwnQuery(ReviewFixture review, String twoGroupsTask) {
    api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot());
    String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(review.processInstanceId).singleResult().getBusinessKey();
    List<Filter> filters = engine.getFilterService().createTaskFilterQuery().list();
    assertThat(filters).as("Tasklist's shared filters are created at start-up").isNotEmpty();

    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put("all, newest first", () -> ids(tasks().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 100)));
    queries.put("count", () -> tasks().count());
    for (String group : List.of("it", "security", "legal", "data-governance", "procurement", "managers")) {
      queries.put("candidate group " + group, () -> ids(tasks().taskCandidateGroup(group).orderByTaskId().asc().list()));
      queries.put("count, candidate group " + group, () -> tasks().taskCandidateGroup(group).count());
    }
    queries.put("business key", () -> ids(tasks().processInstanceBusinessKey(businessKey).orderByTaskId().asc().list()));
    queries.put("or: assigned to me or in my groups", () -> ids(tasks().or().taskAssignee("demo-security")
        .taskCandidateGroupIn(List.of("security", "legal")).endOr().orderByTaskId().asc().list()));
    queries.put("page 2 of 5, newest first", () -> ids(tasks().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(5, 5)));
    queries.put("page 2 of 3 of a group, by name", () -> ids(tasks().taskCandidateGroupIn(List.of("security", "legal"))
        .orderByTaskNameCaseInsensitive().asc().orderByTaskId().asc().listPage(3, 3)));
    queries.put("candidate groups of a task reached twice", () -> ids(tasks().taskCandidateGroupIn(List.of("security", "legal"))
        .taskName(TWO_GROUPS).list()));
    queries.put("involved user", () -> ids(tasks().taskInvolvedUser("demo-security").orderByTaskId().asc().list()));
    queries.put("ordered by a process variable", () -> ids(tasks().orderByProcessVariable("riskTier", ValueType.STRING).asc()
        .orderByTaskId().asc().listPage(0, 50)));
    queries.put("candidate user", () -> ids(tasks().taskCandidateUser("demo-security").orderByTaskId().asc().list()));
    queries.put("candidate group like", () -> ids(tasks().taskCandidateGroupLike("%al%").orderByTaskId().asc().list()));
    queries.put("with candidate groups, assigned too", () -> ids(tasks().withCandidateGroups().includeAssignedTasks()
        .orderByTaskId().asc().list()));
    queries.put("without candidate groups", () -> ids(tasks().withoutCandidateGroups().orderByTaskId().asc().list()));
    queries.put("candidate groups in two queries of a chain", () -> ids(tasks().taskCandidateGroup("security")
        .or().taskCandidateGroup("legal").taskName(TWO_GROUPS).endOr().list()));
    queries.put("candidate group and involved user", () -> ids(tasks().taskCandidateGroup("security")
        .taskInvolvedUser("demo-security").orderByTaskId().asc().list()));
    queries.put("count, candidate group like", () -> tasks().taskCandidateGroupLike("%al%").count());
    queries.put("count, candidate groups of a task reached twice", () -> tasks().taskCandidateGroupIn(List.of("security", "legal"))
        .taskName(TWO_GROUPS).count());
    queries.put("count, involved user", () -> tasks().taskInvolvedUser("demo-security").count());
    queries.put("count, candidate groups in two queries of a chain", () -> tasks().taskCandidateGroup("security")
        .or().taskCandidateGroup("legal").taskName(TWO_GROUPS).endOr().count());
    queries.put("count, candidate group and involved user", () -> tasks().taskCandidateGroup("security")
        .taskInvolvedUser("demo-security").count());
    queries.put("count, ordered by a process variable", () -> tasks().orderByProcessVariable("riskTier", ValueType.STRING).asc()
        .count());
    queries.put("count, or: assigned to me or in my groups", () -> tasks().or().taskAssignee("demo-security")
        .taskCandidateGroupIn(List.of("security", "legal")).endOr().count());
    for (Filter filter : filters) {
      queries.put("Tasklist filter " + filter.getName(), () -> ids(engine.getFilterService().list(filter.getId())));
      queries.put("Tasklist filter count " + filter.getName(), () -> engine.getFilterService().count(filter.getId()));
    }

    Map<String, Map<String, Object>> rewritten = answers(queries);
    assertThat(rewritten).isEqualTo(withEnginesOwnQuery(() -> answers(queries)));
    // and the answers are the ones isolation asks for, not two identical empty lists
    long open = engine.getTaskService().createTaskQuery().count();
    assertThat(rewritten.get("demo-manager").get("count")).as("managers read every task").isEqualTo(open);
    assertThat((long) rewritten.get("demo-security").get("count, candidate group security")).isPositive();
    assertThat(rewritten.get("demo-security").get("count, candidate group legal"))
        .as("of another group's tasks only the one that is security's too").isEqualTo(1L);
    @SuppressWarnings("unchecked")
    List<String> legalsTasks = (List<String>) rewritten.get("demo-legal").get("business key");
    @SuppressWarnings("unchecked")
    List<String> securitysTasks = (List<String>) rewritten.get("demo-security").get("business key");
    assertThat(legalsTasks).as("legal's review tasks of the procurement").isNotEmpty().doesNotContainAnyElementsOf(securitysTasks);
    assertThat(securitysTasks).isNotEmpty();
    assertThat((long) rewritten.get("demo-procurement").get("count")).as("the tier confirmation and procurement's review").isGreaterThan(1);
    assertThat(rewritten.get("biz-requester").get("count")).as("a requester has no tasks to do").isEqualTo(0L);
    assertThat(rewritten.get(BOTH_GROUPS).get("candidate groups of a task reached twice"))
        .as("a task reached through two groups is listed once").isEqualTo(List.of(twoGroupsTask));
    assertThat(rewritten.get(BOTH_GROUPS).get("count, candidate groups of a task reached twice"))
        .as("and counted once").isEqualTo(1L);
    assertThat(rewritten.get("demo-security").get("count, candidate group security"))
        .as("a task with two identical links is counted once").isEqualTo((long) ((List<?>) rewritten.get("demo-security")
            .get("candidate group security")).size());
    @SuppressWarnings("unchecked")
    List<String> securityGroup = (List<String>) rewritten.get("demo-security").get("candidate group security");
    assertThat(securityGroup).as("a task with two identical links is listed once").containsOnlyOnce(twoGroupsTask);
    assertThat(rewritten.get("demo-security").get("candidate user"))
        .as("a candidate user's tasks are those of the user's groups").isEqualTo(securityGroup);
    assertThat(rewritten.get("demo-security").get("candidate groups in two queries of a chain")).isEqualTo(List.of(twoGroupsTask));
    assertThat((List<?>) rewritten.get("demo-manager").get("candidate group like")).as("legal's tasks, matched by pattern").isNotEmpty();
    assertThat((List<?>) rewritten.get("demo-manager").get("page 2 of 5, newest first")).hasSize(5);
    assertThat((List<?>) rewritten.get("demo-manager").get("ordered by a process variable")).isNotEmpty();

    // an administrator's REVOKE switches every query to the engine's per-row revoke check
    String securityTask = securitysTasks.get(0);
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("demo-security"); // a user's own revoke outranks the group's grant
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(securityTask);
    revoke.removePermission(Permissions.READ);
    revoke = authorizations.saveAuthorization(revoke);
    try {
      Map<String, Map<String, Object>> revoked = answers(queries);
      @SuppressWarnings("unchecked")
      List<Object> securityAfterRevoke = (List<Object>) revoked.get("demo-security").get("business key");
      assertThat(revoked).isEqualTo(withEnginesOwnQuery(() -> answers(queries)));
      assertThat(securityAfterRevoke).as("the revoked task is hidden")
          .hasSize(securitysTasks.size() - 1).doesNotContain(securityTask);
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
    }

    // a count asks the user's own grants and the groups' grants apart (ADR 0009, sixth step):
    // a task only the user's own grant opens, and a group's grant on the definition key
    Task ownGrantOnly = engine.getTaskService().newTask();
    ownGrantOnly.setName("opened by a user's own grant");
    engine.getTaskService().saveTask(ownGrantOnly);
    String reviewKey = engine.getRepositoryService().getProcessDefinition(
        tasks().taskId(securityTask).singleResult().getProcessDefinitionId()).getKey();
    Authorization itsDefinitionGrant = authorizations.createAuthorizationQuery().groupIdIn("it")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(reviewKey).singleResult();
    assertThat(itsDefinitionGrant).as("every working group reads every stage's definition (LifecycleGrants)").isNotNull();
    Authorization own = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    Authorization ownOnDefinition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    try {
      ownOnDefinition.setUserId("demo-legal");
      ownOnDefinition.setResource(Resources.PROCESS_DEFINITION);
      ownOnDefinition.setResourceId(reviewKey);
      ownOnDefinition.addPermission(ProcessDefinitionPermissions.READ_TASK);
      authorizations.saveAuthorization(ownOnDefinition);
      engine.getTaskService().addCandidateGroup(ownGrantOnly.getId(), "legal");
      own.setUserId("demo-security");
      own.setResource(Resources.TASK);
      own.setResourceId(ownGrantOnly.getId());
      own.addPermission(Permissions.READ);
      authorizations.saveAuthorization(own);
      itsDefinitionGrant.addPermission(ProcessDefinitionPermissions.READ_TASK);
      authorizations.saveAuthorization(itsDefinitionGrant);

      Map<String, Map<String, Object>> granted = answers(queries);
      assertThat(granted).isEqualTo(withEnginesOwnQuery(() -> answers(queries)));
      assertThat(granted.get("demo-security").get("count, candidate group legal"))
          .as("legal's task the user's own grant opens, with the one that is security's too").isEqualTo(2L);
      assertThat(granted.get("demo-it").get("count, candidate group security"))
          .as("every security task of the review through the IT group's grant on its definition; not the task outside it")
          .isEqualTo((long) rewritten.get("demo-security").get("count, candidate group security") - 1);
      assertThat(granted.get("demo-legal").get("count, candidate group security"))
          .as("and through a user's own grant on the definition, with the task legal shares with security")
          .isEqualTo(rewritten.get("demo-security").get("count, candidate group security"));
    } finally {
      if (own.getId() != null) {
        authorizations.deleteAuthorization(own.getId());
      }
      if (ownOnDefinition.getId() != null) {
        authorizations.deleteAuthorization(ownOnDefinition.getId());
      }
      itsDefinitionGrant.removePermission(ProcessDefinitionPermissions.READ_TASK);
      authorizations.saveAuthorization(itsDefinitionGrant);
      engine.getTaskService().deleteTask(ownGrantOnly.getId(), true);
    }
  }

  /** What {@code answers} gives while the engine's statements are not mapped to the rewritten ones. */
  private <T> T withEnginesOwnQuery(Supplier<T> answers) {
    DbSqlSessionFactory statements = configuration().getDbSqlSessionFactory();
    Map<String, String> mappings = statements.getStatementMappings();
    Map<String, String> engineOwn = new LinkedHashMap<>(mappings);
    engineOwn.remove("selectTaskByQueryCriteria");
    engineOwn.remove("selectTaskCountByQueryCriteria");
    statements.setStatementMappings(engineOwn);
    try {
      return answers.get();
    } finally {
      statements.setStatementMappings(mappings);
    }
  }

  private Map<String, Map<String, Object>> answers(Map<String, Supplier<Object>> queries) {
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> user : USERS.entrySet()) {
      engine.getIdentityService().setAuthentication(user.getKey(), user.getValue());
      try {
        Map<String, Object> mine = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
          try {
            mine.put(name, query.get());
          } catch (AuthorizationException e) {
            mine.put(name, "refused"); // Tasklist's filters are for the product's groups, not requesters
          }
        });
        answers.put(user.getKey(), mine);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    return answers;
  }

  private TaskQuery tasks() {
    return engine.getTaskService().createTaskQuery();
  }

  private static List<String> ids(List<? extends Task> tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.getId()));
    return ids;
  }

  /** The SQL the rewritten page statement sends for a query, as MyBatis binds it. */
  private String pageSql(TaskQuery query) {
    return configuration().getSqlSessionFactory().getConfiguration()
        .getMappedStatement(TaskQueryAuthorization.NAMESPACE + "." + TaskQueryAuthorization.LIST + TaskQueryAuthorization.SUFFIX)
        .getBoundSql(query).getSql().replaceAll("\\s+", " ");
  }

  /** The SQL the rewritten count statement sends for a query, as MyBatis binds it. */
  private String countSql(TaskQuery query) {
    return configuration().getSqlSessionFactory().getConfiguration()
        .getMappedStatement(TaskQueryAuthorization.NAMESPACE + "." + TaskQueryAuthorization.COUNT + TaskQueryAuthorization.SUFFIX)
        .getBoundSql(query).getSql().replaceAll("\\s+", " ").strip();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
