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

  /** Groups whose members see every procurement (besides administrators). */
  public static final java.util.List<String> SEE_ALL = java.util.List.of(Groups.MANAGERS, Groups.PROCUREMENT);

  private final IdentityService identity;
  private final IntakeService intake;
  private final GroupWorkRepository groupWork;

  ProcurementAccess(IdentityService identity, IntakeService intake, GroupWorkRepository groupWork) {
    this.identity = identity;
    this.intake = intake;
    this.groupWork = groupWork;
  }

  /**
   * Which procurements the signed-in user sees in the portfolio: all of them for managers,
   * procurement and administrators; for the reviewing functions (IT, security, legal, data
   * governance) those their groups have or had a task on ({@link GroupWork}).
   *
   * @param caller the user
   * @param groups the groups whose work decides, or {@code null}: every procurement
   */
  public record Scope(Caller caller, java.util.List<String> groups) {
    public boolean seesAll() {
      return groups == null;
    }
  }

  /** The caller's {@link Scope}; 403 for users outside the product groups. */
  public Scope scope() {
    Caller user = requireProductGroup();
    boolean all = user.isAdministrator() || SEE_ALL.stream().anyMatch(user::memberOf);
    return new Scope(user, all ? null : user.groups().stream().filter(Groups.WORKING::contains).toList());
  }

  /**
   * The procurement if the caller's {@link #scope()} includes it: 404 when there is none with the
   * id, 403 when it exists but none of the caller's groups has had work on it.
   */
  public Procurement visible(long procurementId) {
    Scope scope = scope();
    Procurement procurement = intake.find(procurementId).orElseThrow(() -> ApiException.notFound("Procurement " + procurementId));
    if (!scope.seesAll() && (scope.groups().isEmpty() || !groupWork.anyOf(procurement.getBusinessKey(), scope.groups()))) {
      throw ApiException.forbidden(scope.caller().userId() + " has no work on procurement " + procurementId
          + "; its reviewing groups, procurement and managers see it");
    }
    return procurement;
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
