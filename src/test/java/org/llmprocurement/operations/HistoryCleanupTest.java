package org.llmprocurement.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;

/**
 * History is really removed: a process that ended is gone from history once its removal time
 * (two years after its end) has passed and the cleanup window opens. The clock is moved, never
 * waited for.
 */
class HistoryCleanupTest extends IntegrationTest {

  private String deploymentId;

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aCleanupWindowIsConfiguredOffHoursByDefault() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P730D");
  }

  @Test
  void historyOfAnEndedProcessIsGoneAfterItsRemovalTimeInTheWindow() {
    LocalDateTime ended = LocalDateTime.of(2026, 12, 1, 10, 0);
    ClockUtil.setCurrentTime(date(ended));
    deploymentId = engine.getRepositoryService().createDeployment().name("history-probe")
        .addModelInstance("history-probe.bpmn", Bpmn.createExecutableProcess("history-probe")
            .camundaHistoryTimeToLiveString("P730D").startEvent().endEvent().done())
        .deploy().getId();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("history-probe").getId();
    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance).singleResult();
    assertThat(history.getRemovalTime()).as("two years after the end").isEqualTo(date(ended.plusDays(730)));

    // a day before the removal time, inside the window: kept
    ClockUtil.setCurrentTime(date(ended.plusDays(729).withHour(23)));
    runCleanup();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();

    // after the removal time but outside the window (midday): the cleanup does not run
    ClockUtil.setCurrentTime(date(ended.plusDays(731).withHour(12)));
    runCleanup();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();

    // after the removal time, inside the window: gone, with its activities
    ClockUtil.setCurrentTime(date(ended.plusDays(731).withHour(23)));
    runCleanup();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  /**
   * What the job executor does inside the window: run the cleanup job, again while it finds work
   * (it removes in batches, oldest removal time first, and other tests leave history too).
   */
  private void runCleanup() {
    long before = Long.MAX_VALUE;
    for (int round = 0; round < 1000; round++) {
      runCleanupOnce();
      long now = engine.getHistoryService().createHistoricActivityInstanceQuery().count()
          + engine.getHistoryService().createHistoricProcessInstanceQuery().count();
      if (now >= before) {
        return;
      }
      before = now;
    }
  }

  private void runCleanupOnce() {
    var jobs = engine.getHistoryService().findHistoryCleanupJobs();
    if (jobs.isEmpty()) {
      engine.getHistoryService().cleanUpHistoryAsync();
      jobs = engine.getHistoryService().findHistoryCleanupJobs();
    }
    assertThat(jobs).as("the engine schedules history cleanup").isNotEmpty();
    for (Job job : jobs) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
