package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's per-command look-up of every group with an authorization is skipped for callers in
 * few groups, and no answer changes: a reviewer sees the same tasks and is allowed the same things
 * with or without groups that hold no grant, below and above the limit.
 */
class AuthorizationGroupPrefilterTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Test
  void theEngineOpensTheManagerThatSkipsTheLookUpForFewGroups() {
    AuthorizationManager manager = configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizationGroupPrefilter.PrefilterSkippingAuthorizationManager.class);

    // outside a command there is no database session: the engine's look-up would fail here
    AuthorizationManager outside = new AuthorizationGroupPrefilter.PrefilterSkippingAuthorizationManager();
    assertThat(outside.filterAuthenticatedGroupIds(List.of("security", "no-grants"))).containsExactly("security", "no-grants");

    // above the limit the engine narrows to the groups some authorization names
    List<String> many = groups(AuthorizationGroupPrefilter.MAX_UNFILTERED_GROUPS + 1);
    many.add("security");
    List<String> narrowed = configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));
    assertThat(narrowed).containsExactly("security");
  }

  @Test
  void groupsWithoutGrantsChangeNoAnswer() {
    new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    List<Object> alone = answersAs("demo-security", List.of("security"));
    assertThat((long) alone.get(0)).as("the security reviewer has review tasks").isPositive();
    assertThat(alone.get(2)).as("and reads no legal task").isEqualTo(0L);

    List<String> few = groups(3);
    few.add("security");
    List<String> many = groups(AuthorizationGroupPrefilter.MAX_UNFILTERED_GROUPS + 5);
    many.add("security");
    assertThat(answersAs("demo-security", few)).isEqualTo(alone);
    assertThat(answersAs("demo-security", many)).isEqualTo(alone);
  }

  /** Task count of the group, its task ids, the legal group's count, and whether a process may be started. */
  private List<Object> answersAs(String user, List<String> groups) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      List<Object> answers = new ArrayList<>();
      answers.add(engine.getTaskService().createTaskQuery().taskCandidateGroup("security").count());
      answers.add(engine.getTaskService().createTaskQuery().taskCandidateGroup("security").orderByTaskId().asc().list()
          .stream().map(t -> t.getId()).toList());
      answers.add(engine.getTaskService().createTaskQuery().taskCandidateGroup("legal").count());
      answers.add(engine.getAuthorizationService().isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, "llm-procurement"));
      return answers;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static List<String> groups(int count) {
    return new ArrayList<>(IntStream.range(0, count).mapToObj(i -> "group-without-grants-" + i).toList());
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
