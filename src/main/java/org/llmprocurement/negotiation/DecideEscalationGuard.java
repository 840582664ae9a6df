package org.llmprocurement.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * "Decide escalation": a manager, never the requester, decides an escalated negotiation: one more
 * round, narrow the scope, accept the remaining non-no-go gaps as risk, or walk away. Every problem
 * is named; nothing is written on refusal.
 */
@Component
class DecideEscalationGuard implements TaskFormGuard<EscalationChoice> {

  private final Negotiations negotiations;
  private final NegotiationEscalations escalations;

  DecideEscalationGuard(Negotiations negotiations, NegotiationEscalations escalations) {
    this.negotiations = negotiations;
    this.escalations = escalations;
  }

  @Override
  public String processDefinitionKey() {
    return NegotiationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return NegotiationProcess.DECIDE_ESCALATION;
  }

  @Override
  public Set<String> fields() {
    return Set.copyOf(EscalationChoice.FIELDS);
  }

  @Override
  public void prepare(DelegateTask task) {
    NegotiationEscalation escalation = negotiations.openEscalation(procurementId(task)).orElseThrow();
    task.setName("Decide escalated negotiation (" + escalation.getReason() + ")");
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the escalation's reason, the
   * open gaps, the current scope as the narrowing's defaults, empty decision fields.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    long procurementId = procurementId(task);
    NegotiationEscalation escalation = negotiations.openEscalation(procurementId).orElseThrow();
    EscalationChoice.Scope scope = escalations.scope(procurementId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("decision", null);
    view.put("comment", "");
    view.put("expectedUsers", scope.expectedUsers());
    view.put("regions", JsonViews.json(scope.regions().stream().map(Enum::name).toList()));
    view.put("surfaces", JsonViews.json(scope.surfaces().stream().map(Enum::name).toList()));
    view.put("pilotOnly", false);
    view.put("riskJustification", "");
    view.put("riskOwner", "");
    view.put("riskExpiresOn", null);
    view.put("escalationReason", escalation.getReason() + ": " + escalation.getReasonText());
    List<String> noGo = negotiations.noGoGaps(procurementId);
    view.put("openGaps", JsonViews.json(negotiations.openGaps(procurementId).stream()
        .map(id -> id + (noGo.contains(id) ? " (NO-GO: can never be accepted as risk)" : "")).collect(Collectors.joining("; "))));
    view.put("scope", "users " + scope.expectedUsers() + "; regions " + scope.regions() + "; surfaces "
        + scope.surfaces() + "; " + scope.stage());
    return view;
  }

  @Override
  public Validation<EscalationChoice> validate(TaskSubmission submission) {
    List<String> problems = new ArrayList<>();
    EscalationChoice choice = escalations.validate(procurementId(submission.task()), submission.values(), submission.userId(), problems);
    return Validation.of(choice, problems);
  }

  @Override
  public void apply(TaskSubmission submission, EscalationChoice choice) {
    long procurementId = procurementId(submission.task());
    escalations.decide(procurementId, choice, submission.userId() == null ? "system" : submission.userId());
    DelegateExecution execution = submission.task().getExecution();
    ProcessData.write(NegotiationProcess.ESCALATION_DECISION, execution, choice.choice().name());
    switch (choice.choice()) {
      case WALK_AWAY -> ProcessData.write(NegotiationProcess.OUTCOME, execution, NegotiationProcess.ABANDONED);
      case ACCEPT_RISK -> ProcessData.write(NegotiationProcess.OUTCOME, execution, NegotiationProcess.AGREED);
      case ONE_MORE_ROUND, NARROW_SCOPE -> {
        int round = NegotiationProcess.ROUND.from(execution).get();
        int last = NegotiationProcess.LAST_ALLOWED_ROUND.from(execution).get();
        ProcessData.write(NegotiationProcess.LAST_ALLOWED_ROUND, execution, Math.max(round, last) + 1);
      }
    }
  }

  private static long procurementId(DelegateTask task) {
    return ProcurementLifecycle.PROCUREMENT_ID.from(task).get();
  }
}
