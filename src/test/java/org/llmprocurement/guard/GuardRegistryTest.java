package org.llmprocurement.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The guards by task and by process, and their check against the deployed models: every problem is
 * named so that start-up stops with a message an operator can act on.
 */
@Tag("unit")
class GuardRegistryTest {

  private static final String MAIN = "llm-procurement";
  private static final String REVIEW = "clause-review";
  private static final String CONFIRM = "UserTask_ConfirmTierAndScope";
  private static final String REVIEW_TASK = "UserTask_ReviewClauses";

  private final ConfirmTierGuard confirm = new ConfirmTierGuard();
  private final ReviewGuard review = new ReviewGuard();
  private final IntakeStart intakeStart = new IntakeStart();

  @Test
  void findsTheGuardOfATaskByProcessAndTask() {
    GuardRegistry registry = GuardRegistry.of(List.of(confirm, review), List.of(intakeStart));

    assertThat(registry.taskGuard(MAIN, CONFIRM)).containsSame(confirm);
    assertThat(registry.taskGuard(REVIEW, REVIEW_TASK)).containsSame(review);
    assertThat(registry.taskGuard(REVIEW, CONFIRM)).as("same task id in another process").isEmpty();
    assertThat(registry.taskGuard(null, CONFIRM)).as("a standalone task").isEmpty();
    assertThat(registry.startGuard(MAIN)).containsSame(intakeStart);
    assertThat(registry.startGuard(REVIEW)).isEmpty();
    assertThat(registry.startGuard(null)).isEmpty();
    assertThat(registry.guardClasses()).containsExactlyInAnyOrder(ConfirmTierGuard.class, ReviewGuard.class,
        IntakeStart.class);
    assertThat(GuardRegistry.key(MAIN, CONFIRM)).isEqualTo("llm-procurement#UserTask_ConfirmTierAndScope");
  }

  @Test
  void twoGuardsForOneTaskAreRefusedNamingBothClasses() {
    IllegalStateException error = catchThrowableOfType(IllegalStateException.class,
        () -> GuardRegistry.of(List.of(confirm, new OtherConfirmTierGuard()), List.of()));

    assertThat(error).isNotNull();
    assertThat(error).hasMessage("two guards for task llm-procurement#UserTask_ConfirmTierAndScope: "
        + ConfirmTierGuard.class.getName() + " and " + OtherConfirmTierGuard.class.getName());
  }

  @Test
  void twoStartGuardsForOneProcessAreRefusedNamingBothClasses() {
    IllegalStateException error = catchThrowableOfType(IllegalStateException.class,
        () -> GuardRegistry.of(List.of(), List.of(intakeStart, new OtherIntakeStart())));

    assertThat(error).isNotNull();
    assertThat(error).hasMessage("two start guards for process llm-procurement: " + IntakeStart.class.getName()
        + " and " + OtherIntakeStart.class.getName());
  }

  @Test
  void guardsFittingTheDeployedModelsHaveNoProblems() {
    GuardRegistry registry = GuardRegistry.of(List.of(confirm, review), List.of(intakeStart));

    List<String> problems = registry.verify(
        Set.of(GuardRegistry.key(MAIN, CONFIRM), GuardRegistry.key(REVIEW, REVIEW_TASK)),
        Set.of(MAIN),
        Set.of(MAIN, REVIEW));

    assertThat(problems).isEmpty();
  }

  @Test
  void aUserTaskWithoutGuardIsReported() {
    GuardRegistry registry = GuardRegistry.of(List.of(confirm), List.of(intakeStart));

    List<String> problems = registry.verify(
        Set.of(GuardRegistry.key(MAIN, CONFIRM), GuardRegistry.key(REVIEW, REVIEW_TASK)), Set.of(MAIN),
        Set.of(MAIN, REVIEW));

    assertThat(problems).containsExactly("user task clause-review#UserTask_ReviewClauses has no TaskFormGuard");
  }

  @Test
  void aGuardForATaskNoProcessHasIsReportedWithItsClass() {
    GuardRegistry registry = GuardRegistry.of(List.of(confirm, review), List.of(intakeStart));

    List<String> problems = registry.verify(Set.of(GuardRegistry.key(MAIN, CONFIRM)), Set.of(MAIN), Set.of(MAIN, REVIEW));

    assertThat(problems).containsExactly(ReviewGuard.class.getName()
        + " guards clause-review#UserTask_ReviewClauses, which no deployed process has");
  }

  @Test
  void aStartableProcessWithoutStartGuardIsReported() {
    GuardRegistry registry = GuardRegistry.of(List.of(confirm, review), List.of(intakeStart));

    List<String> problems = registry.verify(
        Set.of(GuardRegistry.key(MAIN, CONFIRM), GuardRegistry.key(REVIEW, REVIEW_TASK)), Set.of(MAIN, REVIEW),
        Set.of(MAIN, REVIEW));

    assertThat(problems).containsExactly("process clause-review can be started in Tasklist but has no StartGuard"
        + " (a process only called by another one sets camunda:isStartableInTasklist=\"false\"; one people start gets a StartGuard bean)");
  }

  @Test
  void aStartGuardForAnUndeployedProcessIsReportedWithItsClass() {
    GuardRegistry registry = GuardRegistry.of(List.of(), List.of(intakeStart));

    List<String> problems = registry.verify(Set.of(), Set.of(), Set.of(REVIEW));

    assertThat(problems).containsExactly(IntakeStart.class.getName()
        + " guards starts of llm-procurement, which is not deployed");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    GuardRegistry registry = GuardRegistry.of(List.of(review), List.of(intakeStart));

    List<String> problems = registry.verify(Set.of(GuardRegistry.key(MAIN, CONFIRM)), Set.of("renewal"), Set.of(REVIEW));

    assertThat(problems).containsExactly(
        "user task llm-procurement#UserTask_ConfirmTierAndScope has no TaskFormGuard",
        ReviewGuard.class.getName() + " guards clause-review#UserTask_ReviewClauses, which no deployed process has",
        "process renewal can be started in Tasklist but has no StartGuard (a process only called by another one sets camunda:isStartableInTasklist=\"false\"; one people start gets a StartGuard bean)",
        IntakeStart.class.getName() + " guards starts of llm-procurement, which is not deployed");
  }

  @Test
  void twoGuardBeansForOneTaskAreReportedByVerifyInsteadOfThrown() {
    GuardRegistry registry = new GuardRegistry(provider(confirm, new OtherConfirmTierGuard()), provider());

    List<String> problems = registry.verify(Set.of(GuardRegistry.key(MAIN, CONFIRM)), Set.of(), Set.of(MAIN));

    assertThat(problems).singleElement().asString()
        .startsWith("two guards for task llm-procurement#UserTask_ConfirmTierAndScope: ")
        .contains(ConfirmTierGuard.class.getName()).contains(OtherConfirmTierGuard.class.getName());
  }

  @Test
  void guardBeansAreReadFromTheProvidersWhenFirstNeeded() {
    GuardRegistry registry = new GuardRegistry(provider(confirm), provider(intakeStart));

    assertThat(registry.taskGuard(MAIN, CONFIRM)).containsSame(confirm);
    assertThat(registry.startGuard(MAIN)).containsSame(intakeStart);
  }

  // --- fakes ----------------------------------------------------------------------------------

  @SafeVarargs
  private static <T> ObjectProvider<T> provider(T... beans) {
    return new ObjectProvider<T>() {
      @Override
      public Stream<T> orderedStream() {
        return Stream.of(beans);
      }
    };
  }

  private abstract static class FakeTaskGuard implements TaskFormGuard<Void> {
    private final String process;
    private final String task;

    FakeTaskGuard(String process, String task) {
      this.process = process;
      this.task = task;
    }

    @Override
    public String processDefinitionKey() {
      return process;
    }

    @Override
    public String taskDefinitionKey() {
      return task;
    }

    @Override
    public Set<String> fields() {
      return Set.of();
    }

    @Override
    public void prepare(DelegateTask task) {}

    @Override
    public Validation<Void> validate(TaskSubmission submission) {
      return Validation.of(null, List.of());
    }

    @Override
    public void apply(TaskSubmission submission, Void validated) {}
  }

  private static final class ConfirmTierGuard extends FakeTaskGuard {
    ConfirmTierGuard() {
      super(MAIN, CONFIRM);
    }
  }

  private static final class OtherConfirmTierGuard extends FakeTaskGuard {
    OtherConfirmTierGuard() {
      super(MAIN, CONFIRM);
    }
  }

  private static final class ReviewGuard extends FakeTaskGuard {
    ReviewGuard() {
      super(REVIEW, REVIEW_TASK);
    }
  }

  private static class IntakeStart implements StartGuard {
    @Override
    public String processDefinitionKey() {
      return MAIN;
    }

    @Override
    public List<String> validate(Map<String, Object> variables, String userId) {
      return List.of();
    }
  }

  private static final class OtherIntakeStart extends IntakeStart {}
}
