package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.engine.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives every register entry still in force (active or under notice) that has never
 * had a contract life one: entries registered by a release before contract life existed, or whose
 * start was lost. An entry whose contract life ended (exit decided) is left alone. Idempotent; it
 * runs before the node releases its start-up lock ({@link org.llmprocurement.engine.StartupSerialization}),
 * so a second node starting at the same moment looks only after the first has started what was missing.
 */
@Component
class ContractLifeBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(ContractLifeBackfill.class);

  private final ContractRegister register;
  private final ContractLifeEvents events;
  private final HistoryService history;
  private final IdentityService identity;

  ContractLifeBackfill(ContractRegister register, ContractLifeEvents events, HistoryService history, IdentityService identity) {
    this.register = register;
    this.events = events;
    this.history = history;
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  @org.springframework.core.annotation.Order(0)
  void startMissing() {
    List<String> started = startMissingNow();
    if (!started.isEmpty()) {
      LOG.info("Started the contract life of {} register entries that had none: {}", started.size(), started);
    }
  }

  /** Starts the missing contract lives; returns the business keys started. */
  List<String> startMissingNow() {
    List<Contract> inForce = new ArrayList<>();
    for (ContractStatus status : List.of(ContractStatus.ACTIVE, ContractStatus.NOTICE_GIVEN)) {
      inForce.addAll(register.all(new ContractRegister.Filter(null, null, status, null, EngineClock.today())));
    }
    if (inForce.isEmpty()) {
      return List.of();
    }
    // one query for every contract life there ever was, not one per entry
    java.util.Set<String> hadOne = SystemAccess.withoutAuthorization(identity, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContractLifeProcess.KEY).list().stream().map(h -> h.getBusinessKey())
        .collect(java.util.stream.Collectors.toSet()));
    List<String> started = new ArrayList<>();
    for (Contract contract : inForce) {
      if (!hadOne.contains(contract.getBusinessKey())) {
        events.start(contract);
        started.add(contract.getBusinessKey());
      }
    }
    return started;
  }
}
