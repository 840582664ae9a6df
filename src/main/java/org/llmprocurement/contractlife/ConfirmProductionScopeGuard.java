package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Confirm production scope": procurement confirms the surfaces, regions and users for production
 * (the tier is then decided again) or ends the pilot without production, with a reason
 * ({@link ProductionScope}). Prefilled with the procurement's current scope; every problem named,
 * nothing written on refusal.
 */
@Component
class ConfirmProductionScopeGuard implements TaskFormGuard<PilotPromotions.ScopeDecision> {

  private final PilotPromotions promotions;

  ConfirmProductionScopeGuard(PilotPromotions promotions) {
    this.promotions = promotions;
  }

  @Override
  public String processDefinitionKey() {
    return PilotPromotionProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return PilotPromotionProcess.CONFIRM_SCOPE;
  }

  @Override
  public Set<String> fields() {
    return new LinkedHashSet<>(ProductionScope.FIELDS);
  }

  @Override
  public void prepare(DelegateTask task) {
    Contract contract = promotions.contractOf(PilotPromotionProcess.PROMOTION_ID.from(task).get());
    task.setName("Confirm production scope: " + contract.getContractReference());
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the pilot's scope as the
   * defaults of the production scope, and the pilot in words.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long promotionId = PilotPromotionProcess.PROMOTION_ID.from(task).get();
    PilotPromotions.ScopeDecision scope = promotions.currentScope(promotionId);
    Contract contract = promotions.contractOf(promotionId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("decision", null);
    view.put("surfaces", JsonViews.json(scope.surfaces().stream().map(Enum::name).toList()));
    view.put("regions", JsonViews.json(scope.regions().stream().map(Enum::name).toList()));
    view.put("expectedUsers", scope.expectedUsers());
    view.put("comment", "");
    // shown by the form, never submitted
    view.put("pilotSummary", "Contract " + contract.getContractReference() + " (" + contract.getBusinessKey()
        + ") runs as a pilot at tier " + contract.getRiskTier() + " until " + contract.getPilotEndDate()
        + (contract.isUsedAfterPilotEnd() ? "; FLAGGED: used after its pilot end since " + contract.getUsedAfterPilotEndSince() : "")
        + ". Pilot scope: surfaces " + scope.surfaces().stream().map(Enum::name).collect(Collectors.joining(", "))
        + "; regions " + scope.regions().stream().map(Enum::name).collect(Collectors.joining(", ")) + "; "
        + scope.expectedUsers() + " users.");
    return view;
  }

  @Override
  public Validation<PilotPromotions.ScopeDecision> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    PilotPromotions.ScopeDecision decision = ProductionScope.read(submission.values(), problems);
    return Validation.of(decision, problems);
  }

  @Override
  public void apply(TaskSubmission submission, PilotPromotions.ScopeDecision decision) {
    promotions.confirmScope(PilotPromotionProcess.PROMOTION_ID.from(submission.task()).get(), decision, submission.userId());
    ProcessData.write(PilotPromotionProcess.PROMOTE, submission.task().getExecution(),
        decision.decision() == PilotPromotion.Decision.PROMOTE);
  }
}
