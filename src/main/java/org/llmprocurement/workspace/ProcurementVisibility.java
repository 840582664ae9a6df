package org.llmprocurement.workspace;

import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.springframework.stereotype.Component;

/**
 * Which procurement a workspace address names, for the signed-in user: 403 for users outside the
 * product groups, 404 for none, 403 for a procurement none of the user's groups has work on
 * ({@link ProcurementAccess#visible}: managers, procurement and administrators see all).
 */
@Component
class ProcurementVisibility {

  private final ProcurementAccess access;
  private final ProcurementPages pages;

  ProcurementVisibility(ProcurementAccess access, ProcurementPages pages) {
    this.access = access;
    this.pages = pages;
  }

  /** The procurement named by business key or id, if the user may see it. */
  Procurement visible(String keyOrId) {
    access.requireProductGroup();
    return access.visible(pages.find(keyOrId).getId());
  }
}
