package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.identity.Caller;

/**
 * What a user may do to a task besides completing it (the adapter has already checked the user may
 * work the task): claim for oneself, give back one's own, comment and attach within the limits.
 */
@Tag("unit")
class TaskWorkPolicyTest {

  private static final Caller ANNA = Caller.of("anna", List.of("procurement"));
  private static final Caller ADMIN = Caller.of("admin", List.of("camunda-admin"));

  private final TaskWorkPolicy policy = new TaskWorkPolicy(1024);
  private final DelegateTask unassigned = CompletionPolicyTest.task("Confirm tier", "UserTask_ConfirmTierAndScope", Map.of());
  private final DelegateTask annas = CompletionPolicyTest.task("Confirm tier", "UserTask_ConfirmTierAndScope", Map.of(), "anna");
  private final DelegateTask bens = CompletionPolicyTest.task("Confirm tier", "UserTask_ConfirmTierAndScope", Map.of(), "ben");

  @Test
  void usersClaimOnlyForThemselves() {
    assertThatCode(() -> policy.check(new GuardedCommand.Claim(unassigned, "anna"), ANNA)).doesNotThrowAnyException();
    AuthorizationException forBen = catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Claim(unassigned, "ben"), ANNA));
    assertThat(forBen.getMessage()).contains("only for themselves, not for 'ben'");
    assertThatCode(() -> policy.check(new GuardedCommand.Claim(unassigned, "ben"), ADMIN)).doesNotThrowAnyException();
  }

  @Test
  void usersGiveBackOnlyTheirOwnTaskAndNeverAssignToOthers() {
    assertThatCode(() -> policy.check(new GuardedCommand.Assign(annas, null), ANNA)).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.Claim(annas, null), ANNA)).as("unclaim").doesNotThrowAnyException();
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Assign(bens, null), ANNA)).getMessage()).contains("assigned to 'ben'");
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Assign(unassigned, "ben"), ANNA))).isNotNull();
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Assign(bens, "anna"), ANNA))).as("taking a colleague's task").isNotNull();
    assertThatCode(() -> policy.check(new GuardedCommand.Assign(bens, "anna"), ADMIN)).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.Assign(bens, "anna"), Caller.system())).doesNotThrowAnyException();
  }

  @Test
  void commentsAreOnTasksWithTextWithinTheColumn() {
    assertThatCode(() -> policy.check(new GuardedCommand.Comment(unassigned, "checked the DPA"), ANNA)).doesNotThrowAnyException();
    assertThat(catchThrowableOfType(BadUserRequestException.class,
        () -> policy.check(new GuardedCommand.Comment(unassigned, "x".repeat(4001)), ANNA)).getMessage())
        .contains("at most 4000 characters, got 4001");
    assertThat(catchThrowableOfType(BadUserRequestException.class,
        () -> policy.check(new GuardedCommand.Comment(unassigned, "  "), ANNA))).isNotNull();
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Comment(null, "on the whole procurement"), ANNA)).getMessage())
        .contains("not on process instances");
    assertThatCode(() -> policy.check(new GuardedCommand.Comment(null, "x".repeat(5000)), ADMIN)).doesNotThrowAnyException();
  }

  @Test
  void attachmentsAreWebLinksOrFilesWithinTheLimit() {
    assertThatCode(() -> policy.check(new GuardedCommand.Attachment(unassigned, "https://example.org/dpa", 0), ANNA))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.Attachment(unassigned, null, 1024), ANNA)).doesNotThrowAnyException();
    for (String link : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", " vbscript:x")) {
      assertThat(catchThrowableOfType(BadUserRequestException.class,
          () -> policy.check(new GuardedCommand.Attachment(unassigned, link, 0), ANNA)).getMessage())
          .as(link).contains("only http and https links");
    }
    assertThat(catchThrowableOfType(BadUserRequestException.class,
        () -> policy.check(new GuardedCommand.Attachment(unassigned, null, 1025), ANNA)).getMessage())
        .contains("at most 1024 bytes");
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> policy.check(new GuardedCommand.Attachment(null, "https://example.org", 0), ANNA))).isNotNull();
  }

  @Test
  void administrationIsForAdministratorsAndSystemWorkOnly() {
    AdministrationPolicy administration = new AdministrationPolicy();
    AuthorizationException refused = catchThrowableOfType(AuthorizationException.class,
        () -> administration.check(new GuardedCommand.Administration("handle task bpmn error", true), ANNA));
    assertThat(refused.getMessage()).isEqualTo("'anna' may not handle task bpmn error: only administrators may end, move"
        + " or change process state outside the task forms");
    assertThat(catchThrowableOfType(AuthorizationException.class,
        () -> administration.check(new GuardedCommand.Administration("frobnicate", false), ANNA)).getMessage())
        .contains("has not classified");
    assertThatCode(() -> administration.check(new GuardedCommand.Administration("deploy", true), ADMIN)).doesNotThrowAnyException();
    assertThatCode(() -> administration.check(new GuardedCommand.Administration("execute jobs", true), Caller.system()))
        .doesNotThrowAnyException();
  }
}
