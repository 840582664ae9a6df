package org.llmprocurement.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The performance benchmark of issue 14: the packaged product and the bare reference app
 * (tools/bench/bare-app) side by side on fresh PostgreSQL databases, driven over REST with HTTP
 * Basic, interleaved in blocks, and their ratios against the targets written to a Markdown
 * report. A measurement, not a test of the build: run it with {@code tools/bench/run.sh} (which
 * packages both apps and runs {@code mvn surefire:test -Pbench}); the class name keeps it out of
 * surefire's default includes, and it runs only with {@code -Dbench.run=true}.
 *
 * <p>Settings (system properties): {@code bench.live} live procurements in review for the task-list
 * step (default 1000), {@code bench.tenk} also the 10,000 step, {@code bench.lifecycles} timed full
 * lifecycles per app (default 15), {@code bench.warmup} untimed ones first (3), {@code bench.sequential}
 * sequential start+confirm pairs per app (100), {@code bench.clients} concurrent clients (8),
 * {@code bench.rounds} task-list samples per call and level (20; at least 5, fewer for an app whose
 * calls at a level have taken half of {@code bench.levelSeconds}, 300), {@code bench.scaleLifecycles}
 * lifecycles per app at each live level (2), {@code bench.smoke} the CI gate (fail at twice a
 * target), {@code bench.report} the report file, {@code bench.budgetMinutes} a time limit, {@code bench.label} its section,
 * {@code bench.productJar}, {@code bench.bareJar}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.run", matches = "true")
class BenchmarkRun {

  static final Path BASEDIR = Path.of(System.getProperty("project.basedir", "."));
  static final Path OUT = BASEDIR.resolve("target/bench");
  static final double KB = 1024.0;

  final int live = Integer.getInteger("bench.live", 1000);
  final boolean tenk = Boolean.getBoolean("bench.tenk");
  final int lifecycles = Integer.getInteger("bench.lifecycles", 15);
  final int warmup = Math.max(1, Integer.getInteger("bench.warmup", 3));
  final int sequential = Integer.getInteger("bench.sequential", 100);
  final int clients = Integer.getInteger("bench.clients", 8);
  final int rounds = Integer.getInteger("bench.rounds", 20);
  /** A level's task-list time, shared by the two apps ({@link #appSecondsPerLevel}). */
  final int levelSeconds = Integer.getInteger("bench.levelSeconds", 300);
  /** An app's task-list rounds stop early (after at least 5) once its own calls at a level have taken this long: slow task lists at scale. */
  final int appSecondsPerLevel = levelSeconds / 2;
  final int scaleLifecycles = Integer.getInteger("bench.scaleLifecycles", 2);
  final int block = Integer.getInteger("bench.block", 3);
  final boolean smoke = Boolean.getBoolean("bench.smoke");
  final Path reportFile = BASEDIR.resolve(System.getProperty("bench.report", "docs/benchmarks.md"));
  final String label = System.getProperty("bench.label", "run");
  /** Minutes the measuring may take (0: no limit); later phases are cut short and the report says so. */
  final int budgetMinutes = Integer.getInteger("bench.budgetMinutes", 0);
  int lifecyclesDone;
  int liveReached;

  final AtomicInteger sequence = new AtomicInteger();
  /** Task-list samples per level, per app, per call. */
  final Map<Integer, Map<String, Map<String, Samples>>> taskLists = new LinkedHashMap<>();
  final Map<String, Double> throughput = new LinkedHashMap<>();
  final Map<String, Integer> seedErrors = new LinkedHashMap<>();
  final Map<String, BenchDb.Size> finishedPer = new LinkedHashMap<>();
  /** The same, counting every table's and index's first pages from the empty database on (shown, not judged). */
  final Map<String, BenchDb.Size> finishedWithFirstPages = new LinkedHashMap<>();
  final Map<String, BenchDb.Size> reviewPer = new LinkedHashMap<>();
  final Map<String, long[]> rss = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  String loadBefore;
  String loadAfter;
  Instant began;

  @Test
  void run() throws Exception {
    began = Instant.now();
    Files.createDirectories(OUT);
    Files.deleteIfExists(OUT.resolve("progress.log"));
    loadBefore = load();
    String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(began);
    BenchDb productDb = BenchDb.create("bench_product_" + stamp);
    BenchDb bareDb = BenchDb.create("bench_bare_" + stamp);
    BenchNode productNode = new BenchNode("product", jar("bench.productJar"), productDb, 18080,
        Map.of("SPRING_PROFILES_ACTIVE", "demo,postgres", "DATA_DIR", OUT.resolve("product-data").toString(),
            "MAIL_ENABLED", "false"));
    BenchNode bareNode = new BenchNode("bare", jar("bench.bareJar"), bareDb, productNode.port + 1, Map.of());
    try {
      productNode.start(OUT);
      bareNode.start(OUT);
      productNode.awaitUp(Duration.ofMinutes(15));
      bareNode.awaitUp(Duration.ofMinutes(15));
      ProductTarget product = new ProductTarget(productNode);
      BareTarget bare = new BareTarget(bareNode, product.reviewTasks);
      productTimings = product.timings;
      bareTimings = bare.timings;
      measure(product, bare);
      rss.put("product", productNode.rssKb());
      rss.put("bare", bareNode.rssKb());
    } finally {
      loadAfter = load();
      productNode.stop();
      bareNode.stop();
      if (!Boolean.getBoolean("bench.keep")) {
        productDb.drop();
        bareDb.drop();
      }
    }
    List<String> breaches = report();
    if (!breaches.isEmpty()) {
      String message = "benchmark smoke: beyond its gate (twice a target, or a known gap's ceiling): " + String.join("; ", breaches);
      log("%s", message);
      if (!"warn".equalsIgnoreCase(System.getenv().getOrDefault("BENCH_GATE", "fail"))) {
        throw new AssertionError(message);
      }
    }
  }

  private void measure(ProductTarget product, BareTarget bare) throws Exception {
    List<Target> both = List.of(product, bare);
    Map<String, BenchDb.Size> empty = sizes(both);

    log("warm-up: %d full lifecycles per app (not timed)", warmup);
    for (Target t : both) {
      for (int i = 0; i < warmup; i++) {
        t.lifecycle(sequence.incrementAndGet(), new Samples(), new Samples());
      }
    }
    log("review tasks per function in the product: %s (the bare app gets as many)", product.reviewTasks);
    vacuum(both);
    // storage per finished procurement is the growth over the timed lifecycles: the warm-up has
    // given every table and index its first pages (with free-space and visibility maps once
    // vacuumed), a fixed cost of the database, not of a procurement, that the few procurements
    // measured here would otherwise share; the report shows both
    Map<String, BenchDb.Size> before = sizes(both);
    // the warm-up's calls are not part of the figures
    for (Target t : both) {
      t.timings.start.clear();
      t.timings.confirm.clear();
      t.timings.signOff.clear();
    }

    log("full lifecycles: %d per app, interleaved in blocks of %d", lifecycles, block);
    for (int done = 0; done < lifecycles; done += block) {
      if (done >= 2 && late("timed lifecycles after " + done)) {
        break;
      }
      lifecyclesDone = Math.min(lifecycles, done + block);
      for (Target t : both) {
        for (int i = done; i < Math.min(lifecycles, done + block); i++) {
          t.lifecycle(sequence.incrementAndGet(), t.timings.lifecycle, t.timings.review);
        }
      }
      vacuum(both);
    }
    for (Target t : both) {
      t.awaitJobs(Duration.ofMinutes(2));
    }
    Map<String, BenchDb.Size> afterLifecycles = sizes(both);
    for (Target t : both) {
      finishedPer.put(t.name, afterLifecycles.get(t.name).minus(before.get(t.name)).per(lifecyclesDone));
      finishedWithFirstPages.put(t.name, afterLifecycles.get(t.name).minus(empty.get(t.name)).per(warmup + lifecyclesDone));
    }
    taskLists(0, both);

    int seq = Math.min(sequential, live);
    log("live procurements: %d sequential start+confirm per app (blocks of 10), then %d with %d clients", seq, live - seq, clients);
    Map<String, BenchDb.Size> beforeSeed = sizes(both);
    for (int done = 0; done < seq; done += 10) {
      for (Target t : both) {
        for (int i = done; i < Math.min(seq, done + 10); i++) {
          // the start alone: not competing with the previous confirmation's asynchronous review preparation
          t.awaitJobs(Duration.ofMinutes(2));
          Target.Started p = t.start(sequence.incrementAndGet(), t.timings.start);
          t.confirm(p, t.timings.confirm);
        }
      }
    }
    liveReached = seq + seed(both, live - seq, true);
    Map<String, BenchDb.Size> afterSeed = sizes(both);
    for (Target t : both) {
      reviewPer.put(t.name, afterSeed.get(t.name).minus(beforeSeed.get(t.name)).per(liveReached));
    }
    taskLists(liveReached, both);
    if (!late("lifecycles at " + liveReached + " live")) {
      lifecyclesAtScale(both);
    }
    if (tenk && liveReached < 10_000 && !late("the 10,000 step")) {
      liveReached += seed(both, 10_000 - liveReached, false);
      taskLists(liveReached, both);
      if (!late("lifecycles at " + liveReached + " live")) {
        lifecyclesAtScale(both);
      }
    }
  }

  /**
   * Starts and confirms {@code count} procurements per app with the concurrent clients, in blocks;
   * answers how many per app (fewer when the time budget ran out).
   */
  private int seed(List<Target> both, int count, boolean timed) throws Exception {
    if (count <= 0) {
      return 0;
    }
    int seeded = 0;
    int blockSize = Math.max(clients, Math.min(200, count / 4));
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (int done = 0; done < count; done += blockSize) {
      if (done > 0 && late("seeding after " + done + " of " + count)) {
        break;
      }
      int n = Math.min(blockSize, count - done);
      seeded += n;
      for (Target t : both) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          futures.add(pool.submit(() -> {
            Target.Started p = t.start(sequence.incrementAndGet(), null);
            t.confirm(p, null);
            return null;
          }));
        }
        for (Future<?> f : futures) {
          try {
            f.get(10, TimeUnit.MINUTES);
          } catch (java.util.concurrent.ExecutionException e) {
            seedErrors.merge(t.name, 1, Integer::sum);
            if (seedErrors.get(t.name) <= 3) {
              log("%s: a concurrent start failed: %s", t.name, e.getCause());
            }
          }
        }
        pool.shutdown();
        long[] total = totals.computeIfAbsent(t.name, k -> new long[2]);
        total[0] += n;
        total[1] += System.nanoTime() - t0;
      }
      log("  seeded %d of %d per app", done + n, count);
    }
    if (timed) {
      totals.forEach((name, total) -> throughput.put(name, total[0] / (total[1] / 1e9)));
    }
    for (Target t : both) {
      t.awaitJobs(Duration.ofMinutes(30));
      if (t.db.failedJobs() > 0) {
        notes.add(t.name + ": " + t.db.failedJobs() + " failed jobs (incidents) after seeding");
      }
    }
    return seeded;
  }

  /** Whether the time budget is spent; notes the phase cut short. */
  private boolean late(String what) {
    if (budgetMinutes > 0 && Duration.between(began, Instant.now()).toMinutes() >= budgetMinutes) {
      String note = "time budget of " + budgetMinutes + " min reached: cut short at " + what;
      if (!notes.contains(note)) {
        notes.add(note);
        log("%s", note);
      }
      return true;
    }
    return false;
  }

  private void lifecyclesAtScale(List<Target> both) {
    for (int i = 0; i < scaleLifecycles; i++) {
      for (Target t : both) {
        t.lifecycle(sequence.incrementAndGet(), t.timings.lifecycleAtScale, t.timings.reviewAtScale);
      }
    }
  }

  /** The task-list calls, {@code rounds} times each, the apps alternating per round; after VACUUM ANALYZE. */
  private void taskLists(int level, List<Target> both) {
    log("task lists at %d live procurements: VACUUM ANALYZE, then up to %d rounds", level, rounds);
    Map<String, Map<String, Samples>> byApp = new LinkedHashMap<>();
    Map<String, String> filters = new LinkedHashMap<>();
    for (Target t : both) {
      t.db.vacuumAnalyze();
      byApp.put(t.name, new LinkedHashMap<>());
      String name = java.net.URLEncoder.encode("My group's tasks", java.nio.charset.StandardCharsets.UTF_8);
      filters.put(t.name, t.http.read("/engine-rest/filter?resourceType=Task&name=" + name, "demo-security").get(0)
          .get("id").asText());
    }
    // each app's own share of the level's time: an app stops (after 5 rounds) once its calls have
    // taken it, so the bare app's minute-long filter calls at 10,000 do not cut the product's
    // samples to 5 (a p95 of 5 is the slowest call), and the rounds alternate while both are sampled
    long share = TimeUnit.SECONDS.toNanos(appSecondsPerLevel);
    Map<String, Long> spent = new HashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (Target t : both) {
        if (r >= 5 && spent.getOrDefault(t.name, 0L) > share) {
          continue;
        }
        long roundStart = System.nanoTime();
        Map<String, Samples> s = byApp.get(t.name);
        time(s, CALL_REST, t.http.get("/engine-rest/task?candidateGroup=security&maxResults=15", "demo-security"));
        time(s, CALL_FILTERS, t.http.get("/engine-rest/filter?resourceType=Task&itemCount=true", "demo-security"));
        time(s, CALL_FILTER_LIST, t.http.postAsTasklist("/engine-rest/filter/" + filters.get(t.name) + "/list?firstResult=0&maxResults=15",
            "demo-security", Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")))));
        time(s, CALL_MANAGER, t.http.get("/engine-rest/task?maxResults=15", "demo-manager"));
        String key = t.anyLiveBusinessKey();
        if (key != null) {
          time(s, CALL_KEY, t.http.get("/engine-rest/task?processInstanceBusinessKey=" + key, "demo-security"));
        }
        spent.merge(t.name, System.nanoTime() - roundStart, Long::sum);
      }
    }
    taskLists.put(level, byApp);
    byApp.forEach((app, calls) -> log("  %s: REST p95 %.1f ms, filter count p95 %.1f ms, filter list p95 %.1f ms",
        app, calls.get(CALL_REST).p95(), calls.get(CALL_FILTERS).p95(), calls.get(CALL_FILTER_LIST).p95()));
  }

  static final String CALL_REST = "REST task list (candidateGroup=security, 15)";
  static final String CALL_FILTERS = "Tasklist filter list (itemCount=true)";
  static final String CALL_FILTER_LIST = "Tasklist filter \"My group's tasks\" (15, HAL with its total)";
  static final String CALL_MANAGER = "manager's all-tasks view (15)";
  static final String CALL_KEY = "business-key task lookup";

  private static void time(Map<String, Samples> samples, String call, BenchHttp.Answer answer) {
    BenchHttp.expect(answer, 200, call);
    samples.computeIfAbsent(call, k -> new Samples()).add(answer.millis());
  }

  /**
   * VACUUM of both databases between blocks of lifecycles, untimed: autovacuum's work in production,
   * so that storage per finished procurement counts what a procurement keeps, not the dead runtime
   * rows of the lifecycles before it, whose space PostgreSQL reuses once vacuumed.
   */
  private void vacuum(List<Target> both) {
    for (Target t : both) {
      t.awaitJobs(Duration.ofMinutes(2));
      t.db.vacuum();
    }
  }

  private Map<String, BenchDb.Size> sizes(List<Target> both) {
    Map<String, BenchDb.Size> sizes = new LinkedHashMap<>();
    for (Target t : both) {
      sizes.put(t.name, t.db.size());
    }
    return sizes;
  }

  /** Tables listed by name in the storage breakdown; the rest are summed as "other tables". */
  static final int BREAKDOWN_TABLES = 20;

  /**
   * Markdown table of where a procurement's bytes go: the {@link #BREAKDOWN_TABLES} tables that grew
   * most in either app, KB and rows per procurement for the product and the bare app, the rest summed.
   * Empty when either app was not measured.
   */
  static String storageByTable(String title, Map<String, BenchDb.Size> per) {
    BenchDb.Size p = per.get("product");
    BenchDb.Size b = per.get("bare");
    if (p == null || b == null || p.tables().isEmpty()) {
      return "";
    }
    java.util.Set<String> names = new java.util.TreeSet<>(p.tables().keySet());
    names.addAll(b.tables().keySet());
    long[] none = new long[2];
    List<String> order = names.stream()
        .sorted(java.util.Comparator.comparingLong((String t) -> -Math.max(p.tables().getOrDefault(t, none)[0],
            b.tables().getOrDefault(t, none)[0])).thenComparing(t -> t))
        .toList();
    StringBuilder s = new StringBuilder("\n").append(title).append(" (KB / rows; pg_total_relation_size and count(*) per table)\n\n")
        .append("| table | product KB | product rows | bare KB | bare rows |\n|---|---:|---:|---:|---:|\n");
    long[] otherP = new long[2];
    long[] otherB = new long[2];
    for (int i = 0; i < order.size(); i++) {
      long[] pt = p.tables().getOrDefault(order.get(i), none);
      long[] bt = b.tables().getOrDefault(order.get(i), none);
      if (i < BREAKDOWN_TABLES) {
        s.append("| ").append(order.get(i)).append(" | ").append(f1(pt[0] / KB)).append(" | ").append(pt[1]).append(" | ")
            .append(f1(bt[0] / KB)).append(" | ").append(bt[1]).append(" |\n");
      } else {
        otherP[0] += pt[0];
        otherP[1] += pt[1];
        otherB[0] += bt[0];
        otherB[1] += bt[1];
      }
    }
    if (order.size() > BREAKDOWN_TABLES) {
      s.append("| ").append(order.size() - BREAKDOWN_TABLES).append(" other tables | ").append(f1(otherP[0] / KB)).append(" | ")
          .append(otherP[1]).append(" | ").append(f1(otherB[0] / KB)).append(" | ").append(otherB[1]).append(" |\n");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // report

  private record Row(String measure, String product, String bare, String ratio, String target, String verdict) {}

  /** Writes the report; answers the smoke gate's breaches (empty outside smoke). */
  private List<String> report() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> breaches = new ArrayList<>();
    Target.Timings p = productTimings;
    Target.Timings b = bareTimings;
    ratioRow(rows, breaches, "procurement start (median ms)", p.start, b.start, 1.25);
    ratioRow(rows, breaches, "tier confirmation (median ms)", p.confirm, b.confirm, Double.NaN);
    ratioRow(rows, breaches, "review-task completion (median ms)", p.review, b.review, 2.0);
    ratioRow(rows, breaches, "sign-off completion (median ms)", p.signOff, b.signOff, Double.NaN);
    ratioRow(rows, breaches, "full lifecycle, no other live procurement (median ms)", p.lifecycle, b.lifecycle, Double.NaN);
    if (throughput.containsKey("product")) {
      double tp = throughput.get("product");
      double tb = throughput.get("bare");
      rows.add(new Row("throughput, start + confirm, " + clients + " clients (per s)", f1(tp), f1(tb), f2(tp / tb),
          "none (issue: 0.62–0.78× before)", ""));
    }
    for (Map.Entry<Integer, Map<String, Map<String, Samples>>> level : taskLists.entrySet()) {
      for (String call : List.of(CALL_REST, CALL_FILTERS, CALL_FILTER_LIST, CALL_MANAGER, CALL_KEY)) {
        Samples ps = level.getValue().get("product").get(call);
        Samples bs = level.getValue().get("bare").get(call);
        if (ps == null || bs == null) {
          continue;
        }
        boolean gated = smoke && call.equals(CALL_REST) && level.getKey() == liveReached;
        String verdict = ps.p95() < 50 ? "met" : "not met";
        // twice the target, and not merely a slow machine: the bare app on the same machine is at least
        // twice as fast (a loaded CI machine slows both). Judged on the median as well as the p95: with
        // 15 samples the p95 is the slowest call, which a burst of the PostgreSQL suite running beside
        // the smoke decides (CI of 2026-12-01: 104 ms against 46 ms with no live procurement at all,
        // where nothing of the product is in the query); a slower query slows every call
        if (gated && ps.p95() > 100 && ps.p95() > 2 * bs.p95() && ps.median() > 50 && ps.median() > 2 * bs.median()) {
          breaches.add("task list p95 " + f1(ps.p95()) + " ms, median " + f1(ps.median()) + " ms at " + level.getKey()
              + " live > 100 / 50 ms (bare: " + f1(bs.p95()) + " / " + f1(bs.median()) + " ms)");
        }
        String n = ps.count() == bs.count() ? "" : "; " + ps.count() + " / " + bs.count() + " samples";
        rows.add(new Row("p95 " + call + " at " + String.format(Locale.ROOT, "%,d", level.getKey()) + " live (ms" + n + ")",
            f1(ps.p95()), f1(bs.p95()), f2(ps.p95() / bs.p95()), "< 50 ms (at 10,000)", verdict));
      }
    }
    if (p.lifecycleAtScale.count() > 0) {
      ratioRow(rows, breaches, "full lifecycle at the largest live level (median ms)", p.lifecycleAtScale, b.lifecycleAtScale, Double.NaN);
      ratioRow(rows, breaches, "review-task completion at the largest live level (median ms)", p.reviewAtScale, b.reviewAtScale, Double.NaN);
    }
    sizeRow(rows, breaches, "storage per procurement in review", reviewPer, 200);
    sizeRow(rows, breaches, "storage per finished procurement", finishedPer, 300);
    BenchDb.Size pf = finishedWithFirstPages.get("product");
    BenchDb.Size bf = finishedWithFirstPages.get("bare");
    if (pf != null && bf != null) {
      rows.add(new Row("storage per finished procurement, counting the empty database's first pages (KB)", f1(pf.bytes() / KB),
          f1(bf.bytes() / KB), f2((double) pf.bytes() / bf.bytes()), "", ""));
    }
    long[] pr = rss.getOrDefault("product", new long[] {-1, -1});
    long[] br = rss.getOrDefault("bare", new long[] {-1, -1});
    rows.add(new Row("RSS peak (VmHWM, MiB)", f0(pr[1] / KB), f0(br[1] / KB), f2((double) pr[1] / br[1]), "≤ 1024 MiB",
        pr[1] <= 1024 * 1024 ? "met" : "not met"));
    rows.add(new Row("RSS at the end (VmRSS, MiB)", f0(pr[0] / KB), f0(br[0] / KB), f2((double) pr[0] / br[0]), "", ""));
    double rssLimitMib = gateLimit("RSS peak", 2 * 1024);
    if (smoke && pr[1] / KB > rssLimitMib) {
      breaches.add("RSS peak " + f0(pr[1] / KB) + " MiB > " + f0(rssLimitMib) + " MiB");
    }
    writeReport(rows);
    return breaches;
  }

  Target.Timings productTimings;
  Target.Timings bareTimings;

  /**
   * Regression ceilings of the smoke gate for the measures whose issue-14 target the product does not
   * meet yet (docs/benchmarks.md, "The CI gate"): today's value on a loaded machine plus a margin, so
   * CI sees a regression without failing on the known gap. Measure name prefix → limit in the measure's
   * unit (ratio, KB, MiB). Remove an entry once its target is met: the gate is then twice the target.
   */
  static final Map<String, Double> KNOWN_GAP_CEILINGS = Map.of();
  // None left since 2026-12-03. Storage per finished procurement had 1,200 KB: 1.5-1.6 MB before,
  // 1.15-1.22 MB after ADR 0008, 0.93 MB since its decision 5, 0.78 MB since its addendum of
  // 2026-12-03, all counting the empty database's first pages over the smoke's five procurements;
  // 252-258 KB (smoke) and 249 KB (full run) since it is measured over the timed lifecycles, gated at
  // twice its 300 KB target. Storage in review (706 KB before issue 14's fixes, 411-439 KB after ADR
  // 0008, 323 KB since form views are worked out when read, 258-270 KB since decision 5) had 600 KB.

  /** The smoke gate's limit for a measure: twice its target, or its known-gap ceiling where that is higher. */
  static double gateLimit(String measure, double twiceTarget) {
    return KNOWN_GAP_CEILINGS.entrySet().stream().filter(e -> measure.startsWith(e.getKey()))
        .mapToDouble(Map.Entry::getValue).map(ceiling -> Math.max(ceiling, twiceTarget)).findFirst().orElse(twiceTarget);
  }

  private void ratioRow(List<Row> rows, List<String> breaches, String measure, Samples product, Samples bare, double target) {
    double ratio = product.median() / bare.median();
    String verdict = Double.isNaN(target) ? "" : ratio <= target ? "met" : "not met";
    double limit = gateLimit(measure, 2 * target);
    if (smoke && !Double.isNaN(target) && ratio > limit) {
      breaches.add(measure + " ratio " + f2(ratio) + " > " + f2(limit));
    }
    rows.add(new Row(measure + " [n=" + product.count() + "/" + bare.count() + "; mean " + f1(product.mean()) + "/"
        + f1(bare.mean()) + "]", f1(product.median()), f1(bare.median()), f2(ratio),
        Double.isNaN(target) ? "" : "≤ " + target + "×", verdict));
  }

  private void sizeRow(List<Row> rows, List<String> breaches, String measure, Map<String, BenchDb.Size> per, int targetKb) {
    BenchDb.Size p = per.get("product");
    BenchDb.Size b = per.get("bare");
    if (p == null || b == null) {
      return;
    }
    rows.add(new Row(measure + " (KB)", f1(p.bytes() / KB), f1(b.bytes() / KB), f2((double) p.bytes() / b.bytes()),
        "≤ " + targetKb + " KB", p.bytes() / KB <= targetKb ? "met" : "not met"));
    rows.add(new Row(measure + " (rows)", String.valueOf(p.rows()), String.valueOf(b.rows()),
        f2((double) p.rows() / b.rows()), "", ""));
    double limitKb = gateLimit(measure, 2 * targetKb);
    if (smoke && p.bytes() / KB > limitKb) {
      breaches.add(measure + " " + f0(p.bytes() / KB) + " KB > " + f0(limitKb) + " KB");
    }
  }

  private void writeReport(List<Row> rows) throws IOException {
    StringBuilder s = new StringBuilder();
    String date = DateTimeFormatter.ISO_INSTANT.format(began.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    s.append("<!-- run:").append(label).append(" -->\n");
    s.append("## ").append(label).append(" (").append(date).append(")\n\n");
    s.append("- Machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ").append(memory()).append(" RAM; load average (1/5/15 min) ").append(loadBefore)
        .append(" at the start, ").append(loadAfter).append(" at the end (other work shares these cores)\n");
    s.append("- Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vm.name"))
        .append("), both apps with the JVM's default settings").append(javaOpts()).append("; PostgreSQL ")
        .append(BenchDb.version()).append(" on 127.0.0.1\n");
    s.append("- Product commit ").append(System.getProperty("bench.commit", "unknown")).append("; Camunda 7.24.0, Spring Boot 3.5.7 in both\n");
    s.append("- Settings: ").append(warmup).append(" warm-up + ").append(lifecyclesDone).append(" timed full lifecycles per app (blocks of ")
        .append(block).append("), ").append(Math.min(sequential, live)).append(" sequential starts, ").append(liveReached)
        .append(" live procurements in review (").append(clients).append(" clients), ").append(rounds)
        .append(" samples per task-list call and level (at least 5; an app stops after ").append(appSecondsPerLevel)
        .append(" s of its own calls in a level), ").append(scaleLifecycles).append(" lifecycles per app at each live level")
        .append(tenk ? ", the 10,000 step" : ", no 10,000 step").append(smoke ? " (smoke)" : "").append("; took ")
        .append(Duration.between(began, Instant.now()).toMinutes()).append(" min\n\n");
    s.append("| measure | product | bare | product/bare | target | |\n|---|---:|---:|---:|---|---|\n");
    for (Row r : rows) {
      s.append("| ").append(r.measure()).append(" | ").append(r.product()).append(" | ").append(r.bare()).append(" | ")
          .append(r.ratio()).append(" | ").append(r.target()).append(" | ").append(r.verdict()).append(" |\n");
    }
    s.append(storageByTable("Storage per finished procurement by table", finishedPer));
    s.append(storageByTable("Storage per procurement in review by table", reviewPer));
    seedErrors.forEach((app, n) -> notes.add(app + ": " + n + " concurrent start+confirm calls failed"));
    if (!notes.isEmpty()) {
      s.append("\nNotes: ").append(String.join("; ", notes)).append("\n");
    }
    s.append("<!-- /run:").append(label).append(" -->\n");
    String section = s.toString();
    Files.writeString(OUT.resolve("summary-" + label + ".md"), section);
    log("%n%s", section);

    String existing = Files.exists(reportFile) ? Files.readString(reportFile) : "";
    String start = "<!-- run:" + label + " -->";
    String end = "<!-- /run:" + label + " -->\n";
    String body;
    if (existing.contains(start) && existing.contains(end)) {
      body = existing.substring(0, existing.indexOf(start)) + section
          + existing.substring(existing.indexOf(end) + end.length());
    } else if (existing.contains("<!-- runs -->")) {
      body = existing.replace("<!-- runs -->\n", "<!-- runs -->\n" + section + "\n");
    } else {
      body = existing.isEmpty() ? "# Benchmarks\n\n<!-- runs -->\n" + section : existing + "\n" + section;
    }
    Files.createDirectories(reportFile.getParent());
    Files.writeString(reportFile, body);
    log("report: %s", reportFile);
  }

  private static String javaOpts() {
    String opts = BenchNode.javaOpts();
    return opts.isEmpty() ? "" : " plus " + opts
        + (opts.equals(BenchNode.DOCUMENTED_JAVA_OPTS) ? " (the product's documented heap, docs/operations.md)" : "");
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
          .map(l -> f1(Long.parseLong(l.replaceAll("[^0-9]", "")) / KB / KB) + " GiB").orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String f0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static Path jar(String property) {
    String path = System.getProperty(property);
    if (path == null || !Files.exists(Path.of(path))) {
      throw new IllegalStateException(property + " must name the packaged jar (tools/bench/run.sh sets it): " + path);
    }
    return Path.of(path);
  }

  static void log(String format, Object... args) {
    String line = String.format(Locale.ROOT, "%s %s", DateTimeFormatter.ISO_LOCAL_TIME.withZone(ZoneOffset.UTC)
        .format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), String.format(Locale.ROOT, format, args));
    System.out.println(line);
    try {
      Files.writeString(OUT.resolve("progress.log"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the console has it
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
