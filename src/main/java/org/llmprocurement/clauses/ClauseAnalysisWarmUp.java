package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.domain.RiskTier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the clause analysis over the catalogue's own binding examples on a background thread once the
 * application is ready, so that the Java runtime has compiled the analysis (OpenNLP's tokenizer and
 * tagger, the clause reading, the weak-wording patterns) before the first review needs it.
 *
 * <p>Why: a review-task completion analyses every clause recorded as MET (issue 14: in the benchmark's
 * profile the analysis was 40 % of the CPU its task submissions took). Until the just-in-time compiler has seen a few thousand analyses,
 * each costs two to six times its steady-state time: analysing all 87 binding examples took 399 ms in
 * a fresh JVM, 146 ms in the fourth round and 66 ms from about the twenty-fifth on (measured on the
 * 2-core machine of docs/benchmarks.md). An installation reviewing a few procurements a week would
 * never reach that steady state through use alone, and every restart starts cold again.
 *
 * <p>What it does not do: nothing is cached or stored (each analysis's result is dropped), so reviews
 * judge their clauses exactly as before; it touches neither the engine nor the database after reading
 * the catalogue and the HIGH tier's thresholds. The thread has the lowest priority and stops when the
 * application closes. {@code llmp.clause-analysis.warm-up-rounds} (default 30, about 5 s of one core
 * here) sets how many times every example is analysed; 0 switches it off (the test profile does).
 */
@Component
public class ClauseAnalysisWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(ClauseAnalysisWarmUp.class);

  /** One clause to analyse: the requirement's rule, the tier's thresholds and the text. */
  public record Sample(String requirementId, ClauseRule rule, Map<String, Object> thresholds, String text) {}

  /**
   * What a warm-up did: analyses run, rounds completed, and the first and last round's wall time in
   * milliseconds (-1 when no round completed); {@code stopped} when it ended before its rounds.
   */
  public record Report(int analyses, int rounds, long firstRoundMillis, long lastRoundMillis, boolean stopped) {}

  private final CatalogueService catalogue;
  private final ThresholdService thresholds;
  private final ClauseAnalysisService analysis;
  private final int rounds;
  private volatile boolean closing;
  private volatile Thread thread;
  private volatile Report report;

  ClauseAnalysisWarmUp(CatalogueService catalogue, ThresholdService thresholds, ClauseAnalysisService analysis,
      @Value("${llmp.clause-analysis.warm-up-rounds:30}") int rounds) {
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.analysis = analysis;
    this.rounds = rounds;
  }

  /** Starts the warm-up thread when the application is ready (nothing when rounds is 0 or less). */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (rounds <= 0) {
      return;
    }
    Thread t = new Thread(() -> {
      List<Sample> samples;
      try {
        samples = samples();
      } catch (RuntimeException e) {
        LOG.warn("Clause analysis not warmed up: the catalogue's examples or thresholds could not be read", e);
        return;
      }
      Report done = run(samples, rounds, () -> closing || Thread.currentThread().isInterrupted(), analysis::analyze);
      report = done;
      LOG.info("Clause analysis warmed up: {} analyses in {} rounds, first round {} ms, last round {} ms{}",
          done.analyses(), done.rounds(), done.firstRoundMillis(), done.lastRoundMillis(),
          done.stopped() ? " (stopped early)" : "");
    }, "clause-analysis-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    thread = t;
    t.start();
  }

  /** The warm-up's thread once started, else null (for tests). */
  Thread thread() {
    return thread;
  }

  /** What the finished warm-up did; null before it has finished or when it could not read the catalogue. */
  Report report() {
    return report;
  }

  /** Stops the warm-up when the application closes. */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    closing = true;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  /** Every catalogue requirement's binding example with its rule, at the HIGH tier's thresholds. */
  List<Sample> samples() {
    Map<String, Object> bars = thresholds.forTier(RiskTier.HIGH).values();
    List<Sample> samples = new ArrayList<>();
    for (Requirement requirement : catalogue.catalogue().requirements()) {
      if (requirement.analysis() != null && requirement.bindingExample() != null && !requirement.bindingExample().isBlank()) {
        samples.add(new Sample(requirement.id(), requirement.analysis(), bars, requirement.bindingExample()));
      }
    }
    return samples;
  }

  /** The analysis the warm-up calls: {@link ClauseAnalysisService#analyze}'s shape. */
  @FunctionalInterface
  public interface Analysis {
    ClauseAnalysis analyze(ClauseRule rule, Map<String, Object> thresholds, String text, Scope scope);
  }

  /**
   * Analyses every sample {@code rounds} times, checking {@code stop} before each analysis; an
   * analysis that throws ends the warm-up (reported as stopped) rather than the thread silently.
   *
   * @return what was done; never null
   */
  static Report run(List<Sample> samples, int rounds, BooleanSupplier stop, Analysis analysis) {
    int analyses = 0;
    int completed = 0;
    long first = -1;
    long last = -1;
    for (int round = 0; round < rounds && !samples.isEmpty(); round++) {
      long t0 = System.nanoTime();
      for (Sample sample : samples) {
        if (stop.getAsBoolean()) {
          return new Report(analyses, completed, first, last, true);
        }
        try {
          analysis.analyze(sample.rule(), sample.thresholds(), sample.text(), Scope.none());
        } catch (RuntimeException e) {
          LOG.warn("Clause analysis warm-up stopped: requirement {} could not be analysed", sample.requirementId(), e);
          return new Report(analyses, completed, first, last, true);
        }
        analyses++;
      }
      last = (System.nanoTime() - t0) / 1_000_000;
      if (first < 0) {
        first = last;
      }
      completed++;
    }
    return new Report(analyses, completed, first, last, false);
  }
}
