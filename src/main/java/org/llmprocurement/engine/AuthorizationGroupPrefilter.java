package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Skips the engine's look-up of "every group that has an authorization" in each authorization-checked
 * command when the caller belongs to at most {@value #MAX_UNFILTERED_GROUPS} groups.
 *
 * <p>Camunda 7.24 narrows the caller's groups to those named by some authorization before it checks
 * anything, and finds those with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per
 * command: a read of the whole grant index, which grows with the open tasks because every review task
 * carries its own group grant (ADR 0005). At 10,000 procurements in review (110,631 grants) it took
 * 12-14 ms of every such command (task lists, completions, starts) on this machine's PostgreSQL. The narrowing
 * only shortens the {@code GROUP_ID_ IN (...)} lists of the checks: a group without any
 * authorization matches no row, so the checks answer the same with the caller's groups as they are.
 * The product's users belong to one or two groups; a caller in more groups than the limit keeps the
 * engine's narrowing, which then pays for itself. Camunda's issue camunda/camunda-bpm-platform#5485
 * discusses the same query; CIB seven and Operaton (pull request 3141) offer the same skip as the
 * setting {@code authGroupFilterThreshold}. Measurements:
 * docs/adr/0009-task-query-authorization-exists.md.
 *
 * <p>The same manager answers a permission check it has already granted in the same command without
 * asking the database again ({@link PrefilterSkippingAuthorizationManager#isAuthorized(String, List,
 * CompositePermissionCheck)}): the product's guard checks that the caller may work a task before it
 * validates the submitted form, and the engine's command then checks the same permission on the same
 * task. Each check builds the engine's dynamic SQL anew (MyBatis evaluating the statement's
 * expressions: 54 of 78 profile samples of the checks) and asks the database; in the benchmark's
 * profile the two checks were 43 of 275 samples of task completions (issue 14).
 *
 * <p>How: a process-engine plugin registers, before the engine is built, a session factory for the
 * engine's {@code AuthorizationManager} that opens the subclass below (custom session factories
 * replace the engine's own for the same session type). The engine opens one manager per command.
 */
@Component
public class AuthorizationGroupPrefilter extends AbstractProcessEnginePlugin {

  /** Callers in at most this many groups skip the narrowing; more keep the engine's behaviour. */
  static final int MAX_UNFILTERED_GROUPS = 20;

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationGroupPrefilter.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    configuration.setCustomSessionFactories(factories);
    LOG.info("Authorization checks skip the engine's look-up of groups with grants for callers in at most {} groups",
        MAX_UNFILTERED_GROUPS);
  }

  /** Opens a {@link PrefilterSkippingAuthorizationManager} wherever the engine asks for its authorization manager. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new PrefilterSkippingAuthorizationManager();
    }
  }

  /**
   * The engine's authorization manager, which hands a short list of the caller's groups on unchanged
   * and remembers, for the rest of its command, the checks it granted.
   */
  public static class PrefilterSkippingAuthorizationManager extends AuthorizationManager {

    /** Checks granted in this command: user, groups and the check's permissions, resources and ids. */
    private final Set<List<Object>> granted = new HashSet<>();
    private int answeredFromGranted;

    /**
     * The engine's answer, except that a check this manager has already granted in its command
     * (same user, same groups, same permissions on the same resources and ids, combined the same
     * way) is granted again without a query. Refusals are not remembered: a refused check asks the
     * database each time, as the engine does. Any write of an authorization through this manager
     * forgets every remembered grant, although the engine's own checks would not see such a write
     * before the command's flush either.
     *
     * @return true when the caller holds the permissions the check asks for
     */
    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      return remembered(key(userId, groupIds, check), () -> super.isAuthorized(userId, groupIds, check));
    }

    /**
     * The same for a single permission (the engine's {@code checkAuthorization(permission, resource,
     * id)}, e.g. starting a process or reading a definition), remembered as the one-check composite
     * the engine asks the database with.
     *
     * @return true when the caller holds the permission, or authorization is off
     */
    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
      return remembered(key(userId, groupIds, createCompositePermissionCheck(check)),
          () -> super.isAuthorized(userId, groupIds, check));
    }

    /** A grant remembered under the key, else the engine's answer, remembered when it grants (null key: never). */
    private boolean remembered(List<Object> key, java.util.function.BooleanSupplier engine) {
      if (key != null && granted.contains(key)) {
        answeredFromGranted++;
        return true;
      }
      boolean authorized = engine.getAsBoolean();
      if (authorized && key != null) {
        granted.add(key);
      }
      return authorized;
    }

    /** How many checks this manager granted from its memory instead of the database (for tests). */
    int answeredFromGranted() {
      return answeredFromGranted;
    }

    @Override
    public void insert(DbEntity entity) {
      granted.clear();
      super.insert(entity);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      granted.clear();
      super.update(authorization);
    }

    @Override
    public void delete(DbEntity authorization) {
      granted.clear();
      super.delete(authorization);
    }

    @Override
    public void deleteAuthorizationsByResourceId(Resource resource, String resourceId) {
      granted.clear();
      super.deleteAuthorizationsByResourceId(resource, resourceId);
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndUserId(Resource resource, String resourceId, String userId) {
      granted.clear();
      super.deleteAuthorizationsByResourceIdAndUserId(resource, resourceId, userId);
    }

    @Override
    public void deleteAuthorizationsByResourceIdAndGroupId(Resource resource, String resourceId, String groupId) {
      granted.clear();
      super.deleteAuthorizationsByResourceIdAndGroupId(resource, resourceId, groupId);
    }

    /**
     * What identifies a check: the user, the groups and the check's structure (conjunctive or
     * disjunctive, each atomic check's permission bits, resource type and resource id, nested checks
     * in order); null when an atomic check names a query parameter instead of an id (such checks
     * belong to queries, not to commands).
     */
    static List<Object> key(String userId, List<String> groupIds, CompositePermissionCheck check) {
      List<Object> key = new ArrayList<>();
      key.add(Objects.toString(userId, ""));
      key.add(groupIds == null ? List.of() : new ArrayList<>(groupIds));
      return append(key, check) ? key : null;
    }

    private static boolean append(List<Object> key, CompositePermissionCheck check) {
      key.add(check.isDisjunctive() ? "or(" : "and(");
      for (PermissionCheck atomic : check.getAtomicChecks()) {
        if (atomic.getResourceIdQueryParam() != null) {
          return false;
        }
        key.add(Arrays.asList(atomic.getPerms(), atomic.getResourceType(), atomic.getResourceId(),
            atomic.getAuthorizationNotFoundReturnValue()));
      }
      for (CompositePermissionCheck nested : check.getCompositeChecks()) {
        if (!append(key, nested)) {
          return false;
        }
      }
      key.add(")");
      return true;
    }

    /**
     * @param authenticatedGroupIds the caller's groups, may be null
     * @return the caller's groups as they are when there are 1 to {@value
     *     AuthorizationGroupPrefilter#MAX_UNFILTERED_GROUPS} of them, otherwise the engine's narrowing
     *     to groups that some authorization names (empty for none)
     */
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= MAX_UNFILTERED_GROUPS) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
