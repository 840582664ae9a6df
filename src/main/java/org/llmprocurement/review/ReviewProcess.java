package org.llmprocurement.review;

/** Ids of the clause review: the per-role process and the review stage of the lifecycle. */
public final class ReviewProcess {

  public static final String KEY = "clause-review";
  public static final String REVIEW_CLAUSES = "UserTask_ReviewClauses";
  public static final String APPROVE_WAIVERS = "UserTask_ApproveWaivers";
  public static final String DECIDE_DISPUTES = "UserTask_DecideDisputedFindings";

  /** In the lifecycle process. */
  public static final String END_GAPS_FOUND = "EndEvent_ReviewGapsFound";
  public static final String END_READY = "EndEvent_ReadyForSignOff";

  public static final String VAR_ROLE = "reviewRole";
  public static final String VAR_PACKAGES = "reviewPackages";
  public static final String VAR_PACKAGE = "reviewPackage";
  public static final String VAR_DUE = "reviewDueDate";
  public static final String VAR_WAIVERS_PENDING = "waiversPending";
  public static final String VAR_DISPUTES_PENDING = "disputesPending";
  public static final String VAR_WAIVER_APPROVER = "waiverApproverGroup";
  public static final String VAR_OUTCOME = "reviewOutcome";

  private ReviewProcess() {}
}
