package org.llmprocurement.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local PostgreSQL server of the fault suite (127.0.0.1:5432, user postgres, trust
 * authentication, as in CI): databases created and dropped by the suite, queries by plain JDBC,
 * restarts through {@code pg_ctlcluster} and backups through {@code pg_dump}/{@code pg_restore}.
 */
final class Postgres {

  static final String HOST = System.getProperty("faults.pg.host", "127.0.0.1");
  static final int PORT = Integer.getInteger("faults.pg.port", 5432);
  static final String USER = System.getProperty("faults.pg.user", "postgres");

  private Postgres() {}

  static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  /** Creates an empty database named {@code prefix_<time>} and returns its name. */
  static String createDatabase(String prefix) {
    String name = prefix + "_" + System.currentTimeMillis();
    execute("postgres", "CREATE DATABASE " + name);
    return name;
  }

  /** Drops the database, ending its remaining connections first (PostgreSQL 13+). */
  static void dropDatabase(String name) {
    try {
      execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (RuntimeException e) {
      System.err.println("could not drop " + name + ": " + e.getMessage());
    }
  }

  static void execute(String database, String sql) {
    try (Connection c = DriverManager.getConnection(url(database), USER, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The single number a query answers (e.g. a count). */
  static long number(String database, String sql) {
    List<List<String>> rows = rows(database, sql);
    return Long.parseLong(rows.get(0).get(0));
  }

  /** Every row of a query, each column as text (null stays null). */
  static List<List<String>> rows(String database, String sql) {
    try (Connection c = DriverManager.getConnection(url(database), USER, ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static boolean ready() {
    return run(Duration.ofSeconds(10), "pg_isready", "-h", HOST, "-p", String.valueOf(PORT), "-q") == 0;
  }

  /**
   * Stops the whole server ({@code pg_ctlcluster ... stop}, fast shutdown: open connections are
   * ended). The server is shared: waits (bounded) while a PostgreSQL suite of CI runs.
   */
  static void stop() {
    waitForOtherSuites(Duration.ofMinutes(10));
    require(run(Duration.ofSeconds(60), "pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "stop"), "stop PostgreSQL");
  }

  static void start() {
    require(run(Duration.ofSeconds(60), "pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", "start"), "start PostgreSQL");
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!ready()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("PostgreSQL did not accept connections 30 s after start");
      }
      pause(200);
    }
  }

  /** pg_dump in PostgreSQL's custom format of a database in use, into {@code file}. */
  static void dump(String database, Path file) {
    require(run(Duration.ofMinutes(2), "pg_dump", "-h", HOST, "-p", String.valueOf(PORT), "-U", USER, "-Fc",
        "-f", file.toString(), database), "pg_dump " + database);
  }

  /** pg_restore of a custom-format dump into an existing empty database. */
  static void restore(Path file, String database) {
    require(run(Duration.ofMinutes(2), "pg_restore", "-h", HOST, "-p", String.valueOf(PORT), "-U", USER,
        "--no-owner", "--exit-on-error", "-d", database, file.toString()), "pg_restore into " + database);
  }

  /**
   * Waits (bounded) until no PostgreSQL suite of CI ({@code -Ppostgres-suite}) runs on this machine:
   * the server is shared, and a restart ends every connection to it.
   */
  static void waitForOtherSuites(Duration limit) {
    long until = System.nanoTime() + limit.toNanos();
    while (run(Duration.ofSeconds(10), "pgrep", "-f", "postgres-suite") == 0) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("a PostgreSQL suite is still running after " + limit + "; not restarting the shared server");
      }
      System.out.println("a PostgreSQL suite is running on the shared server; waiting before restarting it");
      pause(5_000);
    }
  }

  private static String version() {
    String[] versions = new File("/etc/postgresql").list();
    if (versions == null || versions.length != 1) {
      throw new IllegalStateException("expected one PostgreSQL cluster version under /etc/postgresql");
    }
    return versions[0];
  }

  private static void require(int exit, String what) {
    if (exit != 0) {
      throw new IllegalStateException(what + " failed with exit code " + exit);
    }
  }

  /** Runs a command with output to this JVM's, bounded; answers its exit code (-1 when it timed out). */
  static int run(Duration limit, String... command) {
    try {
      Path out = Files.createTempFile("faults-cmd", ".log");
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      String output = Files.readString(out).strip();
      if (process.exitValue() != 0 && !output.isEmpty() && !command[0].equals("pgrep") && !command[0].equals("pg_isready")) {
        System.err.println(String.join(" ", command) + ": " + output);
      }
      Files.deleteIfExists(out);
      return process.exitValue();
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
