package org.llmprocurement.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.PortfolioQuery;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.lifecycle.StageResolver;
import org.llmprocurement.review.ReviewGaps;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The portfolio as people read it: the procurements the user may see ({@link PortfolioQuery} within
 * {@link ProcurementAccess#scope()}, the same as {@code GET /api/procurements}), each with its stage,
 * open tasks by group, overdue tasks, review gaps and contract dates; and the counts and deadlines
 * the charts draw. Reads only; every engine read runs as system work after the scope was decided.
 */
@Component
public class PortfolioView {

  /** The charts count at most this many procurements (the newest); the page says so when cut. */
  static final int CHART_LIMIT = 2000;
  /** How far ahead the deadline timeline looks, in days. */
  static final int TIMELINE_DAYS = 365;

  private final ProcurementAccess access;
  private final IntakeService intake;
  private final StageResolver stages;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ReviewGaps gaps;
  private final ContractRegister contracts;

  PortfolioView(ProcurementAccess access, IntakeService intake, StageResolver stages, TaskService tasks, RuntimeService runtime,
      IdentityService identity, ReviewGaps gaps, ContractRegister contracts) {
    this.access = access;
    this.intake = intake;
    this.stages = stages;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.gaps = gaps;
    this.contracts = contracts;
  }

  /** An open task of a procurement: id (for the Tasklist link), name, candidate group, due date (or null). */
  public record OpenTask(String id, String name, String group, Instant due, String businessKey) {
    public boolean overdue(Instant now) {
      return due != null && due.isBefore(now);
    }
  }

  /**
   * One line of the portfolio. {@code openTasksByGroup}: group id → number of open tasks offered to
   * it; {@code renewal}: the contract's term end, {@code noticeDeadline}: the last day to give notice
   * of non-renewal (both null before a contract is registered).
   */
  public record Row(long id, String businessKey, String title, String vendor, String product, String tier, String stage,
      Map<String, Integer> openTasksByGroup, int overdue, long gaps, LocalDate renewal, LocalDate noticeDeadline,
      String processInstanceId) {

    /** "Security 2, Legal 1" or "none". */
    public String openTasksText() {
      if (openTasksByGroup.isEmpty()) {
        return "none";
      }
      StringBuilder text = new StringBuilder();
      openTasksByGroup.forEach((group, count) -> text.append(text.length() == 0 ? "" : ", ")
          .append(Groups.displayName(group)).append(' ').append(count));
      return text.toString();
    }

    public String stageLabel() {
      return PortfolioView.stageLabel(stage);
    }
  }

  /** One page of rows and how many procurements match in all. */
  public record Rows(List<Row> rows, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** The page the query asks for, within the caller's scope. */
  Rows page(PortfolioQuery query) {
    ProcurementAccess.Scope scope = access.scope();
    Page<Procurement> found = query.run(intake, scope);
    return new Rows(rows(found.getContent()), query.page(), query.size(), found.getTotalElements());
  }

  /** Every procurement the query finds (all pages, at most {@code limit}), as rows. */
  List<Row> all(PortfolioQuery query, int limit) {
    ProcurementAccess.Scope scope = access.scope();
    List<Row> all = new ArrayList<>();
    for (int page = 0; all.size() < limit; page++) {
      PortfolioQuery paged = new PortfolioQuery(query.vendor(), query.tier(), query.text(), query.sort(), query.ascending(), page, 100);
      Page<Procurement> found = paged.run(intake, scope);
      all.addAll(rows(found.getContent()));
      if (!found.hasNext()) {
        break;
      }
    }
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  private List<Row> rows(List<Procurement> procurements) {
    if (procurements.isEmpty()) {
      return List.of();
    }
    Map<String, List<OpenTask>> open = openTasks(procurements.stream().map(Procurement::getBusinessKey).toList());
    Map<Long, Long> gapCounts = gaps.count(procurements.stream().map(Procurement::getId).toList());
    Instant now = EngineClock.now();
    List<Row> rows = new ArrayList<>();
    for (Procurement p : procurements) {
      List<OpenTask> its = open.getOrDefault(p.getBusinessKey(), List.of());
      Map<String, Integer> byGroup = new TreeMap<>();
      its.forEach(t -> byGroup.merge(t.group() == null ? "unassigned" : t.group(), 1, Integer::sum));
      int overdue = (int) its.stream().filter(t -> t.overdue(now)).map(OpenTask::id).distinct().count();
      Contract contract = contracts.ofProcurement(p.getId()).orElse(null);
      rows.add(new Row(p.getId(), p.getBusinessKey(), p.getTitle(), p.getVendor(), p.getProduct(),
          p.getRiskTier() == null ? null : p.getRiskTier().name(), stages.stageOf(p.getProcessInstanceId()), byGroup, overdue,
          gapCounts.getOrDefault(p.getId(), 0L), contract == null ? null : contract.getTermEnd(),
          contract == null ? null : contract.getNonRenewalDeadline(), p.getProcessInstanceId()));
    }
    return rows;
  }

  /**
   * Open tasks of the procurements with these business keys (every process sharing the key), one
   * entry per task and candidate group: one task query per working group and one process-instance
   * query, whatever the number of tasks.
   */
  Map<String, List<OpenTask>> openTasks(Collection<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    String[] keys = businessKeys.toArray(String[]::new);
    return SystemAccess.withoutAuthorization(identity, () -> {
      Map<String, List<Task>> byGroup = new LinkedHashMap<>();
      java.util.Set<String> instances = new java.util.HashSet<>();
      for (String group : Groups.WORKING) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).taskCandidateGroup(group)
            .includeAssignedTasks().list();
        byGroup.put(group, found);
        found.forEach(t -> instances.add(t.getProcessInstanceId()));
      }
      Map<String, String> keyOfInstance = new HashMap<>();
      if (!instances.isEmpty()) {
        runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
            .forEach((ProcessInstance pi) -> keyOfInstance.put(pi.getId(), pi.getBusinessKey()));
      }
      Map<String, List<OpenTask>> result = new HashMap<>();
      byGroup.forEach((group, found) -> found.forEach(task -> {
        String key = keyOfInstance.get(task.getProcessInstanceId());
        if (key != null) {
          result.computeIfAbsent(key, k -> new ArrayList<>()).add(new OpenTask(task.getId(), task.getName(), group,
              task.getDueDate() == null ? null : task.getDueDate().toInstant(), key));
        }
      }));
      return result;
    });
  }

  /** What the charts draw. */
  public record Charts(Map<String, Long> byStage, Map<String, Long> byTier, List<Deadline> deadlines, int counted, boolean cut) {}

  /** A dated event ahead: kind (Task due, Notice deadline, Renewal), date, procurement and what. */
  public record Deadline(String kind, LocalDate date, long procurementId, String businessKey, String what, boolean overdue,
      String taskId) {}

  /** The chart data for the procurements the query finds (filters apply; paging does not). */
  Charts charts(PortfolioQuery query) {
    List<Row> rows = all(query, CHART_LIMIT + 1);
    boolean cut = rows.size() > CHART_LIMIT;
    if (cut) {
      rows = rows.subList(0, CHART_LIMIT);
    }
    Map<String, Long> byStage = new TreeMap<>();
    Map<String, Long> byTier = new LinkedHashMap<>();
    for (String tier : List.of("LOW", "MEDIUM", "HIGH", "CRITICAL")) {
      byTier.put(tier, 0L);
    }
    rows.forEach(r -> {
      byStage.merge(stageLabel(r.stage()), 1L, Long::sum);
      if (r.tier() != null) {
        byTier.merge(r.tier(), 1L, Long::sum);
      }
    });
    LocalDate today = EngineClock.today();
    LocalDate horizon = today.plusDays(TIMELINE_DAYS);
    List<Deadline> deadlines = new ArrayList<>();
    Map<String, Row> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.businessKey(), r));
    Map<String, List<OpenTask>> open = openTasks(byKey.keySet());
    open.forEach((key, its) -> its.stream().filter(t -> t.due() != null)
        .collect(java.util.stream.Collectors.toMap(OpenTask::id, t -> t, (a, b) -> a, LinkedHashMap::new)).values()
        .forEach(t -> {
          LocalDate due = t.due().atZone(ZoneOffset.UTC).toLocalDate();
          if (!due.isAfter(horizon)) {
            deadlines.add(new Deadline("Task due", due, byKey.get(key).id(), key, t.name(), due.isBefore(today), t.id()));
          }
        }));
    rows.forEach(r -> {
      if (r.noticeDeadline() != null && !r.noticeDeadline().isBefore(today) && !r.noticeDeadline().isAfter(horizon)) {
        deadlines.add(new Deadline("Notice deadline", r.noticeDeadline(), r.id(), r.businessKey(), "Last day to give notice of non-renewal", false, null));
      }
      if (r.renewal() != null && !r.renewal().isBefore(today) && !r.renewal().isAfter(horizon)) {
        deadlines.add(new Deadline("Renewal", r.renewal(), r.id(), r.businessKey(), "Contract term ends", false, null));
      }
    });
    deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::businessKey));
    return new Charts(byStage, byTier, deadlines, rows.size(), cut);
  }

  /** "TIER_CONFIRMATION" → "Tier confirmation". */
  static String stageLabel(String stage) {
    if (stage == null || stage.isBlank()) {
      return "Unknown";
    }
    String words = stage.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
