package org.llmprocurement.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.lifecycle.LifecycleRegistry;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.lifecycle.StageResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Business gauges, all read from one snapshot taken at most every {@link #MAX_AGE} (a scrape every
 * 15 s costs the database one set of queries every 30 s):
 * <ul>
 *   <li>{@code llmp_procurements{stage, tier}}: procurements by lifecycle stage (as the API names
 *       them) and risk tier ({@code NONE} before the tier is confirmed);</li>
 *   <li>{@code llmp_tasks_open{group}} and {@code llmp_tasks_overdue{group}}: open user tasks a
 *       working group is a candidate for, and those past their due date;</li>
 *   <li>{@code llmp_review_gaps_open}: review items that are gaps not yet settled (gaps, waivers and disputes awaiting approval);</li>
 *   <li>{@code llmp_contracts{status}}: register entries by status.</li>
 * </ul>
 */
@Component
class BusinessMetrics implements MeterBinder {

  static final Duration MAX_AGE = Duration.ofSeconds(30);
  static final List<String> CONTRACT_STATUSES = List.of("ACTIVE", "NOTICE_GIVEN", "TERMINATED", "EXPIRED", "CLOSED");

  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final IdentityService identity;
  private final LifecycleRegistry lifecycle;
  private final StageResolver stages;
  private final JdbcTemplate jdbc;
  private volatile Snapshot snapshot;

  BusinessMetrics(HistoryService history, RepositoryService repository, TaskService tasks, IdentityService identity, LifecycleRegistry lifecycle,
      StageResolver stages, JdbcTemplate jdbc) {
    this.stages = stages;
    this.history = history;
    this.repository = repository;
    this.tasks = tasks;
    this.identity = identity;
    this.lifecycle = lifecycle;
    this.jdbc = jdbc;
  }

  /** What the gauges show, taken at {@code takenAt}. */
  record Snapshot(Instant takenAt, Map<String, Long> procurements, Map<String, Long> openTasks,
      Map<String, Long> overdueTasks, long openGaps, Map<String, Long> contracts, Map<String, Long> vendorBreaches) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    List<String> stages = lifecycle.stageNames();
    List<String> tiers = new ArrayList<>();
    for (RiskTier tier : RiskTier.values()) {
      tiers.add(tier.name());
    }
    tiers.add("NONE");
    for (String stage : stages) {
      for (String tier : tiers) {
        gauge(registry, "llmp_procurements", "Procurements by lifecycle stage and risk tier", Tags.of("stage", stage, "tier", tier),
            () -> current().procurements().getOrDefault(stage + "/" + tier, 0L));
      }
    }
    for (String group : Groups.WORKING) {
      gauge(registry, "llmp_tasks_open", "Open user tasks a working group is a candidate for", Tags.of("group", group),
          () -> current().openTasks().getOrDefault(group, 0L));
      gauge(registry, "llmp_tasks_overdue", "Open user tasks of a working group past their due date", Tags.of("group", group),
          () -> current().overdueTasks().getOrDefault(group, 0L));
    }
    gauge(registry, "llmp_review_gaps_open", "Review items that are gaps not yet settled", Tags.empty(), () -> current().openGaps());
    for (String status : CONTRACT_STATUSES) {
      gauge(registry, "llmp_contracts", "Register entries by status", Tags.of("status", status),
          () -> current().contracts().getOrDefault(status, 0L));
    }
    for (org.llmprocurement.notices.BreachKind kind : org.llmprocurement.notices.BreachKind.values()) {
      gauge(registry, "llmp_vendor_breaches", "Vendor breaches recorded against contracts in force, by kind (late notice, missed deadline, ...)",
          Tags.of("kind", kind.name()), () -> current().vendorBreaches().getOrDefault(kind.name(), 0L));
    }
  }

  private static void gauge(MeterRegistry registry, String name, String help, Tags tags, Supplier<Number> value) {
    Gauge.builder(name, value).description(help).tags(tags).register(registry);
  }

  /** Drops the snapshot so the next read takes a new one (tests). */
  void forget() {
    snapshot = null;
  }

  /** The snapshot, taken anew when older than {@link #MAX_AGE}. */
  Snapshot current() {
    Snapshot s = snapshot;
    Instant now = Instant.now();
    if (s == null || s.takenAt().plus(MAX_AGE).isBefore(now)) {
      synchronized (this) {
        s = snapshot;
        if (s == null || s.takenAt().plus(MAX_AGE).isBefore(now)) {
          s = SystemAccess.withoutAuthorization(identity, () -> take(now));
          snapshot = s;
        }
      }
    }
    return s;
  }

  private Snapshot take(Instant now) {
    Map<String, List<String>> activeByInstance = new HashMap<>();
    // only the main process's open activities (not those of every contract life and review round)
    for (ProcessDefinition version : repository.createProcessDefinitionQuery().processDefinitionKey(ProcurementLifecycle.KEY).list()) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processDefinitionId(version.getId())
          .unfinished().list()) {
        activeByInstance.computeIfAbsent(activity.getProcessInstanceId(), k -> new ArrayList<>()).add(activity.getActivityId());
      }
    }
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcurementLifecycle.KEY).list();
    // tiers read after the instances: a procurement's row is written with its instance's start, so every instance listed has its tier
    Map<String, String> tierByKey = new HashMap<>();
    jdbc.query("SELECT business_key, risk_tier FROM procurement",
        row -> { tierByKey.put(row.getString(1), row.getString(2) == null ? "NONE" : row.getString(2)); });
    Map<String, Long> procurements = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      List<String> active = activeByInstance.get(instance.getId());
      // running with no activity in the read above: started (or moved to another version) since, or
      // between two steps; its own read then says where it stands, as GET /api/procurements/{id} does
      String stage = instance.getEndTime() != null ? lifecycle.stageAfterEnd(instance.getEndActivityId())
          : active != null ? lifecycle.stageWhileActive(active) : stages.stageOf(instance.getId());
      String tier = tierByKey.getOrDefault(instance.getBusinessKey(), "NONE");
      procurements.merge(stage + "/" + tier, 1L, Long::sum);
    }
    Map<String, Long> open = new HashMap<>();
    Map<String, Long> overdue = new HashMap<>();
    Date nowDate = Date.from(now);
    for (String group : Groups.WORKING) {
      open.put(group, tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count());
      overdue.put(group, tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().dueBefore(nowDate).count());
    }
    Long gaps = jdbc.queryForObject("SELECT COUNT(*) FROM review_item WHERE status IN ('GAP', 'WAIVER_PENDING', 'DISPUTE_PENDING')", Long.class);
    Map<String, Long> contracts = new HashMap<>();
    jdbc.query("SELECT status, COUNT(*) FROM contract GROUP BY status", row -> { contracts.put(row.getString(1), row.getLong(2)); });
    Map<String, Long> breaches = new HashMap<>();
    jdbc.query("SELECT b.kind, COUNT(*) FROM vendor_breach b JOIN contract c ON c.id = b.contract_id"
        + " WHERE c.status IN ('ACTIVE', 'NOTICE_GIVEN') GROUP BY b.kind", row -> { breaches.put(row.getString(1), row.getLong(2)); });
    return new Snapshot(now, procurements, open, overdue, gaps == null ? 0 : gaps, contracts, breaches);
  }
}
