package org.llmprocurement.intake;

import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may read procurements over the product API: members of the groups that work on them
 * (procurement, the reviewing functions, managers) and administrators.
 */
@Component
public class ProcurementAccess {

  private final IdentityService identity;
  private final IntakeService intake;

  ProcurementAccess(IdentityService identity, IntakeService intake) {
    this.identity = identity;
    this.intake = intake;
  }

  /** 403 unless the signed-in user belongs to a group that works on procurements. */
  public Caller requireProductGroup() {
    Caller user = EngineIdentity.current(identity);
    boolean member = user.groups().stream().anyMatch(g -> Groups.WORKING.contains(g) || Groups.ADMIN.equals(g));
    if (!member) {
      throw ApiException.forbidden(user.userId() + " belongs to no group that works on procurements");
    }
    return user;
  }

  /** The procurement, or 404; 403 for users outside the product groups. */
  public Procurement readable(long procurementId) {
    requireProductGroup();
    return intake.find(procurementId).orElseThrow(() -> ApiException.notFound("Procurement " + procurementId));
  }
}
