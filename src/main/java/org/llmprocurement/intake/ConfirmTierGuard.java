package org.llmprocurement.intake;

import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.springframework.stereotype.Component;

/**
 * "Confirm risk tier and scope": procurement keeps, raises or lowers the proposed tier and confirms
 * the surfaces and regions in scope. Any change of tier needs a justification; lowering it goes to a
 * manager.
 */
@Component
class ConfirmTierGuard implements TaskFormGuard {

  static final String CONFIRMED_TIER = "confirmedTier";
  static final String JUSTIFICATION = "tierJustification";
  static final String SURFACES = "surfaces";
  static final String REGIONS = "allowedRegions";
  static final int MIN_JUSTIFICATION = 20;
  /** Shown to the approving manager as a string variable; far below the engine's 4,000 characters. */
  static final int MAX_JUSTIFICATION = IntakeValidator.MAX_TIER_JUSTIFICATION;

  private final IntakeService intake;

  ConfirmTierGuard(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public String processDefinitionKey() {
    return IntakeProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return IntakeProcess.CONFIRM_TIER;
  }

  @Override
  public Set<String> fields() {
    return Set.of(CONFIRMED_TIER, JUSTIFICATION, SURFACES, REGIONS);
  }

  @Override
  public void prepare(DelegateTask task) {
    Procurement procurement = intake.get(procurementId(task));
    task.setVariableLocal(CONFIRMED_TIER, procurement.getProposedTier().name());
    task.setVariableLocal(JUSTIFICATION, "");
    task.setVariableLocal(SURFACES, JsonViews.json(names(procurement.getSurfaces())));
    task.setVariableLocal(REGIONS, JsonViews.json(names(procurement.getAllowedRegions())));
    // shown by the form, never submitted
    task.setVariableLocal("proposedTier", procurement.getProposedTier().name());
    // grows with the intake's text: a Json string, never a string variable past the engine's 4,000 characters
    task.setVariableLocal("intakeSummary", org.llmprocurement.guard.JsonViews.json(IntakeSummary.of(procurement)));
    task.setVariableLocal("refusalNote", intake.lastRefusal(procurement.getId())
        .map(r -> "A manager (" + r.getDecidedBy() + ") refused lowering the tier to " + r.getNewTier() + ": "
            + (r.getDecisionComment() == null ? "no reason given" : r.getDecisionComment()))
        .orElse(""));
  }

  @Override
  public List<String> validate(TaskSubmission submission) {
    List<IntakeValidator.Problem> problems = new ArrayList<>();
    IntakeValidator.Fields fields = new IntakeValidator.Fields(submission.values(), problems);
    RiskTier confirmed = fields.enumValue(CONFIRMED_TIER, RiskTier.class);
    fields.enumList(SURFACES, Surface.class);
    fields.enumList(REGIONS, Region.class);
    String text = submission.text(JUSTIFICATION);
    if (text != null && text.length() > MAX_JUSTIFICATION) {
      problems.add(new IntakeValidator.Problem(JUSTIFICATION, "must be at most " + MAX_JUSTIFICATION + " characters (got " + text.length() + ")"));
    }
    Procurement procurement = intake.get(procurementId(submission.task()));
    if (confirmed != null && confirmed != procurement.getProposedTier()) {
      String justification = submission.text(JUSTIFICATION);
      if (justification == null || justification.length() < MIN_JUSTIFICATION) {
        problems.add(new IntakeValidator.Problem(JUSTIFICATION,
            "changing the tier from " + procurement.getProposedTier() + " to " + confirmed
                + " needs a justification of at least " + MIN_JUSTIFICATION + " characters"));
      }
    }
    return problems.stream().map(IntakeValidator.Problem::toString).toList();
  }

  @Override
  public void apply(TaskSubmission submission) {
    List<IntakeValidator.Problem> ignored = new ArrayList<>();
    IntakeValidator.Fields fields = new IntakeValidator.Fields(submission.values(), ignored);
    long procurementId = procurementId(submission.task());
    RiskTier confirmed = fields.enumValue(CONFIRMED_TIER, RiskTier.class);
    TierDecision decision = intake.confirmTier(procurementId, confirmed, submission.text(JUSTIFICATION),
        fields.enumList(SURFACES, Surface.class), fields.enumList(REGIONS, Region.class),
        submission.userId() == null ? "system" : submission.userId());
    submission.task().getExecution().setVariables(Map.of(
        IntakeProcess.VAR_TIER_CHANGE, decision.name(),
        IntakeProcess.VAR_RISK_TIER, intake.get(procurementId).getRiskTier().name()));
  }

  static long procurementId(DelegateTask task) {
    return ((Number) task.getVariable(IntakeProcess.VAR_PROCUREMENT_ID)).longValue();
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.toList());
  }
}
