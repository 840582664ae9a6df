package org.llmprocurement.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.llmprocurement.contracts.ContractEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the register's {@link ContractEvent.ExitRequested} and {@link ContractEvent.StatusChanged}
 * events for tests. A component of the test classpath picked up by the application's component
 * scan, so every test shares it without forking the Spring context; tests filter by contract id.
 */
@Component
public class ContractEvents {

  private static final List<ContractEvent.ExitRequested> EXITS = new CopyOnWriteArrayList<>();
  private static final List<ContractEvent.StatusChanged> STATUSES = new CopyOnWriteArrayList<>();

  @EventListener
  void exitRequested(ContractEvent.ExitRequested event) {
    EXITS.add(event);
  }

  @EventListener
  void statusChanged(ContractEvent.StatusChanged event) {
    STATUSES.add(event);
  }

  /** Every exit requested for the entry so far, oldest first. */
  public static List<ContractEvent.ExitRequested> exitsOf(long contractId) {
    return EXITS.stream().filter(e -> e.contractId() == contractId).toList();
  }

  /** Every status change of the entry so far, oldest first. */
  public static List<ContractEvent.StatusChanged> statusesOf(long contractId) {
    return STATUSES.stream().filter(e -> e.contractId() == contractId).toList();
  }
}
