package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an SLA_VIOLATION payload against the register entry ({@link SlaViolationRules#read}) and
 * finds the same violation recorded before. Kept apart from {@link SlaViolations} because the
 * vendor-notice intake calls it through the handler, and the intake is what the services settle with.
 */
@Component
class SlaViolationCheck {

  private final SlaViolationRepository violations;
  private final ContractRegister register;

  SlaViolationCheck(SlaViolationRepository violations, ContractRegister register) {
    this.violations = violations;
    this.register = register;
  }

  /** Every problem, including a violation of the same metric, surface, region and period recorded already. */
  @Transactional(readOnly = true)
  List<String> problems(JsonNode payload, Contract contract) {
    SlaViolationRules.Read read = read(payload, contract);
    List<String> problems = new ArrayList<>(read.problems());
    if (read.valid()) {
      same(contract.getId(), read.violation()).ifPresent(v -> problems.add("payload.periodStart: this violation ("
          + v.getMetric() + ", " + v.getSurface() + ", " + v.getRegion() + ", from " + v.getPeriodStart()
          + ") is recorded already with notice " + v.getNoticeId()));
    }
    return problems;
  }

  SlaViolationRules.Read read(JsonNode payload, Contract contract) {
    return SlaViolationRules.read(payload, contract.getSurfaces(), SignedTerms.slaRows(contract),
        register.obligations(contract.getId()), EngineClock.today());
  }

  Optional<SlaViolation> same(long contractId, SlaViolationRules.Violation v) {
    return violations.findByContractIdAndMetricAndSurfaceAndRegionAndPeriodStart(contractId, v.metric(), v.surface(),
        v.region(), v.periodStart());
  }
}
