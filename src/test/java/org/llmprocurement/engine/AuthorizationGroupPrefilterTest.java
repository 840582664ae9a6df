package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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

  @Test
  void aCheckGrantedInACommandIsNotAskedAgainWhileRefusalsAndWritesAreNotRemembered() {
    new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    TaskEntity security = (TaskEntity) engine.getTaskService().createTaskQuery().taskCandidateGroup("security").list().get(0);
    TaskEntity legal = (TaskEntity) engine.getTaskService().createTaskQuery().taskCandidateGroup("legal").list().get(0);

    // the caller signs in inside the command, as the REST API's filter does around it (the product's
    // guard refuses unclassified commands from signed-in users, so the test command itself runs as the system)
    List<Object> answers = configuration().getCommandExecutorTxRequired().execute(context -> asUser("demo-security", "security", () -> {
      AuthorizationGroupPrefilter.PrefilterSkippingAuthorizationManager manager =
          (AuthorizationGroupPrefilter.PrefilterSkippingAuthorizationManager) context.getAuthorizationManager();
      List<Object> out = new ArrayList<>();
      // the guard's check, then the engine's command's check of the same task: one query
      out.add(mayWork(context, security));
      out.add(mayWork(context, security));
      out.add(manager.answeredFromGranted());
      // a refusal is asked each time, and stays a refusal
      out.add(mayWork(context, legal));
      out.add(mayWork(context, legal));
      out.add(manager.answeredFromGranted());
      // a write of an authorization forgets what was granted
      manager.deleteAuthorizationsByResourceIdAndGroupId(Resources.TASK, "no-such-task", "no-such-group");
      out.add(mayWork(context, security));
      out.add(manager.answeredFromGranted());
      // a single permission (the engine's checkAuthorization(permission, resource, id)) the same way
      out.add(manager.isAuthorized(Permissions.READ, Resources.TASK, security.getId()));
      out.add(manager.isAuthorized(Permissions.READ, Resources.TASK, security.getId()));
      out.add(manager.answeredFromGranted());
      out.add(manager.isAuthorized(Permissions.READ, Resources.TASK, legal.getId()));
      out.add(manager.isAuthorized(Permissions.READ, Resources.TASK, legal.getId()));
      out.add(manager.answeredFromGranted());
      return out;
    }));
    assertThat(answers).containsExactly(true, true, 1, false, false, 1, true, 1, true, true, 2, false, false, 2);

    // another command starts without memory: demo-legal is refused the security task it never got
    assertThat((Object) configuration().getCommandExecutorTxRequired()
        .execute(context -> asUser("demo-legal", "legal", () -> mayWork(context, security)))).isEqualTo(false);
  }

  private <T> T asUser(String user, String group, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Whether the engine's command checkers let the authenticated caller work the task (TASK_WORK or UPDATE). */
  private static boolean mayWork(org.camunda.bpm.engine.impl.interceptor.CommandContext context, TaskEntity task) {
    try {
      for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      return true;
    } catch (AuthorizationException e) {
      return false;
    }
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
