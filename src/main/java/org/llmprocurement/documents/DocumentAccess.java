package org.llmprocurement.documents;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * Who may do what with the contract documents of a procurement. Today the rule is by group: the
 * procurement group holds the vendor's papers and uploads them; every group working on
 * procurements reads them. The procurement is passed so later stages can narrow or widen the rule
 * per procurement (say, a reviewer assigned to it) without changing the callers.
 */
@Service
public class DocumentAccess {

  static final Set<String> UPLOADERS = Set.of(Groups.PROCUREMENT, Groups.ADMIN);
  static final Set<String> READERS =
      Set.copyOf(Stream.concat(Groups.WORKING.stream(), Stream.of(Groups.ADMIN)).toList());

  private final IdentityService identity;

  DocumentAccess(IdentityService identity) {
    this.identity = identity;
  }

  public boolean mayUpload(String userId, Collection<String> groupIds, Procurement procurement) {
    return userId != null && groupIds != null && groupIds.stream().anyMatch(UPLOADERS::contains);
  }

  public boolean mayRead(String userId, Collection<String> groupIds, Procurement procurement) {
    return userId != null && groupIds != null && groupIds.stream().anyMatch(READERS::contains);
  }

  /** Refuses with 403 unless the signed-in user may upload documents to this procurement. */
  public void requireUpload(Procurement procurement) {
    Caller user = EngineIdentity.current(identity);
    if (!mayUpload(user.userId(), user.groups(), procurement)) {
      throw ApiException.forbidden(user.userId() + " may not upload contract documents; the procurement group does");
    }
  }

  /** Refuses with 403 unless the signed-in user may list and download this procurement's documents. */
  public void requireRead(Procurement procurement) {
    Caller user = EngineIdentity.current(identity);
    if (!mayRead(user.userId(), user.groups(), procurement)) {
      throw ApiException.forbidden(user.userId() + " belongs to no group that works on procurements");
    }
  }
}
