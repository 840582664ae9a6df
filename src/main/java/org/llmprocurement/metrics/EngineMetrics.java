package org.llmprocurement.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * Camunda's own metrics as Prometheus counters, {@code camunda_engine_metric_total{name}} (the
 * engine's metric names, e.g. {@code job-successful}, {@code job-failed},
 * {@code activity-instance-start}; the engine writes them to its database every
 * {@code metricsReporterInterval}, 15 minutes by default, so a counter moves in steps), and three
 * gauges of the job executor's health: {@code camunda_jobs_due} (executable jobs waiting),
 * {@code camunda_jobs_failed_no_retries} and {@code camunda_incidents_open}.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> NAMES = List.of(Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_ELEMENTS, Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL,
      Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE);

  private final ManagementService management;
  private final RuntimeService runtime;
  private final IdentityService identity;

  EngineMetrics(ManagementService management, RuntimeService runtime, IdentityService identity) {
    this.management = management;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String name : NAMES) {
      FunctionCounter.builder("camunda_engine_metric", management, m -> sum(name))
          .description("Camunda engine metric (sum over all nodes, as stored by the engine)").tag("name", name).register(registry);
    }
    Gauge.builder("camunda_jobs_due", () -> system(() -> management.createJobQuery().executable().count()))
        .description("Jobs due for execution and not yet executed").register(registry);
    Gauge.builder("camunda_jobs_failed_no_retries", () -> system(() -> management.createJobQuery().noRetriesLeft().count()))
        .description("Jobs that failed and have no retries left").register(registry);
    Gauge.builder("camunda_incidents_open", () -> system(() -> runtime.createIncidentQuery().count()))
        .description("Open incidents").register(registry);
  }

  private double sum(String name) {
    return system(() -> management.createMetricsQuery().name(name).sum());
  }

  private <T extends Number> double system(java.util.function.Supplier<T> query) {
    return SystemAccess.withoutAuthorization(identity, query).doubleValue();
  }
}
