package org.llmprocurement.intake;

import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Confirm risk tier and scope": procurement keeps, raises or lowers the proposed tier and confirms
 * the surfaces and regions in scope. Any change of tier needs a justification; lowering it goes to a
 * manager.
 */
@Component
class ConfirmTierGuard implements TaskFormGuard<ConfirmTierGuard.Confirmation> {

  static final String CONFIRMED_TIER = "confirmedTier";
  static final String JUSTIFICATION = "tierJustification";
  static final String SURFACES = "surfaces";
  static final String REGIONS = "allowedRegions";
  static final int MIN_JUSTIFICATION = 20;
  /** Shown to the approving manager as a string variable; far below the engine's 4,000 characters. */
  static final int MAX_JUSTIFICATION = IntakeValidator.MAX_TIER_JUSTIFICATION;

  /** A valid confirmation: the tier and the scope as procurement confirmed them. */
  record Confirmation(RiskTier tier, String justification, List<Surface> surfaces, List<Region> regions) {}

  private final IntakeService intake;

  ConfirmTierGuard(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public String processDefinitionKey() {
    return ProcurementLifecycle.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ProcurementLifecycle.CONFIRM_TIER;
  }

  @Override
  public Set<String> fields() {
    return Set.of(CONFIRMED_TIER, JUSTIFICATION, SURFACES, REGIONS);
  }

  /** Nothing stored: the task keeps its modelled name and its form reads {@link #view}. */
  @Override
  public void prepare(DelegateTask task) {
    // the view is worked out when the form is read
  }

  /**
   * Worked out each time the form is read, never stored: the proposed tier as the default answer,
   * the scope as intake recorded it, the intake summary and a manager's refusal of a lower tier.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Procurement procurement = intake.get(procurementId(task));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(CONFIRMED_TIER, procurement.getProposedTier().name());
    view.put(JUSTIFICATION, "");
    view.put(SURFACES, JsonViews.json(names(procurement.getSurfaces())));
    view.put(REGIONS, JsonViews.json(names(procurement.getAllowedRegions())));
    // shown by the form, never submitted
    view.put("proposedTier", procurement.getProposedTier().name());
    // grows with the intake's text: a JSON value, never a string past the engine's 4,000 characters
    view.put("intakeSummary", JsonViews.json(IntakeSummary.of(procurement)));
    view.put("refusalNote", intake.lastRefusal(procurement.getId())
        .map(r -> "A manager (" + r.getDecidedBy() + ") refused lowering the tier to " + r.getNewTier() + ": "
            + (r.getDecisionComment() == null ? "no reason given" : r.getDecisionComment()))
        .orElse(""));
    return view;
  }

  @Override
  public Validation<Confirmation> validate(TaskSubmission submission) {
    List<IntakeValidator.Problem> problems = new ArrayList<>();
    IntakeValidator.Fields fields = new IntakeValidator.Fields(submission.values(), problems);
    RiskTier confirmed = fields.enumValue(CONFIRMED_TIER, RiskTier.class);
    List<Surface> surfaces = fields.enumList(SURFACES, Surface.class);
    List<Region> regions = fields.enumList(REGIONS, Region.class);
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
    return Validation.of(new Confirmation(confirmed, submission.text(JUSTIFICATION), surfaces, regions),
        problems.stream().map(IntakeValidator.Problem::toString).toList());
  }

  @Override
  public void apply(TaskSubmission submission, Confirmation confirmation) {
    long procurementId = procurementId(submission.task());
    TierDecision decision = intake.confirmTier(procurementId, confirmation.tier(), confirmation.justification(),
        confirmation.surfaces(), confirmation.regions(), submission.userId() == null ? "system" : submission.userId());
    ProcessData.write(ProcurementLifecycle.TIER_CHANGE, submission.task().getExecution(), decision.name());
    ProcessData.write(ProcurementLifecycle.RISK_TIER, submission.task().getExecution(),
        intake.get(procurementId).getRiskTier().name());
  }

  static long procurementId(DelegateTask task) {
    return ProcurementLifecycle.PROCUREMENT_ID.from(task).get();
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.toList());
  }
}
