package org.llmprocurement.workspace;

import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may see a procurement in the workspace. Placeholder until the
 * workspace's shared visibility rule lands: members of the groups that work on procurements.
 */
@Component
class ProcurementVisibility {

  private final ProcurementAccess access;

  ProcurementVisibility(ProcurementAccess access) {
    this.access = access;
  }

  /** 403 unless the user may see the procurement. */
  void requireVisible(Procurement procurement) {
    access.requireProductGroup();
  }
}
