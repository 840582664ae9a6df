package org.llmprocurement.exit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.DeployedDecisions;
import org.llmprocurement.engine.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the record of a closed contract for its retention period, and no longer: the exit
 * runbook's last step ("Retain and close") gives every Camunda process instance of the contract a
 * removal time of the day the exit closed plus the tier's retention years, and Camunda's history
 * cleanup (strategy {@code removalTimeBased}, in the window of {@code application.yaml}) removes
 * that history in the first cleanup window after it.
 *
 * <p>The retention years are business data in {@code processes/record-retention.dmn} (decision
 * {@value #DECISION_KEY}, owned by legal), evaluated like the other reference tables through
 * {@link DeployedDecisions}: latest deployed version, no decision history.
 *
 * <p>The removal time is set by a Camunda batch ({@code setRemovalTimeToHistoricProcessInstances},
 * hierarchical), which the job executor runs after the closing transaction commits. The engine's
 * removal time strategy {@code end} sets a hierarchy's removal time again when its root instance
 * ends (end + the model's {@code historyTimeToLive}); so every instance of the contract must have
 * ended by the time the batch runs: the contract life before this step, the exit runbook in the
 * same transaction as this step (no wait state after it). A root still running when the batch ran
 * gets its model's time-to-live when it ends, not the retention.
 */
@Component
public class RecordRetention {

  /** Key of the decision (processes/record-retention.dmn). */
  public static final String DECISION_KEY = "recordRetention";

  /** Name of the decision's output, whole years. */
  static final String OUTPUT = "recordRetentionYears";

  private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);

  /**
   * What retention decided.
   *
   * @param retentionYears whole years after the close, from the latest deployed {@value #DECISION_KEY} decision
   * @param retainUntil the removal time set: the close plus that many calendar years, UTC
   * @param processInstanceIds every historic process instance given that removal time (the
   *     contract's instances and everything they called, transitively), oldest first; empty when the
   *     contract has no process history
   * @param batchId the Camunda batch that sets the removal time (Cockpit: Batches), null when there
   *     was nothing to retain
   */
  public record Retained(int retentionYears, Instant retainUntil, List<String> processInstanceIds, String batchId) {}

  private final DeployedDecisions decisions;
  private final HistoryService history;
  private final IdentityService identity;
  private final Map<String, Integer> years = new ConcurrentHashMap<>();

  RecordRetention(DeployedDecisions decisions, HistoryService history, IdentityService identity) {
    this.decisions = decisions;
    this.history = history;
    this.identity = identity;
  }

  /**
   * Retention years for a tier, from the latest deployed {@code processes/record-retention.dmn}
   * (business-owned; each deployed version's answer per tier is cached).
   *
   * @throws IllegalStateException when the decision is not deployed or no row answers the tier
   */
  public int retentionYears(RiskTier tier) {
    Objects.requireNonNull(tier, "tier");
    String definitionId = decisions.latestId(DECISION_KEY);
    return years.computeIfAbsent(definitionId + "#" + tier.name(), key -> {
      DmnDecisionResult result = decisions.evaluate(definitionId, DECISION_KEY,
          Variables.createVariables().putValue("riskTier", tier.name()));
      if (result.isEmpty() || !(result.getFirstResult().getEntry(OUTPUT) instanceof Number value)) {
        throw new IllegalStateException("no record retention for tier " + tier + " in " + DECISION_KEY);
      }
      return value.intValue();
    });
  }

  /**
   * The end of retention: {@code closedAt} plus {@code years} calendar years in UTC (29 February
   * becomes 28 February in a year without it).
   */
  static Instant retainUntil(Instant closedAt, int years) {
    if (years < 0) {
      throw new IllegalArgumentException("retention years must not be negative, got " + years);
    }
    return closedAt.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
  }

  /**
   * Sets the removal time of every historic process instance of the contract to {@code closedAt}
   * plus the tier's retention years: the instances whose business key is the contract's and every
   * instance in their hierarchies (called processes, which may carry other business keys). A
   * hierarchy whose root carries another business key (another contract's process calling one of
   * ours; none of the product's models does) is left alone and logged, so retaining one contract
   * never shortens another's record. Runs as system work (no user's authorizations); the removal
   * time is written by a batch after the calling transaction commits (see the class comment).
   *
   * @param businessKey the contract's business key (the procurement's, e.g. {@code LLMP-2026-00042})
   * @param tier the contract's risk tier at the close
   * @param closedAt when the exit closed the contract
   * @throws IllegalArgumentException when the business key is blank or an argument is missing
   * @throws IllegalStateException when the retention decision gives no years for the tier
   */
  public Retained retain(String businessKey, RiskTier tier, Instant closedAt) {
    if (businessKey == null || businessKey.isBlank() || tier == null || closedAt == null) {
      throw new IllegalArgumentException("retain needs a business key, a risk tier and the close time; got "
          + businessKey + ", " + tier + ", " + closedAt);
    }
    int retentionYears = retentionYears(tier);
    Instant until = retainUntil(closedAt, retentionYears);
    return SystemAccess.withoutAuthorization(identity, () -> {
      Map<String, List<HistoricProcessInstance>> hierarchies = hierarchies(businessKey);
      List<HistoricProcessInstance> covered = hierarchies.values().stream().flatMap(List::stream)
          .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).thenComparing(HistoricProcessInstance::getId))
          .toList();
      if (covered.isEmpty()) {
        LOG.info("record retention of {}: no process history to retain", businessKey);
        return new Retained(retentionYears, until, List.of(), null);
      }
      Batch batch = history.setRemovalTimeToHistoricProcessInstances()
          .absoluteRemovalTime(Date.from(until))
          .byIds(hierarchies.keySet().toArray(String[]::new))
          .hierarchical()
          .executeAsync();
      LOG.info("record retention of {}: {} process instance(s) in {} hierarchies kept until {} ({} years, batch {})",
          businessKey, covered.size(), hierarchies.size(), until, retentionYears, batch.getId());
      return new Retained(retentionYears, until, covered.stream().map(HistoricProcessInstance::getId).toList(), batch.getId());
    });
  }

  /**
   * The hierarchies of the contract: root instance id to every instance under that root, for each
   * root of an instance with the business key whose root carries the same business key.
   */
  private Map<String, List<HistoricProcessInstance>> hierarchies(String businessKey) {
    Set<String> roots = new LinkedHashSet<>();
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().asc().list()
        .forEach(instance -> roots.add(rootOf(instance)));
    Map<String, List<HistoricProcessInstance>> hierarchies = new LinkedHashMap<>();
    for (String root : roots) {
      List<HistoricProcessInstance> members = new ArrayList<>(history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(root).list());
      HistoricProcessInstance rootInstance = members.stream().filter(m -> m.getId().equals(root)).findFirst()
          .orElseGet(() -> history.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult());
      if (rootInstance != null && members.stream().noneMatch(m -> m.getId().equals(root))) {
        members.add(rootInstance);
      }
      if (rootInstance == null || !businessKey.equals(rootInstance.getBusinessKey())) {
        LOG.warn("record retention of {}: hierarchy {} belongs to {}; its removal time is left as it is", businessKey,
            root, rootInstance == null ? "no recorded root" : "business key " + rootInstance.getBusinessKey());
        continue;
      }
      hierarchies.put(root, members);
    }
    return hierarchies;
  }

  private static String rootOf(HistoricProcessInstance instance) {
    return instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
  }
}
