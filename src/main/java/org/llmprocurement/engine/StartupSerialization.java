package org.llmprocurement.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment on one PostgreSQL database start one after the other. A node
 * takes a PostgreSQL session-level advisory lock ({@code pg_advisory_lock}, key {@link #LOCK_KEY})
 * before its engine is built and holds it until the application is ready: creating Camunda's
 * schema, deploying the models, migrating running instances, writing the groups, users,
 * authorizations and Tasklist filters (identity bootstrap and the stages' grants) and starting
 * missing contract lives all happen under it. Each of these checks before it writes, so the next
 * node, once it has the lock, finds everything in place and writes nothing. Without it, two nodes
 * starting together on an empty database both insert the same authorization and one stops with
 * {@code act_uniq_auth_group} (issue 15; the fault suite starts two nodes at once to prove it).
 *
 * <p>A node that dies while holding the lock releases it with its connection (PostgreSQL ends the
 * session). A node that waits longer than {@code llmp.startup.lock-wait} (default 10 minutes) for
 * a hung one logs a warning and starts anyway. On H2 nothing is locked: an H2 file database is
 * opened by one process only. Engine internals: a process engine plugin is the one hook that runs
 * before the engine creates its schema and deploys.
 */
@Component
public class StartupSerialization extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSerialization.class);

  /** The advisory lock's key, "LLMP" in ASCII; another application on the same database must not use it. */
  public static final long LOCK_KEY = 0x4C4C4D50L;

  private final DataSource dataSource;
  private final Duration maxWait;
  private Connection held;

  StartupSerialization(DataSource dataSource, @Value("${llmp.startup.lock-wait:PT10M}") Duration maxWait) {
    this.dataSource = dataSource;
    this.maxWait = maxWait;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Takes the start-up lock (PostgreSQL only), waiting for a node that holds it; see the class comment. */
  synchronized void acquire() {
    if (held != null) {
      return;
    }
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long t0 = System.nanoTime();
      long until = t0 + maxWait.toNanos();
      boolean logged = false;
      while (!tryLock(connection)) {
        if (System.nanoTime() > until) {
          LOG.warn("Start-up lock still held by another node after {}: starting without it", maxWait);
          connection.close();
          return;
        }
        if (!logged) {
          LOG.info("Another node is starting on this database; waiting for it to finish its start-up");
          logged = true;
        }
        Thread.sleep(250);
      }
      held = connection;
      if (logged) {
        LOG.info("Start-up lock taken after {} ms", (System.nanoTime() - t0) / 1_000_000);
      }
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close(connection);
      throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_KEY + ")")) {
      return result.next() && result.getBoolean(1);
    }
  }

  /** Lets the next node start once this one is ready (after every other ready listener, e.g. the contract-life backfill). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Statement statement = held.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock ({}); it goes with the connection", e.getMessage());
    }
    close(held);
    held = null;
  }

  /** A start that failed (or a shutdown before ready) releases the lock too. */
  @Override
  public void destroy() {
    release();
  }

  private static void close(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // the lock goes with the session anyway
    }
  }
}
