package org.llmprocurement.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication): created empty, measured (bytes and rows of every table in schema public), and
 * dropped at the end.
 */
final class BenchDb {

  static final String HOST = System.getProperty("bench.pg.host", "127.0.0.1");
  static final int PORT = Integer.getInteger("bench.pg.port", 5432);
  static final String USER = System.getProperty("bench.pg.user", "postgres");

  final String name;

  /** Bytes (tables with their indexes and TOAST) and rows of the schema public at one moment. */
  record Size(long bytes, long rows, Map<String, long[]> tables) {
    Size(long bytes, long rows) {
      this(bytes, rows, Map.of());
    }

    /** The difference, table by table (bytes, rows); a table missing on one side counts as empty. */
    Size minus(Size other) {
      Map<String, long[]> diff = new TreeMap<>();
      tables.forEach((t, v) -> diff.put(t, v.clone()));
      other.tables.forEach((t, v) -> {
        long[] d = diff.computeIfAbsent(t, k -> new long[2]);
        d[0] -= v[0];
        d[1] -= v[1];
      });
      return new Size(bytes - other.bytes, rows - other.rows, diff);
    }

    /** This size divided by {@code count} (at least 1), table by table; rows rounded. */
    Size per(int count) {
      int n = Math.max(1, count);
      Map<String, long[]> each = new TreeMap<>();
      tables.forEach((t, v) -> each.put(t, new long[] {v[0] / n, Math.round((double) v[1] / n)}));
      return new Size(bytes / n, Math.round((double) rows / n), each);
    }
  }

  private BenchDb(String name) {
    this.name = name;
  }

  static BenchDb create(String name) {
    execute("postgres", "CREATE DATABASE " + name);
    return new BenchDb(name);
  }

  String url() {
    return url(name);
  }

  static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  void drop() {
    try {
      execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (RuntimeException e) {
      System.err.println("could not drop " + name + ": " + e.getMessage());
    }
  }

  /**
   * VACUUM ANALYZE of the whole database, as autovacuum keeps it in production: current statistics,
   * and the visibility map that lets PostgreSQL answer a count from an index alone (since PostgreSQL
   * 13 autovacuum also visits tables that only grow). Autovacuum is off on this machine.
   */
  void vacuumAnalyze() {
    execute(name, "VACUUM ANALYZE");
  }

  /**
   * VACUUM of the whole database, as autovacuum does in production: the space of rows the engine
   * deleted (a finished procurement's runtime rows: tasks, variables, executions, jobs, grants)
   * becomes free for the next rows instead of growing the tables. Autovacuum is off on this machine.
   */
  void vacuum() {
    execute(name, "VACUUM");
  }

  /**
   * Exact size now: pg_total_relation_size and count(*) of every table in schema public, in total
   * and per table (table name → bytes, rows).
   */
  Size size() {
    long bytes = 0;
    long rows = 0;
    Map<String, long[]> tables = new TreeMap<>();
    for (List<String> table : rows("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")) {
      long tableBytes = Long.parseLong(table.get(1));
      long tableRows = number("SELECT count(*) FROM \"" + table.get(0) + "\"");
      tables.put(table.get(0).toLowerCase(java.util.Locale.ROOT), new long[] {tableBytes, tableRows});
      bytes += tableBytes;
      rows += tableRows;
    }
    return new Size(bytes, rows, tables);
  }

  /** Engine jobs that are due now (async continuations, due timers) and not failed. */
  long dueJobs() {
    return number("SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())"
        + " AND suspension_state_ = 1");
  }

  /** Jobs whose retries ran out (incidents): each one is a failure the benchmark reports. */
  long failedJobs() {
    return number("SELECT count(*) FROM act_ru_job WHERE retries_ = 0");
  }

  long number(String sql) {
    return Long.parseLong(rows(sql).get(0).get(0));
  }

  List<List<String>> rows(String sql) {
    try (Connection c = DriverManager.getConnection(url(name), USER, ""); Statement s = c.createStatement();
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

  static void execute(String database, String sql) {
    try (Connection c = DriverManager.getConnection(url(database), USER, ""); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** PostgreSQL's version string. */
  static String version() {
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW server_version")) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
