package org.llmprocurement.review;

import java.util.List;
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

  @Transactional
  public void approve(long procurementId, String requirementId, boolean approved, String comment, String userId) {
    items.findByProcurementIdAndRequirementId(procurementId, requirementId).orElseThrow()
        .approve(approved, userId, comment, EngineClock.now());
  }
}
