package org.llmprocurement.review;

import org.llmprocurement.lifecycle.ProcurementLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * All functions finish at the same moment: every review task is completed behind one barrier, then
 * their asynchronous continuations run at the same moment too. No decision may be lost and the
 * join must consolidate exactly once.
 */
class ReviewConcurrencyTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  ReviewConsolidation consolidation;

  @Autowired
  ReviewPackaging packaging;

  @Autowired
  PinnedVersions pinned;

  @Autowired
  ReviewOutcomeRepository outcomes;

  @Test
  void simultaneousCompletionOfAllRolesLosesNoDecision() throws Exception {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    record Work(String user, Task task, List<Map<String, Object>> rows) {}
    List<Work> work = new ArrayList<>();
    for (String role : ClauseReviewProcess.ROLES) {
      for (Task task : fixture.tasks(role)) {
        work.add(new Work(ReviewFixture.REVIEWERS.get(role), task, fixture.rows(task).stream().map(fixture::met).toList()));
      }
    }
    assertThat(work.size()).isGreaterThanOrEqualTo(ClauseReviewProcess.ROLES.size());

    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      CyclicBarrier completeTogether = new CyclicBarrier(work.size());
      List<Future<?>> completions = new ArrayList<>();
      for (Work w : work) {
        completions.add(pool.submit(() -> {
          completeTogether.await(30, TimeUnit.SECONDS);
          fixture.submit(w.user(), w.task(), w.rows());
          return null;
        }));
      }
      for (Future<?> f : completions) {
        f.get(60, TimeUnit.SECONDS); // a reviewer's completion never fails because another finished at the same time
      }

      // the continuations after each task (asyncAfter) and the join (asyncBefore) run in parallel, like several job executor threads
      int conflicts = 0;
      for (int round = 0; round < 30; round++) {
        List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
        if (jobs.isEmpty()) {
          if (engine.getManagementService().createJobQuery().withRetriesLeft().timers().count()
              == engine.getManagementService().createJobQuery().withRetriesLeft().count()) {
            break; // only the review due-date timers are left
          }
          // a conflicting job waits for its retry: let the engine clock reach it, as the job executor would
          org.camunda.bpm.engine.impl.util.ClockUtil.offset(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime()
              - System.currentTimeMillis() + 2 * 60_000);
          continue;
        }
        CyclicBarrier runTogether = new CyclicBarrier(jobs.size());
        List<Future<Boolean>> runs = new ArrayList<>();
        for (Job job : jobs) {
          runs.add(pool.submit(() -> {
            runTogether.await(30, TimeUnit.SECONDS);
            try {
              engine.getManagementService().executeJob(job.getId());
              return true;
            } catch (OptimisticLockingException e) {
              return false; // the job stays; a job executor would simply run it again
            }
          }));
        }
        for (Future<Boolean> run : runs) {
          if (!run.get(60, TimeUnit.SECONDS)) {
            conflicts++;
          }
        }
      }
      System.out.println("optimistic locking conflicts resolved by retry: " + conflicts);
    } finally {
      pool.shutdownNow();
    }

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(decisions.items(fixture.procurementId)).allSatisfy(item -> {
      assertThat(item.getStatus()).as(item.getRequirementId()).isEqualTo(ReviewStatus.MET);
      assertThat(item.getDecidedBy()).isNotNull();
    });
    assertThat(outcomes.findAll().stream().filter(o -> o.getProcurementId().equals(fixture.procurementId)))
        .as("consolidated exactly once").hasSize(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fixture.processInstanceId)
        .activityId(ProcurementLifecycle.SIGN_OFF).count()).as("sign-off started exactly once").isOne();
  }
}
