package org.llmprocurement.exit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * The guards of the exit runbook's tasks, one per step: each builds its task's view, opens the
 * step's row, refuses a completion until the step's checklist and evidence are complete (naming
 * every problem, see {@link ExitRules}) and records it with the routing variables the process needs.
 */
final class ExitTaskGuards {

  private ExitTaskGuards() {}

  /** Common to every step: the row, the exit, the shared view. */
  abstract static class StepGuard implements TaskFormGuard<Object> {

    final ContractExits exits;
    private final ExitStep step;
    private final List<String> fields;

    StepGuard(ContractExits exits, ExitStep step, List<String> fields) {
      this.exits = exits;
      this.step = step;
      this.fields = fields;
    }

    @Override
    public String processDefinitionKey() {
      return ContractExitProcess.KEY;
    }

    @Override
    public String taskDefinitionKey() {
      return step.activityId();
    }

    @Override
    public Set<String> fields() {
      return Set.copyOf(fields);
    }

    @Override
    public void prepare(DelegateTask task) {
      long exitId = ContractExitProcess.EXIT_ID.from(task).get();
      Object loop = task.getExecution().getVariableLocal("loopCounter");
      Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      ContractExitStep row = exits.open(exitId, step, loop instanceof Integer i ? i : null, due);
      ContractExit exit = exits.get(exitId);
      Contract contract = exits.contract(exit);
      task.setVariableLocal(ContractExitProcess.STEP_ID, row.getId());
      task.setVariableLocal("contractReference", contract.getContractReference());
      task.setVariableLocal("product", contract.getProduct());
      task.setVariableLocal("businessKey", contract.getBusinessKey());
      task.setVariableLocal("exitReason", exit.getReason());
      task.setVariableLocal("exitTrigger", exit.getTrigger().name());
      task.setVariableLocal("round", row.getRound());
      view(task, exit, row);
    }

    /** The step's own view variables and task name. */
    abstract void view(DelegateTask task, ContractExit exit, ContractExitStep row);

    @Override
    public Validation<Object> validate(TaskSubmission submission) {
      ContractExitStep row = row(submission.task());
      return exits.validate(step, exits.get(row.getExitId()), row, submission.values());
    }

    @Override
    public void apply(TaskSubmission submission, Object validated) {
      ContractExitStep row = row(submission.task());
      ContractExits.Applied applied = exits.apply(step, exits.get(row.getExitId()), row, validated, submission.userId());
      ProcessData.writeAll(applied.variables(), submission.task().getExecution());
    }

    ContractExitStep row(DelegateTask task) {
      return exits.step(((Number) task.getVariableLocal(ContractExitProcess.STEP_ID)).longValue());
    }

    /** The latest finished round of a step's evidence value, or "" when none. */
    String last(ContractExit exit, ExitStep of, String key) {
      return exits.latestDone(exit.getId(), of).map(r -> exits.evidence(r).get(key)).map(String::valueOf).orElse("");
    }
  }

  @Component
  static class FreezeGuard extends StepGuard {
    FreezeGuard(ContractExits exits) {
      super(exits, ExitStep.FREEZE, ExitRules.FREEZE_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setName("Freeze contract " + exits.contract(exit).getContractReference());
      task.setVariableLocal("assistanceUntil", String.valueOf(exit.getAssistanceUntil()));
      task.setVariableLocal(ExitRules.USERS_INFORMED, false);
      task.setVariableLocal(ExitRules.ASSISTANCE_EXTENDED, false);
    }
  }

  @Component
  static class RequestExportGuard extends StepGuard {
    RequestExportGuard(ContractExits exits) {
      super(exits, ExitStep.REQUEST_EXPORT, ExitRules.EXPORT_REQUEST_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setName(row.getRound() == 1 ? "Request data export" : "Request data export again (round " + row.getRound() + ")");
      task.setVariableLocal("previousFailure", last(exit, ExitStep.VERIFY_EXPORT, "failureReason"));
      task.setVariableLocal(ExitRules.EXPORT_ITEMS, JsonViews.json(List.of("DATA", "LOGS", "CONFIGURATIONS", "METADATA")));
      task.setVariableLocal(ExitRules.FINE_TUNED_OURS, false);
    }
  }

  @Component
  static class VerifyExportGuard extends StepGuard {
    VerifyExportGuard(ContractExits exits) {
      super(exits, ExitStep.VERIFY_EXPORT, ExitRules.VERIFY_EXPORT_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setName("Verify data export (round " + row.getRound() + ")");
      task.setVariableLocal("requestedItems", String.join(", ", exits.requestedItems(exit).stream().map(Enum::name).toList()));
      task.setVariableLocal("exportFormat", last(exit, ExitStep.REQUEST_EXPORT, "format"));
      task.setVariableLocal("exportDeadline", String.valueOf(exit.getExportDeadline()));
      task.setVariableLocal(ExitRules.READABLE, false);
      // a checklist needs a JSON list to start from: Tasklist submits it with the variable's type
      task.setVariableLocal(ExitRules.ITEMS_RECEIVED, JsonViews.json(List.of()));
    }
  }

  @Component
  static class DecideCutOverGuard extends StepGuard {
    private final org.llmprocurement.intake.IntakeService intake;

    DecideCutOverGuard(ContractExits exits, org.llmprocurement.intake.IntakeService intake) {
      super(exits, ExitStep.DECIDE_CUT_OVER, ExitRules.CUT_OVER_FIELDS);
      this.intake = intake;
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      // the business owner decides: the procurement's requester, with procurement standing in
      var procurement = intake.get(exits.contract(exit).getProcurementId());
      task.addCandidateUser(procurement.getRequester());
      task.setVariableLocal("businessOwner", procurement.getBusinessOwner() + " (requester " + procurement.getRequester() + ")");
      task.setName("Decide cut-over planned for " + exit.getPlannedCutOver());
      task.setVariableLocal("plannedCutOver", String.valueOf(exit.getPlannedCutOver()));
      task.setVariableLocal("assistanceUntil", String.valueOf(exit.getAssistanceUntil()));
      task.setVariableLocal("successor", exit.getSuccessorContractId() == null
          ? "none: " + exit.getNoSuccessorReason() : "contract " + exit.getSuccessorContractId());
      task.setVariableLocal(ExitRules.WORKLOADS_MOVED, false);
      task.setVariableLocal(ExitRules.ASSISTANCE_EXTENDED, false);
    }
  }

  @Component
  static class ConfirmInventoryGuard extends StepGuard {
    ConfirmInventoryGuard(ContractExits exits) {
      super(exits, ExitStep.CONFIRM_INVENTORY, ExitRules.INVENTORY_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setVariableLocal("inventoryUrl", "/api/contracts/" + exit.getContractId() + "/access-inventory");
      List<String> entries = exits.inventoryLines(exit);
      task.setVariableLocal("inventoryCount", entries.size());
      task.setVariableLocal("inventoryList", entries.isEmpty() ? "(no entries)" : String.join("\n", entries));
      task.setVariableLocal(ExitRules.INVENTORY_COMPLETE, false);
    }
  }

  @Component
  static class RevokeAccessGuard extends StepGuard {
    RevokeAccessGuard(ContractExits exits) {
      super(exits, ExitStep.REVOKE_ACCESS, ExitRules.REVOKE_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.addCandidateGroup(row.getOwnerGroup());
      task.setName("Revoke access: " + row.getSubject());
      task.setVariableLocal("accessEntry", row.getSubject());
      task.setVariableLocal("accessOwner", exits.accessEntry(exit, row.getAccessEntryId())
          .map(e -> e.getOwner() == null ? "" : e.getOwner()).orElse(""));
      task.setVariableLocal("ownerGroup", row.getOwnerGroup());
      task.setVariableLocal(ExitRules.REVOKED, false);
    }
  }

  @Component
  static class RequestDeletionGuard extends StepGuard {
    RequestDeletionGuard(ContractExits exits) {
      super(exits, ExitStep.REQUEST_DELETION, ExitRules.DELETION_REQUEST_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setName(row.getRound() == 1 ? "Request vendor deletion" : "Request vendor deletion again (round " + row.getRound() + ")");
      task.setVariableLocal("previousGaps", last(exit, ExitStep.VERIFY_CERTIFICATE, "notCovered") + " "
          + last(exit, ExitStep.VERIFY_CERTIFICATE, "missingReason"));
      task.setVariableLocal(ExitRules.DELETION_SCOPE, JsonViews.json(List.of()));
    }
  }

  @Component
  static class VerifyCertificateGuard extends StepGuard {
    VerifyCertificateGuard(ContractExits exits) {
      super(exits, ExitStep.VERIFY_CERTIFICATE, ExitRules.CERTIFICATE_FIELDS);
    }

    @Override
    void view(DelegateTask task, ContractExit exit, ContractExitStep row) {
      task.setName("Verify deletion certificate (round " + row.getRound() + ")");
      task.setVariableLocal("deletionDeadline", String.valueOf(exit.getDeletionDeadline()));
      task.setVariableLocal("procurementId", exits.contract(exit).getProcurementId());
      task.setVariableLocal(ExitRules.COVERS, JsonViews.json(List.of()));
    }
  }

  /** Every guard class, for the stage declaration. */
  static final List<Class<?>> ALL = List.of(FreezeGuard.class, RequestExportGuard.class, VerifyExportGuard.class,
      DecideCutOverGuard.class, ConfirmInventoryGuard.class, RevokeAccessGuard.class, RequestDeletionGuard.class,
      VerifyCertificateGuard.class);

  static Map<ExitStep, String> forms() {
    return Map.of(ExitStep.FREEZE, "freeze-contract", ExitStep.REQUEST_EXPORT, "request-data-export",
        ExitStep.VERIFY_EXPORT, "verify-data-export", ExitStep.DECIDE_CUT_OVER, "decide-cut-over",
        ExitStep.CONFIRM_INVENTORY, "confirm-access-inventory", ExitStep.REVOKE_ACCESS, "revoke-access",
        ExitStep.REQUEST_DELETION, "request-vendor-deletion", ExitStep.VERIFY_CERTIFICATE, "verify-deletion-certificate");
  }
}
