package org.llmprocurement.contractlife;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A contract's pilot and its promotion reviews over the product API: the pilot end, the "used after
 * pilot end" flag, and each review's decision (who, when, why, production scope), tiers, escalation,
 * outcome and the requirements new or stricter at the production tier. Whoever sees the contract's procurement reads (ProcurementAccess);
 * 401 without a session, 403 outside the product groups or without work on the procurement, 404 an unknown contract.
 */
@RestController
@RequestMapping(path = "/api/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
class PilotPromotionController {

  private final ContractRegister register;
  private final PilotPromotions promotions;
  private final ProcurementAccess access;

  PilotPromotionController(ContractRegister register, PilotPromotions promotions, ProcurementAccess access) {
    this.register = register;
    this.promotions = promotions;
    this.access = access;
  }

  /** One requirement kept with a review. */
  record Requirement(String requirementId, String title, String changeKind, List<String> detail, String ownerRole,
      String reviewState) {}

  /** One promotion review. */
  record Review(long id, LocalDate pilotEndDate, String decision, List<String> surfaces, List<String> regions,
      Integer expectedUsers, String comment, String decidedBy, Instant decidedAt, String tierBefore, String tierAfter,
      Instant escalatedAt, String outcome, Instant startedAt, Instant endedAt, List<Requirement> requirements) {}

  /** The contract's pilot: {@code pilotEndDate} null for production (or once promoted). */
  record Pilot(long contractId, String businessKey, LocalDate pilotEndDate, boolean usedAfterPilotEnd,
      LocalDate usedAfterPilotEndSince, List<Review> reviews) {}

  /** The pilot and its promotion reviews, oldest first. */
  @GetMapping("/{id}/pilot-promotion")
  Pilot get(@PathVariable long id) {
    Contract contract = access.visible("Contract " + id, () -> register.find(id), Contract::getBusinessKey);
    List<Review> reviews = promotions.of(id).stream().map(p -> new Review(p.getId(), p.getPilotEndDate(), p.getDecision(),
        split(p.getSurfaces()), split(p.getRegions()), p.getExpectedUsers(), p.getComment(), p.getDecidedBy(),
        p.getDecidedAt(), p.getTierBefore(), p.getTierAfter(), p.getEscalatedAt(), p.getOutcome(), p.getStartedAt(),
        p.getEndedAt(), promotions.items(p.getId()).stream().map(i -> new Requirement(i.getRequirementId(), i.getTitle(),
            i.getChangeKind(), List.of(i.getDetail().split("\n")), i.getOwnerRole(), i.getReviewState())).toList())).toList();
    return new Pilot(contract.getId(), contract.getBusinessKey(), contract.getPilotEndDate(), contract.isUsedAfterPilotEnd(),
        contract.getUsedAfterPilotEndSince(), reviews);
  }

  private static List<String> split(String names) {
    return names == null || names.isBlank() ? List.of() : List.of(names.split(","));
  }
}
