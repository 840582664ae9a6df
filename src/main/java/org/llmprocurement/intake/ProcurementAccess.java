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
   * id, 403 when it exists but none of the caller's groups has had work on it. Every per-procurement
   * read of the product API and the workspace goes through here or {@link #requireWorkOn}.
   */
  public Procurement visible(long procurementId) {
    Scope scope = scope();
    Procurement procurement = intake.find(procurementId).orElseThrow(() -> ApiException.notFound("Procurement " + procurementId));
    check(scope, procurement.getBusinessKey(), "procurement " + procurementId);
    return procurement;
  }

  /**
   * For records that belong to a procurement (a contract register entry and everything under it:
   * notices, evidence, exit): 403 unless the caller's {@link #scope()} includes the procurement with
   * this business key. The contract's processes run under the same business key, so a group with a
   * task there (say, legal on a notice) counts as having work on it ({@link GroupWork}). The caller
   * finds the record first and answers 404 itself.
   *
   * @param businessKey the procurement's business key, e.g. {@code LLMP-2026-00017}
   * @param what the record named in the refusal, e.g. {@code contract 3}
   * @return the caller
   */
  public Caller requireWorkOn(String businessKey, String what) {
    Scope scope = scope();
    check(scope, businessKey, what);
    return scope.caller();
  }

  /**
   * A record that belongs to a procurement (a contract register entry and what hangs under it),
   * checked like {@link #visible(long)}: 403 outside the product groups, 404 when {@code find} finds
   * nothing, 403 when the caller's {@link #scope()} lacks the procurement with the record's business
   * key. The contract's processes run under that key, so a task there counts as work on it.
   *
   * @param what the record as named in answers, e.g. {@code Contract 3}
   * @param find looks the record up (after the group check, so outsiders learn nothing)
   * @param businessKey the business key of the record's procurement
   */
  public <T> T visible(String what, java.util.function.Supplier<java.util.Optional<T>> find,
      java.util.function.Function<T, String> businessKey) {
    Scope scope = scope();
    T record = find.get().orElseThrow(() -> ApiException.notFound(what));
    check(scope, businessKey.apply(record), what);
    return record;
  }

  /**
   * The business keys of the procurements a scope includes, for lists kept outside the intake
   * tables (the contract register): {@code null} when the scope sees everything, else the keys its
   * groups have or had work on (possibly none).
   */
  public java.util.Set<String> businessKeys(Scope scope) {
    if (scope.seesAll()) {
      return null;
    }
    return scope.groups().isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(groupWork.businessKeysOf(scope.groups()));
  }

  private void check(Scope scope, String businessKey, String what) {
    if (!scope.seesAll() && (scope.groups().isEmpty() || !groupWork.anyOf(businessKey, scope.groups()))) {
      throw ApiException.forbidden(scope.caller().userId() + " has no work on " + what + " (" + businessKey
          + "); its reviewing groups, procurement and managers see it");
    }
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

}
