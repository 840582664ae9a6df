package org.llmprocurement.documents;

import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * Who may do what with the contract documents of a procurement: the procurement group (and
 * administrators) holds the vendor's papers and uploads them; whoever may see the procurement
 * reads them ({@link ProcurementAccess#visible}: managers, procurement, administrators, and the
 * reviewing groups that have or had work on it).
 */
@Service
public class DocumentAccess {

  static final Set<String> UPLOADERS = Set.of(Groups.PROCUREMENT, Groups.ADMIN);

  private final IdentityService identity;
  private final ProcurementAccess procurements;

  DocumentAccess(IdentityService identity, ProcurementAccess procurements) {
    this.identity = identity;
    this.procurements = procurements;
  }

  public boolean mayUpload(String userId, Collection<String> groupIds, Procurement procurement) {
    return userId != null && groupIds != null && groupIds.stream().anyMatch(UPLOADERS::contains);
  }

  /** Refuses with 403 unless the signed-in user may upload documents to this procurement. */
  public void requireUpload(Procurement procurement) {
    Caller user = EngineIdentity.current(identity);
    if (!mayUpload(user.userId(), user.groups(), procurement)) {
      throw ApiException.forbidden(user.userId() + " may not upload contract documents; the procurement group does");
    }
  }

  /** Refuses with 403 unless the signed-in user may see this procurement, and so list and download its documents. */
  public void requireRead(Procurement procurement) {
    procurements.requireWorkOn(procurement.getBusinessKey(), "procurement " + procurement.getId());
  }
}
