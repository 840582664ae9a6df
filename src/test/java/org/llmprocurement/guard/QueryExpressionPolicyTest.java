package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.identity.Caller;

/** Task queries may not carry expressions, neither in the query itself nor in any of its orQueries. */
@Tag("unit")
class QueryExpressionPolicyTest {

  private final QueryExpressionPolicy policy = new QueryExpressionPolicy();

  @Test
  void aQueryWithoutExpressionsRuns() {
    assertThatCode(() -> policy.check(new GuardedCommand.TaskQuery("a task query", List.of(Set.of()))))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.TaskQuery("a task query", List.of(Set.of(), Set.of(), Set.of()))))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(new GuardedCommand.TaskQuery("a task query", List.of())))
        .doesNotThrowAnyException();
  }

  @Test
  void anExpressionInTheQueryIsRefusedNamingIt() {
    BadUserRequestException refused = catchThrowableOfType(BadUserRequestException.class, () -> policy.check(
        new GuardedCommand.TaskQuery("a task query", List.of(Set.of(), Set.of("taskAssigneeExpression")))));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("Expressions are not allowed in a task query: [taskAssigneeExpression]")
        .doesNotContain("orQueries");
  }

  @Test
  void anExpressionInAnOrQueryIsRefusedNamingIt() {
    BadUserRequestException refused = catchThrowableOfType(BadUserRequestException.class, () -> policy.check(
        new GuardedCommand.TaskQuery("the query extending filter 'My tasks'",
            List.of(Set.of(), new TreeSet<>(Set.of("dueDateExpression", "candidateUserExpression")), Set.of()))));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("Expressions are not allowed in the query extending filter 'My tasks'"
        + " (including its orQueries): [candidateUserExpression, dueDateExpression]");
  }

  @Test
  void theCommandGuardSendsTaskQueriesToTheExpressionPolicy() {
    CommandGuard commandGuard = new CommandGuard(GuardRegistry.of(List.of(), List.of()));
    Caller admin = new Caller("demo-admin", List.of("camunda-admin"));

    BadUserRequestException refused = catchThrowableOfType(BadUserRequestException.class, () -> commandGuard.check(
        new GuardedCommand.TaskQuery("a task query", List.of(Set.of("processVariableValueExpression"))), admin));

    assertThat(refused).as("expressions are refused for administrators too").isNotNull();
    assertThat(refused.getMessage()).contains("[processVariableValueExpression]");
    assertThatCode(() -> commandGuard.check(new GuardedCommand.TaskQuery("a task query", List.of(Set.of())),
        Caller.system())).doesNotThrowAnyException();
  }
}
