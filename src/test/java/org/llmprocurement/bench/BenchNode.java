package org.llmprocurement.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application under test, started as the fault suite starts its nodes ({@code java -jar} as a
 * child process, see faults.AppNode): the product jar with profiles {@code demo,postgres}, or the
 * bare reference jar, each on its own database and on a free port from 18000 up. Both JVMs get the
 * same options: {@code BENCH_JAVA_OPTS}, by default {@value #DOCUMENTED_JAVA_OPTS}, the product's
 * documented heap (docs/operations.md, "Memory"; issue 14 allows a documented {@code -Xmx} that
 * keeps the resident set under 1 GiB); set it empty for the JVM's own defaults. The log goes to
 * {@code target/bench/<name>.log}.
 */
final class BenchNode {

  /** The JVM options docs/operations.md and docker-compose.yml give the product. */
  static final String DOCUMENTED_JAVA_OPTS = "-Xmx512m";

  /** The options both apps are started with. */
  static String javaOpts() {
    String opts = System.getenv("BENCH_JAVA_OPTS");
    return (opts == null ? DOCUMENTED_JAVA_OPTS : opts).trim();
  }

  final String name;
  final Path jar;
  final BenchDb db;
  final int port;
  private final Map<String, String> env;
  private Process process;
  private Path log;

  BenchNode(String name, Path jar, BenchDb db, int firstPort, Map<String, String> env) {
    this.name = name;
    this.jar = jar;
    this.db = db;
    this.port = freePort(firstPort);
    this.env = env;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  BenchNode start(Path out) {
    try {
      Files.createDirectories(out);
      log = out.resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      String opts = javaOpts();
      if (!opts.isEmpty()) {
        command.addAll(List.of(opts.split("\\s+")));
      }
      command.addAll(List.of("-jar", jar.toString()));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .directory(out.toFile());
      builder.environment().put("DB_URL", db.url());
      builder.environment().put("DB_USER", BenchDb.USER);
      builder.environment().put("DB_PASSWORD", "");
      builder.environment().put("PORT", String.valueOf(port));
      builder.environment().putAll(env);
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until /actuator/health answers 200; fails when the process exits or the limit passes. */
  BenchNode awaitUp(Duration limit) {
    long t0 = System.nanoTime();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() - t0 < limit.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          BenchmarkRun.log("%s up on port %d after %d s (pid %d)", name, port,
              TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), process.pid());
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      BenchmarkRun.pause(500);
    }
    throw new IllegalStateException(name + " not up after " + limit + "; see " + log);
  }

  /** Resident set size now and its peak (VmRSS, VmHWM of /proc/pid/status), in kB. */
  long[] rssKb() {
    try {
      long rss = 0;
      long hwm = 0;
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
        } else if (line.startsWith("VmHWM:")) {
          hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return new long[] {rss, hwm};
    } catch (IOException e) {
      return new long[] {-1, -1};
    }
  }

  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static int freePort(int from) {
    for (int port = from; port < from + 500; port++) {
      try (ServerSocket socket = new ServerSocket(port)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        // taken: try the next
      }
    }
    throw new IllegalStateException("no free port in " + from + ".." + (from + 500));
  }
}
