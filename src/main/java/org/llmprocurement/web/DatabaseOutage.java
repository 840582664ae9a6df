package org.llmprocurement.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a failure caused by the database being unreachable (stopped, restarting, failing over
 * or refusing connections) rather than by the request: anywhere in the cause chain a JDBC connection
 * failure ({@link SQLTransientConnectionException}, e.g. Hikari's "Connection is not available,
 * request timed out"; {@link SQLNonTransientConnectionException}; an {@link SQLException} whose SQL
 * state is in class 08 "connection exception" or one of PostgreSQL's 57P01 admin shutdown, 57P02
 * crash shutdown, 57P03 cannot connect now; or HikariCP's "Connection is closed", which it throws,
 * without a state, for a connection it has already found broken, e.g. when a transaction cut off
 * by a restart is rolled back), or Spring's and Hibernate's wrappers of those
 * ({@code CannotCreateTransactionException}, {@code DataAccessResourceFailureException},
 * {@code JDBCConnectionException}). Matched by class name, so this package needs no JDBC driver,
 * Hibernate or Spring-JDBC types. SQL states: SQL standard / PostgreSQL appendix A "Error codes".
 */
public final class DatabaseOutage {

  private static final Set<String> WRAPPERS = Set.of(
      "org.springframework.transaction.CannotCreateTransactionException",
      "org.springframework.dao.DataAccessResourceFailureException",
      "org.springframework.jdbc.CannotGetJdbcConnectionException",
      "org.hibernate.exception.JDBCConnectionException");

  /** HikariCP 6 (ProxyConnection.ClosedConnection): a pooled connection used after the pool closed it. */
  private static final String HIKARI_CLOSED = "Connection is closed";

  private static final Set<String> POSTGRES_SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseOutage() {}

  /** Whether {@code failure} or any of its causes says the database could not be reached (null: false). */
  public static boolean causedBy(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && (sql.getSQLState() != null
          ? sql.getSQLState().startsWith("08") || POSTGRES_SHUTDOWN_STATES.contains(sql.getSQLState())
          : HIKARI_CLOSED.equals(sql.getMessage()))) {
        return true;
      }
      for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
        if (WRAPPERS.contains(type.getName())) {
          return true;
        }
      }
    }
    return false;
  }
}
