package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A closed contract's record is kept for its tier's retention and then removed by Camunda's history
 * cleanup in its window, while a contract closed later keeps its record. The engine clock is moved,
 * never waited for. The contracts live in 2001-2013, long before any other test's clock, so the
 * cleanup these tests run removes only their own history (every other instance ended later and is
 * due for removal two or ten years after that).
 */
class RecordRetentionTest extends ContractTest {

  private static final ZoneId SERVER = ZoneId.systemDefault();

  @Autowired
  private RecordRetention retention;

  @AfterEach
  void realClockAndItsCleanupSchedule() {
    EngineClock.reset();
    // the cleanup job was rescheduled on the moved clock: back to the next real window
    engine.getHistoryService().cleanUpHistoryAsync(false);
  }

  @Test
  void everyProcessInstanceOfAClosedContractIsKeptForItsTiersRetention() {
    EngineClock.set(Instant.parse("2001-03-01T09:00:00Z"));
    Contract contract = contract("Retention Vendor");
    endProcurement(contract);
    Instant closedAt = Instant.parse("2001-06-01T12:00:00Z");
    EngineClock.set(closedAt);

    RecordRetention.Retained retained = retainAndEndTheRest(contract, closedAt);

    assertThat(contract.getRiskTier()).isEqualTo(RiskTier.HIGH);
    assertThat(retained.retentionYears()).as("HIGH, from record-retention.dmn").isEqualTo(10);
    assertThat(retained.retainUntil()).isEqualTo(Instant.parse("2011-06-01T12:00:00Z"));
    List<String> related = related(contract.getBusinessKey());
    assertThat(related).as("procurement, registration, contract life and what it called").hasSizeGreaterThanOrEqualTo(4);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(related)).list())
        .as("a called instance").anySatisfy(p -> assertThat(p.getSuperProcessInstanceId()).isNotNull());
    assertThat(retained.processInstanceIds()).containsExactlyInAnyOrderElementsOf(related);
    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(related)).list())
        .as("the contract life ended after retain while the entry is open: held (no removal time), for now")
        .anySatisfy(p -> assertThat(p.getRemovalTime()).isNotEqualTo(Date.from(retained.retainUntil())));

    runBatch(retained.batchId());

    Date until = Date.from(retained.retainUntil());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(related)).list())
        .hasSameSizeAs(related).allSatisfy(p -> assertThat(p.getRemovalTime()).as(p.getProcessDefinitionKey()).isEqualTo(until));
    for (String id : related) {
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).list())
          .allSatisfy(a -> assertThat(a.getRemovalTime()).as(a.getActivityId()).isEqualTo(until));
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).list())
          .allSatisfy(t -> assertThat(t.getRemovalTime()).as(t.getTaskDefinitionKey()).isEqualTo(until));
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).list())
          .allSatisfy(v -> assertThat(v.getRemovalTime()).as(v.getName()).isEqualTo(until));
    }
  }

  @Test
  void aClosedContractsHistoryIsGoneInTheFirstCleanupWindowAfterItsRetentionAndALaterOneStays() {
    EngineClock.set(Instant.parse("2001-03-01T09:00:00Z"));
    Contract early = contract("Early Close Vendor");
    Contract later = contract("Later Close Vendor");
    endProcurement(early);
    endProcurement(later);
    EngineClock.set(Instant.parse("2001-06-01T12:00:00Z"));
    runBatch(retainAndEndTheRest(early, EngineClock.now()).batchId());
    EngineClock.set(Instant.parse("2003-06-01T12:00:00Z"));
    runBatch(retainAndEndTheRest(later, EngineClock.now()).batchId());
    List<String> earlyInstances = related(early.getBusinessKey());
    List<String> laterInstances = related(later.getBusinessKey());
    long earlyRows = historyRows(earlyInstances);
    long laterRows = historyRows(laterInstances);
    assertThat(earlyRows).isPositive();

    // the evening before the removal time (2011-06-01 12:00 UTC), inside the window: kept
    EngineClock.set(LocalDateTime.of(2011, 5, 31, 23, 0).atZone(SERVER).toInstant());
    runCleanup(earlyInstances);
    assertThat(historyRows(earlyInstances)).isEqualTo(earlyRows);

    // past the removal time but at midday, outside the window: the cleanup does not run
    EngineClock.set(LocalDateTime.of(2011, 6, 2, 12, 0).atZone(SERVER).toInstant());
    runCleanup(earlyInstances);
    assertThat(historyRows(earlyInstances)).isEqualTo(earlyRows);

    // that evening, inside the window: the early contract's record is gone, the later one's is whole
    EngineClock.set(LocalDateTime.of(2011, 6, 2, 23, 0).atZone(SERVER).toInstant());
    runCleanup(earlyInstances);
    assertThat(historyRows(earlyInstances)).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(early.getBusinessKey()).count()).isZero();
    assertThat(historyRows(laterInstances)).isEqualTo(laterRows);
    assertThat(related(later.getBusinessKey())).containsExactlyInAnyOrderElementsOf(laterInstances);
  }

  @Test
  void theCleanupIsEnabledRemovesByRemovalTimeAndIsScheduledInsideItsWindow() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");

    List<Job> scheduled = engine.getHistoryService().findHistoryCleanupJobs();
    assertThat(scheduled).as("the engine scheduled the cleanup at start-up").isNotEmpty()
        .allSatisfy(job -> assertThat(insideWindow(job.getDuedate())).as("due " + job.getDuedate()).isTrue());

    EngineClock.set(LocalDateTime.of(2026, 12, 2, 12, 0).atZone(SERVER).toInstant());
    engine.getHistoryService().cleanUpHistoryAsync(false);
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).allSatisfy(job -> assertThat(job.getDuedate())
        .as("at midday, due when the window opens").isEqualTo(Date.from(LocalDateTime.of(2026, 12, 2, 22, 0).atZone(SERVER).toInstant())));

    Instant night = LocalDateTime.of(2026, 12, 3, 1, 30).atZone(SERVER).toInstant();
    EngineClock.set(night);
    engine.getHistoryService().cleanUpHistoryAsync(false);
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).allSatisfy(job -> {
      assertThat(job.getDuedate()).as("inside the window, due now").isBeforeOrEqualTo(Date.from(night));
      assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count()).isOne();
    });
  }

  @Test
  void aContractWithoutProcessHistoryIsRetainedWithoutABatchAndAMissingKeyIsRefused() {
    Instant closedAt = Instant.parse("2026-12-01T10:00:00Z");
    RecordRetention.Retained retained = retention.retain("LLMP-1999-99999", RiskTier.LOW, closedAt);

    assertThat(retained.retentionYears()).isEqualTo(6);
    assertThat(retained.retainUntil()).isEqualTo(Instant.parse("2032-12-01T10:00:00Z"));
    assertThat(retained.processInstanceIds()).isEmpty();
    assertThat(retained.batchId()).isNull();
    assertThatThrownBy(() -> retention.retain(" ", RiskTier.LOW, closedAt))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("business key");
  }

  private Contract contract(String vendor) {
    long id = registered(vendor + " " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    Contract contract = register.find(id).orElseThrow();
    // the contract life gets going, calling what it calls from the start (its audit evidence cadence)
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(contract.getBusinessKey())
        .processDefinitionKey("contract-life").list().forEach(life -> executeJobs(life.getId()));
    return contract;
  }

  /** The procurement ended long before the exit (here: its instance is ended, as at "Contract active"). */
  private void endProcurement(Contract contract) {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcurementLifecycle.KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test: procurement ended", true, true));
  }

  /**
   * What the exit's last step does, inside the engine command of its job (no user): retain, then end
   * what still runs in the same transaction (the exit runbook ends there; here the contract life
   * stands in for it).
   */
  private RecordRetention.Retained retainAndEndTheRest(Contract contract, Instant closedAt) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      RecordRetention.Retained retained = retention.retain(contract.getBusinessKey(), contract.getRiskTier(), closedAt);
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(contract.getBusinessKey())
          .rootProcessInstances().list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test: contract closed", true, true));
      return retained;
    });
  }

  /**
   * Runs a batch as the job executor would: its seed job, its jobs, its monitor job, which ends it
   * (no job of it is left for a later test's job loop).
   */
  private void runBatch(String batchId) {
    var management = engine.getManagementService();
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    assertThat(batch).as("batch " + batchId).isNotNull();
    for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId())) {
      for (int round = 0; round < 20; round++) {
        List<Job> jobs = management.createJobQuery().jobDefinitionId(definition).list();
        if (jobs.isEmpty()) {
          break;
        }
        jobs.forEach(job -> management.executeJob(job.getId()));
      }
    }
    assertThat(management.createBatchQuery().batchId(batchId).count()).as("the batch finished, no job of it left").isZero();
  }

  /**
   * What the job executor does at the moved clock: the cleanup job, rescheduled for that clock, run
   * again while it still removes some of these instances' history.
   */
  private void runCleanup(List<String> watched) {
    HistoryService history = engine.getHistoryService();
    history.cleanUpHistoryAsync(false);
    long before = Long.MAX_VALUE;
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = history.findHistoryCleanupJobs();
      assertThat(jobs).as("the engine schedules history cleanup").isNotEmpty();
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
      long now = historyRows(watched);
      if (now == 0 || now >= before) {
        return;
      }
      before = now;
    }
  }

  /** Process instances, activities, tasks and variables in the history of these instances. */
  private long historyRows(List<String> instanceIds) {
    HistoryService history = engine.getHistoryService();
    long rows = history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(instanceIds)).count();
    for (String id : instanceIds) {
      rows += history.createHistoricActivityInstanceQuery().processInstanceId(id).count()
          + history.createHistoricTaskInstanceQuery().processInstanceId(id).count()
          + history.createHistoricVariableInstanceQuery().processInstanceId(id).count();
    }
    return rows;
  }

  /** The contract's instances and, transitively, every instance they called. */
  private List<String> related(String businessKey) {
    HistoryService history = engine.getHistoryService();
    Set<String> found = new LinkedHashSet<>();
    Deque<HistoricProcessInstance> todo = new ArrayDeque<>(
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list());
    while (!todo.isEmpty()) {
      HistoricProcessInstance next = todo.poll();
      if (found.add(next.getId())) {
        todo.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(next.getId()).list());
      }
    }
    return new ArrayList<>(found);
  }

  private static boolean insideWindow(Date due) {
    LocalTime time = due.toInstant().atZone(SERVER).toLocalTime();
    return !time.isBefore(LocalTime.of(22, 0)) || time.isBefore(LocalTime.of(6, 0));
  }
}
