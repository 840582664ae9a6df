package org.llmprocurement.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.documents.DocumentInfo;
import org.llmprocurement.exit.ContractExit;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.TierChange;
import org.llmprocurement.negotiation.NegotiationSummaries;
import org.llmprocurement.notices.VendorNotice;

/**
 * Everything the procurement page shows, read for the signed-in user.
 *
 * @param documents every version, families in type then title order, newest version first
 * @param latestIds ids of the documents that are the latest version of their family
 * @param mayUpload whether the user may upload documents (the procurement group)
 * @param processInstanceId the procurement's main process instance (Cockpit link), null if none
 * @param contract the contract register entry once registered, else null
 */
public record ProcurementPage(Procurement procurement, List<TierChange> tierHistory, List<DocumentInfo> documents,
    List<Long> latestIds, boolean mayUpload, List<ReviewProgress> review, List<OpenTask> openTasks,
    String processInstanceId, List<NegotiationSummaries.Round> rounds, Contract contract, List<VendorNotice> notices,
    List<ContractExit> exits) {

  /** An open task of the procurement (any of its processes), linked to Tasklist. */
  public record OpenTask(String id, String name, String assignee, Instant due, String tasklistUrl) {}

  /** Tasklist's address of a task. */
  public static String tasklistUrl(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** Cockpit's address of a process instance. */
  public static String cockpitUrl(String processInstanceId) {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
  }

  /** Cockpit's address of the procurement's process instance, or null. */
  public String cockpitLink() {
    return processInstanceId == null ? null : cockpitUrl(processInstanceId);
  }

  /** The contract's non-renewal deadline, or null without a contract. */
  public LocalDate noticeDeadline() {
    return contract == null ? null : contract.getNonRenewalDeadline();
  }
}
