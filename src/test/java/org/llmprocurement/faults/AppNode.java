package org.llmprocurement.faults;

import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node: the packaged jar ({@code mvn -B package -DskipTests}) run with
 * {@code java -jar} as a child process on its own port, profiles {@code demo,postgres} (demo users,
 * password "demo") against one PostgreSQL database, e-mails sent over SMTP to the suite's server.
 * Its log goes to {@code target/fault-suite/<name>-<n>.log}, one file per start.
 */
final class AppNode {

  static final Path BASEDIR = Path.of(System.getProperty("project.basedir", "."));
  static final Path OUT = BASEDIR.resolve("target/fault-suite");

  final String name;
  final String database;
  final int port;
  private final int smtpPort;
  private final Map<String, String> extraEnv;
  private Process process;
  private int starts;
  private Path log;

  AppNode(String name, String database, int smtpPort, Map<String, String> extraEnv) {
    this.name = name;
    this.database = database;
    this.port = freePort();
    this.smtpPort = smtpPort;
    this.extraEnv = extraEnv;
  }

  /** The packaged application; fails with the command that builds it when it is missing. */
  static Path jar() {
    File[] jars = BASEDIR.resolve("target").toFile()
        .listFiles((dir, file) -> file.startsWith("llm-procurement-engine") && file.endsWith(".jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("no packaged application in target/: run `mvn -B -q package -DskipTests` first "
          + "(tools/faults/run.sh does)");
    }
    return jars[0].toPath();
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the process (not waiting for it to be up). */
  AppNode start() {
    if (alive()) {
      throw new IllegalStateException(name + " is already running");
    }
    try {
      Files.createDirectories(OUT);
      starts++;
      log = OUT.resolve(name + "-" + starts + ".log");
      List<String> command = new ArrayList<>(Arrays.asList(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          // start-up speed over peak speed: the suite's nodes live for minutes
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx768m", "-Dspring.jmx.enabled=false",
          "-jar", jar().toString()));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .directory(OUT.toFile());
      Map<String, String> env = builder.environment();
      env.put("SPRING_PROFILES_ACTIVE", "demo,postgres");
      env.put("DB_URL", Postgres.url(database));
      env.put("DB_USER", Postgres.USER);
      env.put("DB_PASSWORD", "");
      env.put("PORT", String.valueOf(port));
      env.put("DATA_DIR", OUT.resolve("data-" + name).toString());
      env.put("MAIL_ENABLED", "true");
      env.put("SMTP_HOST", "127.0.0.1");
      env.put("SMTP_PORT", String.valueOf(smtpPort));
      env.putAll(extraEnv);
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until /actuator/health answers UP; fails when the process exits or the time is up. */
  AppNode awaitUp(Duration limit) {
    long t0 = System.nanoTime();
    long until = t0 + limit.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < until) {
      if (!alive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          System.out.printf("%s up on port %d after %d s (pid %d)%n", name, port,
              TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), process.pid());
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Postgres.pause(500);
    }
    throw new IllegalStateException(name + " not up after " + limit + "; see " + log);
  }

  /** SIGTERM, as an orchestrator stops a node, and waits for the process to end. */
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

  /** SIGTERM to every node at once, then waits for each to end. */
  static void stopAll(AppNode... nodes) {
    for (AppNode node : nodes) {
      if (node.process != null && node.process.isAlive()) {
        node.process.destroy();
      }
    }
    for (AppNode node : nodes) {
      node.stop();
    }
  }

  /** SIGKILL, a crash: no shutdown hook, no graceful end of requests or jobs. Waits for the process to be gone. */
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /**
   * What this node's first start logged about waiting for the start-up lock
   * (engine.StartupSerialization): "waited N ms for the other node", or null when it did not wait.
   */
  String waitedForStartupLock() {
    try {
      Path first = OUT.resolve(name + "-1.log");
      if (!Files.exists(first)) {
        return null;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("Start-up lock taken after (\\d+) ms").matcher(Files.readString(first));
      return m.find() ? "waited " + m.group(1) + " ms for the other to finish its start-up (" + name + ")" : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
