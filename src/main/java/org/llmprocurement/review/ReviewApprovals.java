package org.llmprocurement.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items of a role waiting for someone else's decision (waivers, disputed findings) and the
 * approvals: the approver is never the reviewer who decided the item nor the requester.
 */
@Component
public class ReviewApprovals {

  private final ReviewItemRepository items;
  private final IntakeService intake;

  ReviewApprovals(ReviewItemRepository items, IntakeService intake) {
    this.items = items;
    this.intake = intake;
  }

  /** The role's items in this status, in creation order. */
  public List<ReviewItem> pending(long procurementId, String role, ReviewStatus status) {
    return items.findByProcurementIdAndOwnerRoleOrderByIdAsc(procurementId, role).stream()
        .filter(i -> i.getStatus() == status).toList();
  }

  /** Adds the problems with this user approving these items (segregation of duties). */
  public void checkApprover(long procurementId, List<ReviewItem> pending, String userId, List<String> problems) {
    Procurement procurement = intake.get(procurementId);
    if (userId == null) {
      problems.add("approval: needs a signed-in approver");
      return;
    }
    if (procurement.isRequestedBy(userId)) {
      problems.add("segregation of duties: " + userId + " requested this procurement and cannot approve its items");
    }
    pending.stream().filter(i -> userId.equals(i.getDecidedBy()))
        .forEach(i -> problems.add(i.getRequirementId() + ": " + userId + " decided this item and cannot approve it"));
  }

  /** One approver's answer on one item: approved or refused, with the approver's comment (may be null). */
  public record Approval(String requirementId, boolean approved, String comment) {}

  /**
   * Records the answers on the role's items, reading the role's items once whatever the number of
   * answers.
   *
   * @throws java.util.NoSuchElementException an answer names no item of the role (the guard validated it before)
   */
  @Transactional
  public void approve(long procurementId, String role, List<Approval> answers, String userId) {
    Map<String, ReviewItem> byRequirement = new HashMap<>();
    items.findByProcurementIdAndOwnerRoleOrderByIdAsc(procurementId, role).forEach(i -> byRequirement.put(i.getRequirementId(), i));
    for (Approval answer : answers) {
      ReviewItem item = byRequirement.get(answer.requirementId());
      if (item == null) {
        throw new java.util.NoSuchElementException(answer.requirementId() + " is no " + role + " item of procurement " + procurementId);
      }
      item.approve(answer.approved(), userId, answer.comment(), EngineClock.now());
    }
  }
}
