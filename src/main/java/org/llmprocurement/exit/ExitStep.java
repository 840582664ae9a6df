package org.llmprocurement.exit;

import org.llmprocurement.identity.Groups;

/**
 * The steps of the exit runbook in the order a manager reads them, with the group that owns each.
 * {@link #REQUESTED} records an exit request (the first and any that arrive while the exit runs).
 * Revocation is owned per inventory entry by the entry's owner group; {@link #REVOKE_ACCESS}'s
 * group here is only its default.
 */
public enum ExitStep {
  REQUESTED("Exit requested", Groups.PROCUREMENT, null),
  FREEZE("Freeze contract", Groups.PROCUREMENT, ContractExitProcess.FREEZE),
  REQUEST_EXPORT("Request data export", Groups.PROCUREMENT, ContractExitProcess.REQUEST_EXPORT),
  VERIFY_EXPORT("Verify data export", Groups.IT, ContractExitProcess.VERIFY_EXPORT),
  DECIDE_CUT_OVER("Decide cut-over", Groups.PROCUREMENT, ContractExitProcess.DECIDE_CUT_OVER),
  CONFIRM_INVENTORY("Confirm access inventory", Groups.IT, ContractExitProcess.CONFIRM_INVENTORY),
  REVOKE_ACCESS("Revoke access", Groups.IT, ContractExitProcess.REVOKE_ACCESS),
  REQUEST_DELETION("Request vendor deletion", Groups.DATA_GOVERNANCE, ContractExitProcess.REQUEST_DELETION),
  VERIFY_CERTIFICATE("Verify deletion certificate", Groups.DATA_GOVERNANCE, ContractExitProcess.VERIFY_CERTIFICATE),
  RETAIN_AND_CLOSE("Retain record and close contract", Groups.PROCUREMENT, ContractExitProcess.RETAIN_AND_CLOSE);

  private final String title;
  private final String ownerGroup;
  private final String activityId;

  ExitStep(String title, String ownerGroup, String activityId) {
    this.title = title;
    this.ownerGroup = ownerGroup;
    this.activityId = activityId;
  }

  /** The step's name as the diagram shows it. */
  public String title() {
    return title;
  }

  /** The working group that owns the step (see the class comment for revocation). */
  public String ownerGroup() {
    return ownerGroup;
  }

  /** The BPMN activity of {@code contract-exit} that runs the step; {@code null} for {@link #REQUESTED}. */
  public String activityId() {
    return activityId;
  }
}
