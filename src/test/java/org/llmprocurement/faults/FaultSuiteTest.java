package org.llmprocurement.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.llmprocurement.support.Intakes;

/**
 * Issue 15's fault tests against the real application: the packaged jar as a child process on a
 * fresh PostgreSQL database, driven over HTTP, with the database server restarted (R2), the node
 * stopped while timers fall due and restarted as two nodes (R5), both nodes completing the same
 * tasks at once (R3), and the database backed up and restored into a fresh one. The nodes are
 * carried through the ordered tests (each start costs about a minute of CI time). The second node
 * joins a database the first has set up: two nodes starting together on an empty database collide
 * while creating the groups' authorizations (see the issue 15 report).
 * Tagged "faults": neither the default build nor the PostgreSQL suite runs it; {@code mvn -B
 * surefire:test -Pfault-suite} (or {@code tools/faults/run.sh}) does. Needs PostgreSQL on
 * 127.0.0.1:5432 with trust authentication for {@code postgres} and permission to restart it
 * ({@code pg_ctlcluster}); creates and drops its own databases.
 */
@Tag("faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

  static final String PROCUREMENT = "demo-procurement";
  static final String ADMIN = "admin";
  static final String NOTIFY_OVERDUE = "ServiceTask_NotifyManagersOfOverdueReview";

  final GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  final Client client = new Client(Duration.ofSeconds(20));
  final List<String> databases = new ArrayList<>();
  final List<AppNode> nodes = new ArrayList<>();
  String database;
  AppNode node;
  /** The second node on the same database, started with the first after R5's downtime. */
  AppNode second;
  /** The procurement whose review timers fell due while the node was down (R5), for the restore. */
  long overdueProcurement;
  /** How many clause reviews (one per reviewing role) a HIGH procurement starts, as R5 saw. */
  int reviewsPerProcurement;

  @BeforeAll
  void startNode() {
    assertThat(Postgres.ready()).as("PostgreSQL accepts connections on %s:%d", Postgres.HOST, Postgres.PORT).isTrue();
    mail.start();
    database = Postgres.createDatabase("llmp_faults");
    databases.add(database);
    node = new AppNode("node-a", database, mail.getSmtp().getPort(), Map.of());
    nodes.add(node);
    node.start().awaitUp(Duration.ofMinutes(4));
  }

  @AfterAll
  void stopEverything() {
    nodes.forEach(AppNode::stop);
    if (!Postgres.ready()) {
      Postgres.start(); // a failed R2 must not leave the shared server down
    }
    databases.forEach(Postgres::dropDatabase);
    mail.stop();
  }

  // ---------------------------------------------------------------------------------------------
  // R2

  /**
   * R2: PostgreSQL is stopped for a few seconds and started again while three clients start and read
   * procurements. Every answer is 200/201 or a fast 503 with Retry-After (no 500, nothing hangs),
   * health goes DOWN and back UP, the same process serves again, and every procurement in the
   * database is whole: its row and its process instance both there, each created one exactly once.
   */
  @Test
  @Order(1)
  void r2DatabaseRestartUnderLoad() throws Exception {
    Postgres.waitForOtherSuites(Duration.ofMinutes(10)); // before the load, which would otherwise run while we wait
    long pid = node.pid();
    List<Client.Answer> answers = new CopyOnWriteArrayList<>();
    List<Client.Answer> outageAnswers = new CopyOnWriteArrayList<>();
    List<Long> created = new CopyOnWriteArrayList<>();
    List<String> health = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean outage = new AtomicBoolean();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger createdAfterRecovery = new AtomicInteger();
    AtomicBoolean recovered = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int w = 0; w < 3; w++) {
        int worker = w;
        pool.submit(() -> {
          int n = 0;
          while (running.get()) {
            Map<String, Object> intake = Intakes.customerSupportBot();
            intake.put("title", "R2 load " + worker + "-" + n++);
            boolean during = outage.get();
            Client.Answer answer = client.post(node.base() + "/api/procurements", PROCUREMENT, intake);
            record(answers, outageAnswers, during || outage.get(), answer);
            if (answer.status() == 201) {
              long id = answer.json().get("id").asLong();
              created.add(id);
              if (recovered.get()) {
                createdAfterRecovery.incrementAndGet();
              }
              during = outage.get();
              record(answers, outageAnswers, during, client.get(node.base() + "/api/procurements/" + id, PROCUREMENT));
            }
            during = outage.get();
            record(answers, outageAnswers, during, client.get(node.base() + "/api/procurements?size=5", PROCUREMENT));
            if (answer.status() == 503) {
              Postgres.pause(250); // a client honouring Retry-After loosely; keeps the log readable
            }
          }
          return null;
        });
      }
      pool.submit(() -> {
        while (running.get()) {
          Client.Answer answer = client.get(node.base() + "/actuator/health", null);
          String status = answer.status() == 200 ? "UP" : answer.status() == 503 ? "DOWN" : String.valueOf(answer.status());
          synchronized (health) {
            if (health.isEmpty() || !health.get(health.size() - 1).equals(status)) {
              health.add(status);
            }
          }
          Postgres.pause(250);
        }
        return null;
      });

      Postgres.pause(3_000);
      assertThat(created).as("procurements created before the restart").isNotEmpty();
      outage.set(true);
      Postgres.stop();
      Postgres.pause(8_000); // longer than the connection timeout, so requests really meet the outage
      Postgres.start();
      await(Duration.ofSeconds(60), () -> health.contains("DOWN") && health.get(health.size() - 1).equals("UP"));
      outage.set(false);
      recovered.set(true);
      await(Duration.ofSeconds(60), () -> createdAfterRecovery.get() >= 3);
    } finally {
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    FaultReport.put("R2 requests checked", answers.size());
    FaultReport.put("R2 answers 503 during the outage", outageAnswers.stream().filter(a -> a.status() == 503).count());
    FaultReport.put("R2 slowest answer (ms)", answers.stream().mapToLong(Client.Answer::millis).max().orElse(0));
    FaultReport.put("R2 health", String.join(" -> ", health));
    List<Client.Answer> wrong = answers.stream().filter(a -> !Set.of(200, 201, 503).contains(a.status())).toList();
    FaultReport.put("R2 answers other than 200/201/503 (500s, hangs)", wrong.size());

    assertThat(wrong).as("no 500, no hang, no refused connection: only successes and 503").isEmpty();
    assertThat(outageAnswers).as("requests met the outage").anyMatch(a -> a.status() == 503);
    assertThat(answers).filteredOn(a -> a.status() == 503).allSatisfy(a -> {
      assertThat(a.retryAfter()).as("Retry-After of %s", a).isNotBlank();
      assertThat(a.millis()).as("a 503 comes fast: %s", a).isLessThan(12_000);
      assertThat(a.body()).as("no stack trace or SQL in %s", a).doesNotContain("Exception", "at org.", "SQL", "postgresql");
    });
    assertThat(health).as("health during the restart").containsSubsequence("UP", "DOWN", "UP");
    assertThat(node.alive() && node.pid() == pid).as("the same process serves after the restart").isTrue();
    assertWhole(created);
  }

  private static void record(List<Client.Answer> all, List<Client.Answer> outage, boolean during, Client.Answer answer) {
    all.add(answer);
    if (during) {
      outage.add(answer);
    }
    if (!Set.of(200, 201, 503).contains(answer.status())) {
      System.out.println("R2 unexpected answer " + answer);
    }
  }

  /**
   * Nothing half written: every procurement the client saw created is there exactly once, every
   * procurement row has its process instance and every procurement process instance its row.
   */
  private void assertWhole(List<Long> created) {
    assertThat(created).as("ids answered").doesNotHaveDuplicates();
    String ids = created.stream().map(String::valueOf).collect(Collectors.joining(","));
    long found = Postgres.number(database, "SELECT count(*) FROM procurement WHERE id IN (" + ids + ")");
    long rows = Postgres.number(database, "SELECT count(*) FROM procurement");
    long withoutInstance = Postgres.number(database, "SELECT count(*) FROM procurement p WHERE p.process_instance_id IS NULL"
        + " OR NOT EXISTS (SELECT 1 FROM act_hi_procinst h WHERE h.id_ = p.process_instance_id AND h.business_key_ = p.business_key)");
    long withoutRow = Postgres.number(database, "SELECT count(*) FROM act_hi_procinst h WHERE h.proc_def_key_ = 'llm-procurement'"
        + " AND NOT EXISTS (SELECT 1 FROM procurement p WHERE p.process_instance_id = h.id_)");
    long duplicateKeys = Postgres.number(database,
        "SELECT count(*) FROM (SELECT business_key FROM procurement GROUP BY business_key HAVING count(*) > 1) d");
    FaultReport.add("procurements checked whole", rows);
    FaultReport.add("duplicates", duplicateKeys + (created.size() - found));
    FaultReport.add("half-written procurements", withoutInstance + withoutRow);
    assertThat(found).as("every procurement answered 201 is stored").isEqualTo(created.size());
    assertThat(withoutInstance).as("procurement rows without their process instance").isZero();
    assertThat(withoutRow).as("procurement process instances without their row").isZero();
    assertThat(duplicateKeys).as("business keys stored twice").isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // R5

  /**
   * R5: a procurement in clause review gets its review-overdue timers (one per reviewing role) due
   * in a few seconds, set through the engine REST API as an administrator; the node is stopped with
   * SIGTERM before they are due and started after, together with a second node on the same
   * database (both run the job executor). Each timer fires exactly once after the restart, on one
   * node: one "notify managers" per role, one e-mail per manager per role, no timer left.
   */
  @Test
  @Order(2)
  void r5TimersDueDuringDowntimeFireOnceAfterRestartOnTwoNodes() throws Exception {
    JsonNode procurement = client.post(node.base() + "/api/procurements", PROCUREMENT, intake("R5 overdue review")).json();
    overdueProcurement = procurement.get("id").asLong();
    String businessKey = procurement.get("businessKey").asText();
    confirmTier(node, procurement.get("processInstanceId").asText());

    List<String> reviews = new ArrayList<>();
    Map<String, String> timerOf = new HashMap<>();
    await(Duration.ofSeconds(90), () -> {
      reviews.clear();
      client.get(node.base() + "/engine-rest/process-instance?processDefinitionKey=clause-review&businessKey=" + businessKey, ADMIN)
          .json().forEach(i -> reviews.add(i.get("id").asText()));
      timerOf.clear();
      for (String review : reviews) {
        for (JsonNode job : client.get(node.base() + "/engine-rest/job?timers=true&processInstanceId=" + review, ADMIN).json()) {
          timerOf.put(review, job.get("id").asText());
        }
      }
      return !reviews.isEmpty() && timerOf.size() == reviews.size();
    });

    reviewsPerProcurement = reviews.size();
    Instant due = Instant.now().plusSeconds(20);
    String dueText = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC).format(due);
    for (String job : timerOf.values()) {
      Client.Answer moved = client.put(node.base() + "/engine-rest/job/" + job + "/duedate", ADMIN, Map.of("duedate", dueText));
      assertThat(moved.status()).as("set due date: %s", moved).isEqualTo(204);
    }
    node.stop();
    assertThat(Instant.now()).as("the node was down before the timers fell due").isBefore(due);
    String inReviews = reviews.stream().map(r -> "'" + r + "'").collect(Collectors.joining(","));
    assertThat(Postgres.number(database, "SELECT count(*) FROM act_hi_actinst WHERE act_id_ = '" + NOTIFY_OVERDUE
        + "' AND proc_inst_id_ IN (" + inReviews + ")")).as("no timer fired before the stop").isZero();

    Postgres.pause(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 2_000);
    Instant restart = Instant.now();
    // back with two nodes on the one database, both with their job executor: the timers still fire once
    second = new AppNode("node-b", database, mail.getSmtp().getPort(), Map.of());
    nodes.add(second);
    node.start();
    second.start();
    node.awaitUp(Duration.ofMinutes(4));
    second.awaitUp(Duration.ofMinutes(4));

    String fired = "SELECT count(*) FROM act_hi_actinst WHERE act_id_ = '" + NOTIFY_OVERDUE + "' AND proc_inst_id_ IN (" + inReviews + ")";
    await(Duration.ofSeconds(120), () -> Postgres.number(database, fired) >= reviews.size());
    Map<String, List<String>> recipients = new HashMap<>();
    await(Duration.ofSeconds(30), () -> {
      recipients.clear();
      recipients.putAll(overdueMails(businessKey));
      return recipients.size() >= reviews.size();
    });
    Postgres.pause(5_000); // a second firing (a retried or duplicated job) would show by now

    List<List<String>> perReview = Postgres.rows(database, "SELECT proc_inst_id_, count(*), min(start_time_) FROM act_hi_actinst"
        + " WHERE act_id_ = '" + NOTIFY_OVERDUE + "' AND proc_inst_id_ IN (" + inReviews + ") GROUP BY proc_inst_id_");
    long timersLeft = Postgres.number(database, "SELECT count(*) FROM act_ru_job WHERE id_ IN ("
        + timerOf.values().stream().map(j -> "'" + j + "'").collect(Collectors.joining(",")) + ")");
    recipients.clear();
    recipients.putAll(overdueMails(businessKey));
    // GreenMail keeps one copy per recipient, each naming all recipients: copies beyond them are duplicates
    long duplicateMails = recipients.values().stream().mapToLong(copies -> copies.size() - recipientCount(copies.get(0))).sum();
    FaultReport.put("R5 timers due during downtime", reviews.size());
    FaultReport.put("R5 timers fired after restart", perReview.size());
    FaultReport.put("R5 overdue e-mails", recipients.values().stream().mapToInt(List::size).sum());
    FaultReport.add("duplicates", perReview.stream().mapToLong(r -> Long.parseLong(r.get(1)) - 1).sum() + duplicateMails);

    assertThat(perReview).as("each review's overdue timer fired").hasSize(reviews.size());
    assertThat(perReview).allSatisfy(r -> {
      assertThat(Long.parseLong(r.get(1))).as("times the timer of %s fired", r.get(0)).isOne();
      assertThat(java.sql.Timestamp.valueOf(r.get(2)).toInstant()).as("fired after the restart").isAfter(restart.minusSeconds(1));
    });
    assertThat(timersLeft).as("timers left").isZero();
    assertThat(recipients).as("one overdue e-mail subject per role").hasSize(reviews.size());
    assertThat(recipients.values()).allSatisfy(copies ->
        assertThat(copies).as("copies of the overdue e-mail, one per manager").hasSize(recipientCount(copies.get(0))));
    assertThat(node.alive() && second.alive()).isTrue();
  }

  private static int recipientCount(String recipients) {
    return recipients.split(",").length;
  }

  /** The overdue e-mails of a procurement: subject to its delivered copies, each as the recipients it names. */
  private Map<String, List<String>> overdueMails(String businessKey) {
    Map<String, List<String>> bySubject = new ConcurrentHashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      try {
        String subject = message.getSubject();
        if (subject != null && subject.startsWith("Overdue:") && subject.endsWith(businessKey)) {
          Address[] to = message.getAllRecipients();
          bySubject.computeIfAbsent(subject, s -> Collections.synchronizedList(new ArrayList<>()))
              .add(to == null ? "" : java.util.Arrays.stream(to).map(Address::toString).collect(Collectors.joining(",")));
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return bySubject;
  }

  // ---------------------------------------------------------------------------------------------
  // R3

  /**
   * R3: two nodes on one database (since R5), no sticky routing: the client alternates nodes per
   * request. Procurements are created on alternating nodes, and each tier confirmation is sent to
   * both nodes at the same moment: exactly one completion succeeds, the task is completed once,
   * each procurement starts its clause reviews once (the asynchronous steps run once across both job
   * executors), every read while this happens answers 200, no e-mail goes out twice, and every
   * procurement is whole. The losing completion is refused with a clean 4xx, never a 500: 409 for
   * optimistic locking or a task already gone (GuardRefusalRestMapper), or 403 when the task's
   * authorizations went with it.
   */
  @Test
  @Order(3)
  void r3TwoNodesOneDatabaseCompleteEachTaskOnce() throws Exception {
    AppNode[] both = {node, second};
    List<Long> created = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    List<Client.Answer> reads = new CopyOnWriteArrayList<>();
    Map<Integer, Integer> losers = new java.util.TreeMap<>();
    int winners = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < 6; i++) {
        Client.Answer answer = client.post(both[i % 2].base() + "/api/procurements", PROCUREMENT, intake("R3 two nodes " + i));
        assertThat(answer.status()).as("create on %s: %s", both[i % 2].name, answer).isEqualTo(201);
        created.add(answer.json().get("id").asLong());
        String instance = answer.json().get("processInstanceId").asText();
        instances.add(instance);
        Client.Answer tasks = client.get(both[(i + 1) % 2].base() + "/engine-rest/task?processInstanceId=" + instance, PROCUREMENT);
        reads.add(tasks);
        String task = tasks.json().get(0).get("id").asText();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<Client.Answer>> sent = new ArrayList<>();
        for (AppNode target : both) {
          sent.add(pool.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return client.post(target.base() + "/engine-rest/task/" + task + "/submit-form", PROCUREMENT,
                Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"))));
          }));
        }
        int won = 0;
        for (java.util.concurrent.Future<Client.Answer> f : sent) {
          Client.Answer a = f.get(60, TimeUnit.SECONDS);
          if (a.status() == 204) {
            won++;
          } else {
            losers.merge(a.status(), 1, Integer::sum);
            assertThat(a.status()).as("the losing completion is refused: %s", a).isGreaterThanOrEqualTo(400);
            assertThat(a.status()).as("the losing completion is a clean 4xx: %s", a).isLessThan(500);
          }
        }
        assertThat(won).as("completions of task %s that succeeded", task).isOne();
        winners += won;
      }
      for (int i = 0; i < created.size(); i++) {
        long id = created.get(i);
        int[] turn = {i};
        await(Duration.ofSeconds(120), () -> {
          Client.Answer read = client.get(both[turn[0]++ % 2].base() + "/api/procurements/" + id, PROCUREMENT);
          reads.add(read);
          return read.status() == 200 && "CLAUSE_REVIEW".equals(read.json().path("stage").asText());
        });
      }
    } finally {
      pool.shutdownNow();
    }

    String inInstances = instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));
    long confirmations = Postgres.number(database, "SELECT count(*) FROM act_hi_taskinst WHERE task_def_key_ = "
        + "'UserTask_ConfirmTierAndScope' AND end_time_ IS NOT NULL AND proc_inst_id_ IN (" + inInstances + ")");
    List<List<String>> reviewsPer = Postgres.rows(database, "SELECT p.id_, (SELECT count(*) FROM act_hi_procinst r"
        + " WHERE r.proc_def_key_ = 'clause-review' AND r.business_key_ = p.business_key_) FROM act_hi_procinst p WHERE p.id_ IN ("
        + inInstances + ")");
    long duplicateMails = duplicateMails();
    FaultReport.put("R3 simultaneous completions (two nodes)", instances.size());
    FaultReport.put("R3 completions that succeeded", winners);
    FaultReport.put("R3 losing completions by status", losers);
    FaultReport.put("R3 reads while state changed (not 200)", reads.stream().filter(r -> r.status() != 200).count() + " of " + reads.size());
    FaultReport.add("duplicates", duplicateMails + reviewsPer.stream().mapToLong(r -> Math.max(0, Long.parseLong(r.get(1)) - reviewsPerProcurement)).sum());

    assertThat(winners).isEqualTo(instances.size());
    assertThat(confirmations).as("tier confirmations completed, once each").isEqualTo(instances.size());
    assertThat(reads).as("reads during state changes").allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(200));
    assertThat(reviewsPer).hasSize(instances.size()).allSatisfy(r ->
        assertThat(Long.parseLong(r.get(1))).as("clause reviews of %s", r.get(0)).isEqualTo(reviewsPerProcurement));
    assertThat(duplicateMails).as("e-mails sent twice (same recipient, subject and text)").isZero();
    assertWhole(created);
  }

  /**
   * E-mails sent more than once: GreenMail keeps one copy per recipient, each naming all recipients,
   * so copies of one message (recipients, subject and text; task e-mails name their task) beyond
   * the number of its recipients are duplicates.
   */
  private long duplicateMails() {
    Map<String, Integer> copies = new HashMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      try {
        String to = java.util.Arrays.stream(message.getAllRecipients()).map(Address::toString).collect(Collectors.joining(","));
        copies.merge(to + "\n" + message.getSubject() + "\n" + com.icegreen.greenmail.util.GreenMailUtil.getBody(message), 1,
            Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return copies.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - recipientCount(e.getKey().split("\n")[0]))).sum();
  }

  // ---------------------------------------------------------------------------------------------
  // Backup and restore

  /**
   * Backup and restore: pg_dump of the running system (a procurement waiting at its tier
   * confirmation, the R5 one in review), pg_restore into a fresh database, a node started on it:
   * the same procurements are there, the waiting one continues when its task is completed, the one
   * in review is still in review, and a new procurement gets a new id (sequences restored).
   */
  @Test
  @Order(4)
  void backupRestoresIntoAFreshDatabaseAndProcurementsContinue() throws Exception {
    JsonNode waiting = client.post(node.base() + "/api/procurements", PROCUREMENT, intake("Backup waiting at tier confirmation")).json();
    long waitingId = waiting.get("id").asLong();
    Path dump = Files.createTempFile(AppNode.OUT, "backup", ".dump");
    Postgres.dump(database, dump); // while the node runs and its job executor polls
    String restored = Postgres.createDatabase("llmp_faults_restored");
    databases.add(restored);
    Postgres.restore(dump, restored);
    Files.deleteIfExists(dump);
    String counts = "SELECT (SELECT count(*) FROM procurement) || '/' || (SELECT count(*) FROM act_ru_task) || '/'"
        + " || (SELECT count(*) FROM act_ru_job)";
    FaultReport.put("backup procurements/tasks/jobs", Postgres.rows(restored, counts).get(0).get(0));
    long maxId = Postgres.number(restored, "SELECT max(id) FROM procurement");

    node.stop(); // the restored system replaces the original, as after a loss of the database
    second.stop();
    // R1 kills this node later: jobs it held locked are taken up again after the lock time, 5 minutes
    // by default, 15 s here so that the suite need not wait (docs/operations.md, "Backup and restore")
    AppNode restoredNode = new AppNode("node-restored", restored, mail.getSmtp().getPort(),
        Map.of("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "15000"));
    nodes.add(restoredNode);
    restoredNode.start().awaitUp(Duration.ofMinutes(4));

    assertThat(client.get(restoredNode.base() + "/api/procurements/" + waitingId, PROCUREMENT).json().get("stage").asText())
        .isEqualTo("TIER_CONFIRMATION");
    assertThat(client.get(restoredNode.base() + "/api/procurements/" + overdueProcurement, PROCUREMENT).json().get("stage").asText())
        .as("the procurement in review").isEqualTo("CLAUSE_REVIEW");
    confirmTier(restoredNode, waiting.get("processInstanceId").asText());
    await(Duration.ofSeconds(90), () -> "CLAUSE_REVIEW".equals(
        client.get(restoredNode.base() + "/api/procurements/" + waitingId, PROCUREMENT).json().path("stage").asText()));
    Client.Answer fresh = client.post(restoredNode.base() + "/api/procurements", PROCUREMENT, intake("After the restore"));
    assertThat(fresh.status()).as("a new procurement on the restored system: %s", fresh).isEqualTo(201);
    assertThat(fresh.json().get("id").asLong()).isGreaterThan(maxId);
    database = restored;
    assertWhole(List.of(waitingId, fresh.json().get("id").asLong()));
    FaultReport.put("backup restored and continued", "yes");
  }

  // ---------------------------------------------------------------------------------------------
  // R1

  /**
   * R1: while two clients start procurements and confirm their tiers, the node (on the restored
   * database) is killed with SIGKILL at random moments, {@code faults.kills} times (default 0: the
   * test is skipped, since every kill costs a restart of about a minute; {@code FAULTS_KILLS=5
   * tools/faults/run.sh}). After each restart: every procurement answered 201 is stored once and
   * whole, every confirmation answered 204 is done, and for every request without an answer the
   * engine and our table agree (the confirmation task completed exactly when the procurement's tier
   * is confirmed, and then its clause reviews started once). At the end every procurement still
   * waiting is confirmed and all reach their clause review.
   */
  @Test
  @Order(5)
  void r1KilledAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
    int kills = Integer.getInteger("faults.kills", 0);
    org.junit.jupiter.api.Assumptions.assumeTrue(kills > 0, "R1 runs with -Dfaults.kills=N (FAULTS_KILLS=N tools/faults/run.sh)");
    AppNode victim = nodes.get(nodes.size() - 1); // the node on the restored database
    assertThat(victim.alive()).isTrue();
    java.util.Random random = new java.util.Random();
    List<Long> created = new CopyOnWriteArrayList<>();
    List<String> confirmedInstances = new CopyOnWriteArrayList<>();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger unanswered = new AtomicInteger();
    List<Client.Answer> wrong = new CopyOnWriteArrayList<>();
    for (int kill = 1; kill <= kills; kill++) {
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      int round = kill;
      for (int w = 0; w < 2; w++) {
        int worker = w;
        pool.submit(() -> {
          int n = 0;
          while (running.get()) {
            Client.Answer answer = client.post(victim.base() + "/api/procurements", PROCUREMENT,
                intake("R1 " + round + "-" + worker + "-" + n++));
            count(answer, requests, unanswered, wrong);
            if (answer.status() != 201) {
              continue;
            }
            created.add(answer.json().get("id").asLong());
            String instance = answer.json().get("processInstanceId").asText();
            Client.Answer tasks = client.get(victim.base() + "/engine-rest/task?processInstanceId=" + instance, PROCUREMENT);
            count(tasks, requests, unanswered, wrong);
            if (tasks.status() != 200 || tasks.json().isEmpty()) {
              continue;
            }
            Client.Answer done = client.post(victim.base() + "/engine-rest/task/" + tasks.json().get(0).get("id").asText()
                + "/submit-form", PROCUREMENT, Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"))));
            count(done, requests, unanswered, wrong);
            if (done.status() == 204) {
              confirmedInstances.add(instance);
            }
          }
          return null;
        });
      }
      Postgres.pause(2_000 + random.nextInt(5_000));
      victim.kill();
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.SECONDS);
      victim.start().awaitUp(Duration.ofMinutes(4));
      awaitAsyncJobsDone();
      assertConsistentAfterCrash(created, confirmedInstances);
      FaultReport.put("R1 kills survived", kill);
    }
    // every procurement continues: those still waiting are confirmed now, all reach their clause review
    List<List<String>> waiting = Postgres.rows(database, "SELECT t.id_ FROM act_ru_task t WHERE t.task_def_key_ = "
        + "'UserTask_ConfirmTierAndScope'");
    for (List<String> task : waiting) {
      Client.Answer done = client.post(victim.base() + "/engine-rest/task/" + task.get(0) + "/submit-form", PROCUREMENT,
          Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"))));
      assertThat(done.status()).as("confirm a procurement left waiting: %s", done).isEqualTo(204);
    }
    awaitAsyncJobsDone();
    assertConsistentAfterCrash(created, confirmedInstances);
    long notInReview = Postgres.number(database, "SELECT count(*) FROM procurement p WHERE p.tier_confirmed_by IS NULL");
    FaultReport.put("R1 requests checked", requests.get());
    FaultReport.put("R1 requests without an answer (killed in flight)", unanswered.get());
    FaultReport.put("R1 answers other than 2xx or no answer", wrong.size());
    assertThat(notInReview).as("procurements that did not continue").isZero();
    assertThat(wrong).as("answers other than success or no answer at all").isEmpty();
  }

  private static void count(Client.Answer answer, AtomicInteger requests, AtomicInteger unanswered, List<Client.Answer> wrong) {
    requests.incrementAndGet();
    if (answer.status() == Client.NO_ANSWER || answer.status() == Client.TIMED_OUT) {
      unanswered.incrementAndGet();
    } else if (answer.status() >= 300) {
      wrong.add(answer);
      System.out.println("R1 unexpected answer " + answer);
    }
  }

  /** Waits until the job executor has run every asynchronous continuation (timers stay). */
  private void awaitAsyncJobsDone() {
    await(Duration.ofSeconds(120), () -> Postgres.number(database,
        "SELECT count(*) FROM act_ru_job WHERE handler_type_ = 'async-continuation' AND retries_ > 0") == 0);
  }

  /**
   * After a crash: procurements whole (see assertWhole); every confirmation answered 204 done; for
   * every procurement, its confirmation task is completed exactly when our table says its tier is
   * confirmed, and a confirmed one has started its clause reviews exactly once.
   */
  private void assertConsistentAfterCrash(List<Long> created, List<String> confirmed) {
    assertWhole(created);
    List<List<String>> rows = Postgres.rows(database, "SELECT p.id, p.process_instance_id, p.tier_confirmed_by,"
        + " (SELECT count(*) FROM act_hi_taskinst t WHERE t.proc_inst_id_ = p.process_instance_id"
        + "   AND t.task_def_key_ = 'UserTask_ConfirmTierAndScope' AND t.end_time_ IS NOT NULL),"
        + " (SELECT count(*) FROM act_hi_procinst r WHERE r.proc_def_key_ = 'clause-review' AND r.business_key_ = p.business_key)"
        + " FROM procurement p");
    long disagreements = 0;
    long duplicates = 0;
    for (List<String> row : rows) {
      boolean confirmedHere = row.get(2) != null;
      long completions = Long.parseLong(row.get(3));
      long reviews = Long.parseLong(row.get(4));
      if (completions > 1 || reviews > reviewsPerProcurement) {
        duplicates++;
      }
      if (confirmedHere != (completions == 1) || (confirmedHere && reviews != reviewsPerProcurement)
          || (!confirmedHere && reviews != 0) || (confirmed.contains(row.get(1)) && !confirmedHere)) {
        disagreements++;
        System.out.println("R1 disagreement (id, instance, confirmed by, completions, reviews): " + row);
      }
    }
    FaultReport.add("duplicates", duplicates);
    FaultReport.add("half-written procurements", disagreements);
    assertThat(duplicates).as("confirmations or reviews done twice").isZero();
    assertThat(disagreements).as("procurements where the engine and our table disagree").isZero();
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, Object> intake(String title) {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("title", title);
    return intake;
  }

  /** Completes the procurement's tier confirmation as procurement (HIGH), through the engine REST API. */
  private void confirmTier(AppNode on, String processInstanceId) {
    JsonNode tasks = client.get(on.base() + "/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=UserTask_ConfirmTierAndScope", PROCUREMENT).json();
    assertThat(tasks).as("tier confirmation task").hasSize(1);
    Client.Answer done = client.post(on.base() + "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
        PROCUREMENT, Map.of("variables", Map.of("confirmedTier", Map.of("value", "HIGH"))));
    assertThat(done.status()).as("confirm tier: %s", done).isEqualTo(204);
  }

  private static void await(Duration limit, BooleanSupplier condition) {
    long until = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not reached within " + limit);
      }
      Postgres.pause(500);
    }
  }
}
