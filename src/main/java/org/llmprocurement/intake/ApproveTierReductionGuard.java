package org.llmprocurement.intake;

import org.llmprocurement.domain.RiskTier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Approve tier reduction": a manager who neither requested the procurement nor asked for the
 * reduction approves or refuses it; refusing needs a reason.
 */
@Component
class ApproveTierReductionGuard implements TaskFormGuard<Boolean> {

  static final String DECISION = "reductionDecision";
  static final String COMMENT = "decisionComment";
  /** Quoted back to procurement in the refusal note (a string variable): well below 4,000 characters. */
  static final int MAX_COMMENT = IntakeValidator.MAX_DECISION_COMMENT;
  static final String APPROVE = "APPROVE";
  static final String REFUSE = "REFUSE";

  private final IntakeService intake;

  ApproveTierReductionGuard(IntakeService intake) {
    this.intake = intake;
  }

  @Override
  public String processDefinitionKey() {
    return ProcurementLifecycle.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ProcurementLifecycle.APPROVE_REDUCTION;
  }

  @Override
  public Set<String> fields() {
    return Set.of(DECISION, COMMENT);
  }

  @Override
  public void prepare(DelegateTask task) {
    long procurementId = ConfirmTierGuard.procurementId(task);
    if (intake.pendingReduction(procurementId).isEmpty()) {
      throw new IllegalStateException("no tier reduction waits in procurement " + procurementId);
    }
  }

  /**
   * Worked out each time the form is read, never stored: the reduction waiting for a decision (old
   * and requested tier, justification, who asked) and the intake summary; no decision yet.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long procurementId = ConfirmTierGuard.procurementId(task);
    Procurement procurement = intake.get(procurementId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(DECISION, null);
    view.put(COMMENT, "");
    intake.pendingReduction(procurementId).ifPresent(pending -> {
      view.put("proposedTier", pending.getOldTier().name());
      view.put("requestedTier", pending.getNewTier().name());
      view.put("reductionJustification", pending.getJustification());
      view.put("reductionRequestedBy", pending.getChangedBy());
    });
    view.put("intakeSummary", org.llmprocurement.guard.JsonViews.json(IntakeSummary.of(procurement)));
    return view;
  }

  @Override
  public Validation<Boolean> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    long procurementId = ConfirmTierGuard.procurementId(submission.task());
    Procurement procurement = intake.get(procurementId);
    String user = submission.userId();
    if (user == null) {
      problems.add("approval: needs a signed-in manager");
    } else if (procurement.isRequestedBy(user)) {
      problems.add("approval: " + user + " requested this procurement; another manager must decide");
    } else if (intake.pendingReduction(procurementId).map(p -> user.equals(p.getChangedBy())).orElse(false)) {
      problems.add("approval: " + user + " asked for this reduction; another manager must decide");
    }
    String decision = submission.text(DECISION);
    if (decision == null || decision.isEmpty()) {
      problems.add(DECISION + ": choose APPROVE or REFUSE");
    } else if (!APPROVE.equals(decision) && !REFUSE.equals(decision)) {
      problems.add(DECISION + ": unknown value '" + decision + "'; one of APPROVE, REFUSE");
    } else if (REFUSE.equals(decision) && submission.isBlank(COMMENT)) {
      problems.add(COMMENT + ": say why the reduction is refused");
    }
    String comment = submission.text(COMMENT);
    if (comment != null && comment.length() > MAX_COMMENT) {
      problems.add(COMMENT + ": must be at most " + MAX_COMMENT + " characters (got " + comment.length() + ")");
    }
    return Validation.of(APPROVE.equals(decision), problems);
  }

  @Override
  public void apply(TaskSubmission submission, Boolean approved) {
    long procurementId = ConfirmTierGuard.procurementId(submission.task());
    RiskTier tier = intake.decideReduction(procurementId, approved, submission.text(COMMENT), submission.userId());
    ProcessData.write(ProcurementLifecycle.REDUCTION_APPROVED, submission.task().getExecution(), approved);
    ProcessData.write(ProcurementLifecycle.RISK_TIER, submission.task().getExecution(), tier.name());
  }
}
