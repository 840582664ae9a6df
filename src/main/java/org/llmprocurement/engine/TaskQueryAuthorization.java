package org.llmprocurement.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a task query's authorizations with a semi-join ({@code EXISTS}) instead of the engine's
 * join of every candidate task with the caller's grants, and asks a page or a count without
 * {@code DISTINCT} where its rows cannot repeat a task.
 *
 * <p>Camunda 7.24's task query (its MyBatis mapping {@code Task.xml}) joins the caller's grants on
 * {@code AUTH.RESOURCE_ID_ IN (task id, definition key, '*')} and then counts {@code DISTINCT} task
 * ids. With a grant per review task (ADR 0005) a reviewer's count joins every open task of the group
 * with the grants and de-duplicates the result; the join condition cannot be hashed, so PostgreSQL
 * probes the grants once per task and sorts the joined rows. This plugin keeps the engine's task
 * query word for word except for that check: the join is dropped and the {@code WHERE} clause asks
 * whether a grant exists for {@code '*'}, the task or its definition key (same grants, same
 * permission bits, same user and groups, so the same tasks are visible; {@code
 * TaskQueryAuthorizationTest} compares both answers for every demo user). The Operaton fork and
 * CIB seven made the same change in their engines.
 *
 * <p>A candidate group's (user's, group pattern's) links are asked with {@code EXISTS} instead of the
 * engine's join where the query names the link row only there ({@link #linksAsExists}). A page or
 * count that then joins neither the candidate links nor a variable is asked without {@code DISTINCT}
 * (its rows are one per task) ({@link #DISTINCT_CHECK}): PostgreSQL can then walk a page's tasks in
 * its order and stop after its rows instead of sorting every matching task first, and counts the
 * matching rows instead of de-duplicating them first.
 *
 * <p>How: the engine's own {@code Task.xml} is read from the engine jar at start-up, its task-query
 * statements are copied into a mapper namespace of ours with seven snippets replaced (the grant join
 * and its condition, the candidate-link join and its condition, the page's {@code select
 * ${distinct}}, which also reads the engine's test for the candidate-link join, and the count's
 * opening and closing of its {@code DISTINCT}), and the
 * engine's statement names are mapped onto the copies ({@code DbSqlSessionFactory} statement
 * mappings, the engine's mechanism for database-specific statements). Nothing of the engine's
 * mapping is kept in this repository, so an engine upgrade brings its own task query along; if an
 * upgrade changes any of them, the rewrite finds it missing, the engine's own query stays in use
 * and a warning is logged ({@code TaskQueryAuthorizationTest} fails on such an upgrade).
 *
 * <p>Applies to PostgreSQL and H2, the databases the product is tested on; other databases (and
 * queries while a REVOKE authorization exists, which take the engine's per-row revoke check) keep
 * the engine's query. Measurements: docs/adr/0009-task-query-authorization-exists.md.
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryAuthorization.class);

  /** The engine's mapping the task query is read from (in camunda-engine's jar). */
  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  /** The engine's namespace of that mapping. */
  static final String ENGINE_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  /** The namespace of the rewritten statements. */
  static final String NAMESPACE = "org.llmprocurement.engine.TaskQueryAuthorization";
  /** The engine's statement names that the rewritten ones replace: the page and the count. */
  static final String LIST = "selectTaskByQueryCriteria";
  static final String COUNT = "selectTaskCountByQueryCriteria";
  /** Suffix of the rewritten statements' names. */
  static final String SUFFIX = "_authorizationExists";
  /** Binding that tells the shared {@code WHERE} fragment whether it serves the count. */
  static final String COUNTING = "authorizationCheckForCount";
  /** Database types (the engine's names) the rewrite is tested on. */
  static final Set<String> DATABASES = Set.of("postgres", "h2");

  /** The engine's grant join inside the task query: removed. */
  private static final Pattern AUTH_JOIN = Pattern.compile(
      "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity\\.authCheckJoinWithoutOnClause\"\\s*/>"
          + "\\s*AUTH ON \\(AUTH\\.RESOURCE_ID_ \\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_ "
          + "\\$\\{authJoinSeparator} '\\*' \\$\\{authJoinEnd}\\)");
  /** The engine's check of that join in the WHERE clause: replaced by {@link #CHECK}. */
  private static final Pattern AUTH_CONDITION = Pattern.compile(
      "<include refid=\"org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.entity\\.AuthorizationEntity\\.contextualAuthorizationCheck\"\\s*/>");

  /**
   * The replacement check: while revoke checks are on, the engine's own per-row check (it never used
   * the join); otherwise "a grant of the user, {@code '*'} or one of the user's groups with the
   * permission bits exists on {@code '*'}, on the task or on its process definition key". The
   * {@code '*'} grant comes first: it does not depend on the task, so PostgreSQL evaluates it once per
   * query and a manager's query (who reads every task through it) checks nothing per task. The rest
   * differs by statement (measured, docs/adr/0009-task-query-authorization-exists.md): the count
   * checks every candidate task, so it asks {@code EXISTS} by plain equality, which PostgreSQL
   * answers from a hash of the caller's grants built once, and asks the user's own grants and the
   * groups' grants separately (the same grants: "user or group" and "with the permission bits"
   * distribute), so that each hash is read from an index: the user's from the engine's unique index
   * on type and user, the groups' from {@code llmp_idx_auth_group_grant} without visiting the table
   * ({@link EngineIndexes}; sixth step of the ADR); the page stops after its rows when it
   * can walk tasks in order, so it asks one {@code EXISTS} per task, an index probe each. Case tasks
   * stay visible when the engine would left-join (CMMN enabled), as in the engine's check.
   */
  private static final String CHECK = """
      <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
        <choose>
          <when test="authCheck.revokeAuthorizationCheckEnabled">
            <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />
          </when>
          <otherwise>
            and (
            <if test="authCheck.useLeftJoin">RES.CASE_EXECUTION_ID_ IS NOT NULL OR</if>
            exists (<include refid="%1$s.callersGrant" /> and A.RESOURCE_ID_ = '*')
            <choose>
              <when test="%2$s">
                <bind name="callerInGroups" value="authCheck.authGroupIds != null &amp;&amp; authCheck.authGroupIds.size > 0" />
                or exists (<include refid="%1$s.callersOwnGrant" /> and A.RESOURCE_ID_ = RES.ID_)
                <if test="callerInGroups">or exists (<include refid="%1$s.callersGroupsGrant" /> and A.RESOURCE_ID_ = RES.ID_)</if>
                or exists (<include refid="%1$s.callersOwnGrant" /> and A.RESOURCE_ID_ = D.KEY_)
                <if test="callerInGroups">or exists (<include refid="%1$s.callersGroupsGrant" /> and A.RESOURCE_ID_ = D.KEY_)</if>
              </when>
              <otherwise>
                or exists (<include refid="%1$s.callersGrant" /> and A.RESOURCE_ID_ in (RES.ID_, D.KEY_))
              </otherwise>
            </choose>
            )
          </otherwise>
        </choose>
      </if>
      """.formatted(NAMESPACE, COUNTING);

  /** The page's select list: {@code DISTINCT} is kept only where the page's joins can repeat a task. */
  private static final Pattern PAGE_DISTINCT = Pattern.compile("select \\$\\{distinct}");
  /** The count's opening ({@code SELECT COUNT(*) FROM (SELECT DISTINCT} on PostgreSQL): kept only where the joins can repeat a task. */
  private static final Pattern COUNT_DISTINCT_START = Pattern.compile(
      "\\$\\{countDistinctBeforeStart} RES\\.ID_ \\$\\{countDistinctBeforeEnd}");
  /** The count's closing ({@code ) countDistinct} on PostgreSQL), which belongs to that opening. */
  private static final Pattern COUNT_DISTINCT_END = Pattern.compile("\\$\\{countDistinctAfterEnd}");
  /** The engine's test, per query of an {@code or} chain, for joining the candidate links ({@code I_JOIN}). */
  private static final Pattern LINK_JOIN_TEST = Pattern.compile(
      "<if test=\"([^\"]+)\">\\s*<bind name=\"I_JOIN\" value=\"true\"\\s*/>\\s*</if>");
  /** A table the task query joins: table, alias and condition. */
  private static final Pattern TABLE_JOIN = Pattern.compile("\\$\\{prefix}(ACT_[A-Z_]+)\\s+(\\w+)\\s+on\\s+([^\\n<]+?)\\s*\\n");
  /**
   * The joins {@link #DISTINCT_CHECK} knows: the candidate links, which can repeat a
   * task, and the others, each by a primary key and so one row per task. An engine whose query joins
   * anything else keeps its own query: leaving out {@code DISTINCT} would then be a guess.
   */
  static final Set<String> KNOWN_JOINS = Set.of(
      "ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_",
      "ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_",
      "ACT_RU_EXECUTION E on RES.PROC_INST_ID_ = E.ID_",
      "ACT_RE_CASE_DEF CD on RES.CASE_DEF_ID_ = CD.ID_",
      "ACT_RU_CASE_EXECUTION CE on RES.CASE_INST_ID_ = CE.ID_",
      "ACT_RU_EXECUTION E1 on RES.EXECUTION_ID_ = E1.ID_");
  /** Binding that says whether the query's rows may repeat a task, so that its page or count needs {@code DISTINCT}. */
  static final String NEEDS_DISTINCT = "rowsMayRepeatTask";

  /** Binding that says whether the query's candidate-link condition is asked as {@code EXISTS} ({@link #linksAsExists}). */
  static final String LINKS_AS_EXISTS = "candidateLinksAsExists";
  /** The engine's candidate-link join, taken only while the condition is not asked as {@code EXISTS}. */
  private static final Pattern LINK_JOIN = Pattern.compile(
      "<if test=\"I_JOIN\">(?=\\s*(?:<!--.*?-->\\s*)?left join \\$\\{prefix}ACT_RU_IDENTITYLINK I on I\\.TASK_ID_ = RES\\.ID_\\s*</if>)",
      Pattern.DOTALL);
  /**
   * The places the engine's task query names the joined link row {@code I} other than the
   * candidate-link condition: the join itself, the involved user's condition (for which the join is
   * kept) and the sub-selects of "without candidate groups/users", which have a link alias {@code I}
   * of their own. Any other reference (an engine upgrade adding a condition on the link row) keeps
   * the engine's query, since the {@code EXISTS} would not cover it.
   */
  private static final Pattern OTHER_LINK_USES = Pattern.compile(
      "ACT_RU_IDENTITYLINK I on I\\.TASK_ID_ = RES\\.ID_"
          + "|\\(I\\.USER_ID_ = #\\{query\\.involvedUser} or"
          + "|NOT EXISTS \\(\\s*select 1\\s*from \\$\\{prefix}ACT_RU_IDENTITYLINK I\\s*<where>[^()]*?</where>\\s*\\)");
  /** A reference to a column of the link row {@code I}. */
  private static final Pattern LINK_COLUMN = Pattern.compile("(?<![\\w.])I\\.[A-Z_]+");

  /**
   * The engine's candidate-link condition of one query: link type, user or groups, with group or user.
   * Every condition on the link row of a query except the involved user's is in this block.
   */
  private static final Pattern LINK_CONDITION = Pattern.compile(
      "and I\\.TYPE_ = 'candidate'\\s*<if test=\"query\\.candidateUser != null.*?"
          + "<if test=\"query\\.withCandidateUsers\">\\s*and I\\.USER_ID_ is not null\\s*</if>", Pattern.DOTALL);

  /**
   * Decides {@link #NEEDS_DISTINCT} before the page's or the count's {@code select}, with the engine's
   * own test for the candidate-link join ({@link #LINK_JOIN_TEST}): a query repeats a task only through that join
   * (a task reached by two of its links) or through the variable table an order by a variable's
   * value joins. Every other join of the task query is by a primary key (process definition,
   * execution, case definition, case execution), one row per task ({@link #KNOWN_JOINS}, checked
   * against the engine's mapping at start-up). The engine writes {@code SELECT DISTINCT} for
   * every page; PostgreSQL 15 then reads and sorts every matching task before it returns the first
   * rows (the manager's page at 10,000 procurements in review: 48-52 ms), where without it it walks
   * the tasks in the page's order and stops after them (1.1 ms; ADR 0009). A count without it counts
   * the matching rows instead of hashing every matching task's id first (a reviewer's count at 10,000
   * procurements in review: 105-150 ms instead of 127-176 ms in the database; ADR 0009, fourth step).
   */
  private static final String DISTINCT_CHECK = """
      <bind name="%1$s" value="false" />
      <if test="!%3$s">
        <foreach collection="queries" item="query">
          <if test="%2$s"><bind name="%1$s" value="true" /></if>
        </foreach>
      </if>
      <foreach collection="orderingProperties" item="orderingProperty">
        <if test="orderingProperty.relation != null"><bind name="%1$s" value="true" /></if>
      </foreach>
      """;

  /**
   * The caller's grants with the query's permission bits: the engine's own conditions (Authorization.xml),
   * for the user and the groups together ({@code callersGrant}) and, for counts, each on its own
   * ({@code callersOwnGrant}, {@code callersGroupsGrant}). {@code TYPE_ in (0, 1)} is the engine's
   * {@code TYPE_ < 2} (global and grant; the engine writes no other type below revoke, 2) in the form
   * PostgreSQL can look up in the engine's unique index that begins with {@code TYPE_, USER_ID_}.
   */
  private static final String CALLERS_GRANT = """
      <sql id="withPermissionBits">
        <bind name="atomicChecks" value="authCheck.permissionChecks.atomicChecks" />
        <bind name="disjunctive" value="authCheck.permissionChecks.disjunctive" />
        <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.atomicChecksOnResourceTypeAndPerms" />
      </sql>
      <sql id="callersGrant">
        <bind name="authGroupIds" value="authCheck.authGroupIds" />
        select 1 from ${prefix}ACT_RU_AUTHORIZATION A
        where A.TYPE_ &lt; 2
        and (A.USER_ID_ in (#{authCheck.authUserId, jdbcType=VARCHAR}, '*')
        <if test="authGroupIds != null &amp;&amp; authGroupIds.size > 0">
          or A.GROUP_ID_ in <foreach item="item" index="index" collection="authGroupIds" open="(" separator="," close=")">#{item}</foreach>
        </if>
        )
        <include refid="withPermissionBits" />
      </sql>
      <sql id="callersOwnGrant">
        select 1 from ${prefix}ACT_RU_AUTHORIZATION A
        where A.TYPE_ in (0, 1)
        and A.USER_ID_ in (#{authCheck.authUserId, jdbcType=VARCHAR}, '*')
        <include refid="withPermissionBits" />
      </sql>
      <sql id="callersGroupsGrant">
        select 1 from ${prefix}ACT_RU_AUTHORIZATION A
        where A.TYPE_ in (0, 1)
        and A.GROUP_ID_ in <foreach item="item" index="index" collection="authCheck.authGroupIds" open="(" separator="," close=")">#{item}</foreach>
        <include refid="withPermissionBits" />
      </sql>
      """;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      LOG.info("Task queries keep the engine's authorization join on {}", configuration.getDatabaseType());
      return;
    }
    DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = new HashMap<>(Optional.ofNullable(statements.getStatementMappings()).orElse(Map.of()));
    if (mappings.containsKey(LIST) || mappings.containsKey(COUNT)) {
      LOG.warn("Task queries keep the engine's authorization join: the engine maps them itself on {}", configuration.getDatabaseType());
      return;
    }
    Optional<String> mapper = rewrite(readEngineMapping());
    if (mapper.isEmpty()) {
      LOG.warn("Task queries keep the engine's authorization join: {} no longer has the expected join "
          + "(engine upgrade?); see docs/adr/0009-task-query-authorization-exists.md", ENGINE_TASK_MAPPING);
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    String resource = NAMESPACE.replace('.', '/') + ".xml";
    if (!mybatis.isResourceLoaded(resource)) {
      new XMLMapperBuilder(new ByteArrayInputStream(mapper.get().getBytes(StandardCharsets.UTF_8)), mybatis, resource,
          mybatis.getSqlFragments()).parse();
    }
    mappings.put(LIST, LIST + SUFFIX);
    mappings.put(COUNT, COUNT + SUFFIX);
    statements.setStatementMappings(mappings);
    LOG.info("Task queries check authorizations with EXISTS and ask pages and counts without DISTINCT where no join repeats a task"
        + " ({} and {} mapped)", LIST, COUNT);
  }

  /**
   * Whether a task query's candidate-link condition may be asked as {@code EXISTS} over the task's
   * links instead of the engine's join of every link, which repeats a task once per matching link and
   * so needs {@code DISTINCT} (ADR 0009, third step). True when exactly one query of the ({@code or})
   * chain has a candidate condition (candidate user, groups, group pattern, with candidate groups or
   * users) and none asks for an involved user, the only other condition on the link row. The
   * condition then occurs once, under {@code AND}/{@code OR} only, and "some link of the task
   * satisfies the query" equals the query with "some link satisfies the candidate condition" in its
   * place: the same tasks, each once.
   *
   * @param queries the query and its {@code or} queries ({@code TaskQueryImpl.getQueries()}), as the
   *     engine's mapping iterates them
   */
  public static boolean linksAsExists(List<TaskQueryImpl> queries) {
    if (queries == null) {
      return false;
    }
    int withCandidates = 0;
    for (TaskQueryImpl query : queries) {
      if (query == null) {
        continue;
      }
      if (query.getInvolvedUser() != null) {
        return false;
      }
      if (query.getCandidateUser() != null || query.getCandidateGroups() != null || query.getCandidateGroupLike() != null
          || Boolean.TRUE.equals(query.isWithCandidateGroups()) || Boolean.TRUE.equals(query.isWithCandidateUsers())) {
        withCandidates++;
      }
    }
    return withCandidates == 1;
  }

  /** The engine's task mapping as text; fails when the engine jar lacks it (not a Camunda 7 engine). */
  static String readEngineMapping() {
    try (InputStream in = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(ENGINE_TASK_MAPPING)) {
      if (in == null) {
        throw new IllegalStateException("The engine's task mapping " + ENGINE_TASK_MAPPING + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + ENGINE_TASK_MAPPING, e);
    }
  }

  /**
   * A MyBatis mapper (XML text) holding the engine's task page and count statements, renamed with
   * {@link #SUFFIX}, and their shared {@code WHERE} fragment with the grant join replaced by the
   * {@code EXISTS} check, the page's and the count's {@code DISTINCT} only where their rows can repeat a task; empty
   * when the engine's mapping lacks either statement or a snippet appears other than exactly once.
   *
   * @param engineMapping the engine's {@code Task.xml}
   */
  static Optional<String> rewrite(String engineMapping) {
    Optional<String> list = element(engineMapping, "select", LIST);
    Optional<String> count = element(engineMapping, "select", COUNT);
    Optional<String> criteria = element(engineMapping, "sql", "selectTaskByQueryCriteriaSql");
    if (list.isEmpty() || count.isEmpty() || criteria.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> withoutJoin = replaceOnce(criteria.get(), AUTH_JOIN, "");
    boolean linksKnown = !LINK_COLUMN.matcher(
        OTHER_LINK_USES.matcher(LINK_CONDITION.matcher(criteria.get()).replaceAll("")).replaceAll("")).find();
    Optional<String> withCheck = withoutJoin.filter(sql -> linksKnown).flatMap(sql -> replaceOnce(sql, AUTH_CONDITION, CHECK))
        .flatMap(sql -> replaceOnce(sql, LINK_JOIN, "<if test=\"I_JOIN and !" + LINKS_AS_EXISTS + "\">"))
        .flatMap(sql -> replaceOnce(sql, LINK_CONDITION, condition -> "<if test=\"" + LINKS_AS_EXISTS + "\">"
            + "and exists (select 1 from ${prefix}ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ </if>"
            + condition + "<if test=\"" + LINKS_AS_EXISTS + "\">)</if>"));
    Optional<String> linkJoinTest = onlyMatch(criteria.get(), LINK_JOIN_TEST)
        .filter(test -> KNOWN_JOINS.equals(joins(criteria.get())));
    Optional<String> page = linkJoinTest.flatMap(test -> replaceOnce(list.get(), PAGE_DISTINCT,
            DISTINCT_CHECK.formatted(NEEDS_DISTINCT, test, LINKS_AS_EXISTS) + "select <if test=\"" + NEEDS_DISTINCT + "\">${distinct}</if>"));
    Optional<String> counted = linkJoinTest.flatMap(test -> replaceOnce(count.get(), COUNT_DISTINCT_START,
            start -> DISTINCT_CHECK.formatted(NEEDS_DISTINCT, test, LINKS_AS_EXISTS) + "<choose><when test=\"" + NEEDS_DISTINCT
                + "\">" + start + "</when><otherwise>select count(RES.ID_)</otherwise></choose>"))
        .flatMap(sql -> replaceOnce(sql, COUNT_DISTINCT_END, end -> "<if test=\"" + NEEDS_DISTINCT + "\">" + end + "</if>"));
    if (withCheck.isEmpty() || page.isEmpty() || counted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("""
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE mapper PUBLIC "-//mybatis.org//DTD Mapper 3.0//EN" "http://mybatis.org/dtd/mybatis-3-mapper.dtd">
        <mapper namespace="%s">
        %s
        %s
        %s
        %s
        </mapper>
        """.formatted(NAMESPACE, CALLERS_GRANT, renamed(page.get(), LIST), renamed(counted.get(), COUNT), withCheck.get()));
  }

  /**
   * A statement of the engine under our name, its references to the engine's namespace made
   * explicit, with the binding {@link #COUNTING} set at its start.
   */
  private static String renamed(String statement, String id) {
    return statement
        .replaceFirst(">", "><bind name=\"" + COUNTING + "\" value=\"" + id.equals(COUNT) + "\" />"
            + "<bind name=\"" + LINKS_AS_EXISTS + "\" value=\"@" + TaskQueryAuthorization.class.getName() + "@linksAsExists(queries)\" />")
        .replace("id=\"" + id + "\"", "id=\"" + id + SUFFIX + "\"")
        .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + ENGINE_NAMESPACE + ".taskResultMap\"")
        .replace("refid=\"columnSelection\"", "refid=\"" + ENGINE_NAMESPACE + ".columnSelection\"");
  }

  private static Optional<String> element(String xml, String tag, String id) {
    Matcher m = Pattern.compile("<" + tag + " id=\"" + Pattern.quote(id) + "\"[^>]*>.*?</" + tag + ">", Pattern.DOTALL)
        .matcher(xml);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The tables the query fragment joins, as "TABLE alias on condition". */
  static Set<String> joins(String criteria) {
    Set<String> joins = new HashSet<>();
    Matcher m = TABLE_JOIN.matcher(criteria);
    while (m.find()) {
      joins.add(m.group(1) + " " + m.group(2) + " on " + m.group(3));
    }
    return joins;
  }

  /** The first group of the pattern's one match in the text; empty when it matches other than once. */
  private static Optional<String> onlyMatch(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String group = m.group(1);
    return m.find() ? Optional.empty() : Optional.of(group);
  }

  private static Optional<String> replaceOnce(String text, Pattern pattern, String replacement) {
    return replaceOnce(text, pattern, match -> replacement);
  }

  /** The text with the pattern's one match replaced by what {@code replacement} makes of it; empty when it matches other than once. */
  private static Optional<String> replaceOnce(String text, Pattern pattern, UnaryOperator<String> replacement) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start();
    int end = m.end();
    if (m.find()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(0, start) + replacement.apply(text.substring(start, end)) + text.substring(end));
  }
}
