package org.llmprocurement.engine;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plans the engine's criteria queries (task lists, counts, history and instance queries) for their
 * actual values on every call, and lets every other engine statement reuse its plan.
 *
 * <p>pgjdbc prepares a statement on the server after five uses of the same SQL on a connection
 * ({@code prepareThreshold}, default 5), and PostgreSQL then reuses a plan made without the values.
 * That is what a point read or a write wants (the same index lookup every time; about 0.1–0.3 ms of
 * planning saved per statement, 30–40 statements per review completion). It is not what a criteria
 * query wants: its permission bits and candidate groups are parameters, and a plan made without them
 * ignores the statistics the authorization check needs (ADR 0005, decision 3: the reviewer's list
 * doubled). So every MyBatis statement whose name has the engine's {@code ByQueryCriteria} (the
 * page and count statements behind every {@code createXQuery()}, Tasklist's filters and the REST
 * lists, including our rewritten task query's {@code selectTaskByQueryCriteria_authorizationExists})
 * is sent unprepared, as {@code prepareThreshold=0} did for all statements before (ADR 0012).
 *
 * <p>Applies on PostgreSQL only (other drivers have no such threshold); statements the driver does
 * not unwrap to {@link PGStatement} are left alone. Engine internals: a MyBatis interceptor on the
 * engine's SQL session factory, added by a process-engine plugin after the engine built it.
 */
@Component
public class CriteriaQueryPlans extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(CriteriaQueryPlans.class);

  /** The part of a MyBatis statement name that marks the engine's criteria queries (page and count). */
  static final String CRITERIA = "ByQueryCriteria";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new PlanPerCall());
    LOG.info("Engine criteria queries ({}) are planned for their values on every call; other statements reuse their plans"
        + " (docs/adr/0012-plans-reused-except-criteria-queries.md)", CRITERIA);
  }

  /** Whether the statement of this MyBatis name is planned on every call. */
  static boolean plannedPerCall(String statementId) {
    return statementId != null && statementId.contains(CRITERIA);
  }

  /**
   * Sets pgjdbc's per-statement {@code prepareThreshold} to 0 (never prepared on the server) on the
   * JDBC statement MyBatis prepares for a criteria query.
   */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class PlanPerCall implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object statement = invocation.proceed();
      if (statement instanceof Statement jdbc && plannedPerCall(statementId(invocation.getTarget()))) {
        unprepared(jdbc);
      }
      return statement;
    }

    @Override
    public Object plugin(Object target) {
      return target instanceof StatementHandler ? Plugin.wrap(target, this) : target;
    }

    @Override
    public void setProperties(Properties properties) {
      // no settings
    }
  }

  /**
   * The MyBatis statement name a handler runs (its delegate's mapped statement), or null. Runs for
   * every statement the engine sends, so it reads MyBatis' two fields directly
   * ({@code RoutingStatementHandler.delegate}, {@code BaseStatementHandler.mappedStatement}) instead
   * of through a {@code MetaObject}, which took 6–9 % of the application's CPU in an empty Tasklist
   * filter call (ADR 0012); a handler of another shape falls back to the {@code MetaObject}.
   */
  static String statementId(Object handler) {
    Object mapped = HandlerFields.mappedStatement(handler);
    if (mapped == null) {
      mapped = viaMetaObject(handler);
    }
    return mapped instanceof MappedStatement statement ? statement.getId() : null;
  }

  private static Object viaMetaObject(Object handler) {
    MetaObject meta = SystemMetaObject.forObject(handler);
    return meta.hasGetter("delegate") ? meta.getValue("delegate.mappedStatement")
        : meta.hasGetter("mappedStatement") ? meta.getValue("mappedStatement") : null;
  }

  /** MyBatis' handler fields, looked up once; null where a MyBatis version names them otherwise. */
  private static final class HandlerFields {
    static final Field DELEGATE = field(RoutingStatementHandler.class, "delegate");
    static final Field MAPPED_STATEMENT = field(BaseStatementHandler.class, "mappedStatement");

    private static Field field(Class<?> type, String name) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (ReflectiveOperationException | RuntimeException e) {
        LOG.warn("MyBatis' {}.{} not readable ({}); statement names are read through a MetaObject", type.getSimpleName(), name, e.toString());
        return null;
      }
    }

    /** The handler's mapped statement, or null when the fields are unknown or the handler has another shape. */
    static Object mappedStatement(Object handler) {
      if (DELEGATE == null || MAPPED_STATEMENT == null) {
        return null;
      }
      Object handling = handler instanceof RoutingStatementHandler ? read(DELEGATE, handler) : handler;
      return handling instanceof BaseStatementHandler ? read(MAPPED_STATEMENT, handling) : null;
    }

    private static Object read(Field field, Object target) {
      try {
        return field.get(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Never prepares this statement on the server, so PostgreSQL plans it with its values each time. */
  static void unprepared(Statement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }
}
