package org.llmprocurement.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
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
 * <p>How: a process-engine plugin registers, before the engine is built, a session factory for the
 * engine's {@code AuthorizationManager} that opens the subclass below (custom session factories
 * replace the engine's own for the same session type).
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

  /** The engine's authorization manager, which hands a short list of the caller's groups on unchanged. */
  public static class PrefilterSkippingAuthorizationManager extends AuthorizationManager {

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
