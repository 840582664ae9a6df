package org.llmprocurement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Which stage a procurement is in, from the activities of the main process, and the check of the
 * stage declarations against the deployed models that stops start-up with a named problem.
 */
@Tag("unit")
class LifecycleRegistryTest {

  private static final String CONFIRM = "UserTask_ConfirmTierAndScope";
  private static final String APPROVE = "UserTask_ApproveTierReduction";
  private static final String REVIEW_IT = "CallActivity_ReviewItClauses";
  private static final String REVIEW_LEGAL = "CallActivity_ReviewLegalClauses";
  private static final String CONSOLIDATE = "ServiceTask_ConsolidateReview";
  private static final String END_GAPS = "EndEvent_ReviewGapsFound";
  private static final String END_READY = "EndEvent_ReadyForSignOff";

  /** Elements of the main process as deployed. */
  private static final Set<String> MAIN_ELEMENTS = Set.of("StartEvent_IntakeSubmitted", CONFIRM, APPROVE,
      "ServiceTask_PrepareClauseReview", REVIEW_IT, REVIEW_LEGAL, CONSOLIDATE, END_GAPS, END_READY);

  private final Stage intake = new Stage("intake", Set.of(), Set.of("intake-start", "confirm-tier", "approve-tier-reduction"),
      Set.of(IntakeStartGuard.class, ConfirmTierGuard.class),
      ordered(CONFIRM, "TIER_CONFIRMATION", APPROVE, "TIER_REDUCTION_APPROVAL"), Map.of(), 10);
  private final Stage review = new Stage("review", Set.of("clause-review"), Set.of("review-clauses", "approve-waivers"),
      Set.of(ReviewTaskGuard.class),
      ordered("CallActivity_Review*", "CLAUSE_REVIEW", CONSOLIDATE, "CONSOLIDATION"),
      ordered(END_GAPS, "NEGOTIATION_NEEDED", END_READY, "READY_FOR_SIGN_OFF"), 20);

  // --- stage while active ---------------------------------------------------------------------

  @Test
  void theStageOfAnActivityIsFoundByItsExactId() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageWhileActive(List.of(CONFIRM))).isEqualTo("TIER_CONFIRMATION");
    assertThat(registry.stageWhileActive(List.of(APPROVE))).isEqualTo("TIER_REDUCTION_APPROVAL");
    assertThat(registry.stageWhileActive(List.of(CONSOLIDATE))).isEqualTo("CONSOLIDATION");
  }

  @Test
  void anExactIdDoesNotMatchLongerOrShorterIds() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageWhileActive(List.of(CONSOLIDATE + "Again"))).isEqualTo(LifecycleRegistry.IN_PROGRESS);
    assertThat(registry.stageWhileActive(List.of("ServiceTask_Consolidate"))).isEqualTo(LifecycleRegistry.IN_PROGRESS);
  }

  @Test
  void theStageOfAnActivityIsFoundByAnIdPrefix() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageWhileActive(List.of(REVIEW_IT))).isEqualTo("CLAUSE_REVIEW");
    assertThat(registry.stageWhileActive(List.of(REVIEW_LEGAL))).isEqualTo("CLAUSE_REVIEW");
    assertThat(registry.stageWhileActive(List.of("CallActivity_Review"))).isEqualTo("CLAUSE_REVIEW");
    assertThat(registry.stageWhileActive(List.of("CallActivity_Negotiate"))).isEqualTo(LifecycleRegistry.IN_PROGRESS);
  }

  @Test
  void theEarlierStageWinsWhateverOrderTheStagesComeIn() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(review, intake));

    assertThat(registry.stages()).extracting(LifecycleStage::name).containsExactly("intake", "review");
    assertThat(registry.stageWhileActive(List.of(REVIEW_IT, APPROVE))).isEqualTo("TIER_REDUCTION_APPROVAL");
  }

  @Test
  void withinAStageTheFirstDeclaredMatchWins() {
    Stage overlapping = new Stage("review", Set.of(), Set.of(), Set.of(),
        ordered("CallActivity_Review*", "CLAUSE_REVIEW", REVIEW_IT, "IT_REVIEW"), Map.of(), 20);
    LifecycleRegistry registry = new LifecycleRegistry(List.of(overlapping));

    assertThat(registry.stageWhileActive(List.of(REVIEW_IT))).isEqualTo("CLAUSE_REVIEW");
  }

  @Test
  void noDeclaredActivityActiveMeansInProgress() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageWhileActive(List.of("ServiceTask_PrepareClauseReview"))).isEqualTo("IN_PROGRESS");
    assertThat(registry.stageWhileActive(List.of())).isEqualTo("IN_PROGRESS");
    assertThat(new LifecycleRegistry(List.of()).stageWhileActive(List.of(CONFIRM))).isEqualTo("IN_PROGRESS");
  }

  // --- stage after end ------------------------------------------------------------------------

  @Test
  void theStageAfterTheEndComesFromTheEndEvent() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageAfterEnd(END_READY)).isEqualTo("READY_FOR_SIGN_OFF");
    assertThat(registry.stageAfterEnd(END_GAPS)).isEqualTo("NEGOTIATION_NEEDED");
  }

  @Test
  void anUndeclaredEndEventMeansEnded() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.stageAfterEnd("EndEvent_Cancelled")).isEqualTo(LifecycleRegistry.ENDED);
    assertThat(new LifecycleRegistry(List.of()).stageAfterEnd(END_READY)).isEqualTo("ENDED");
  }

  // --- names and owners -----------------------------------------------------------------------

  @Test
  void stageNamesComeInLifecycleOrderEndingWithTheFallbacks() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(review, intake));

    assertThat(registry.stageNames()).containsExactly("TIER_CONFIRMATION", "TIER_REDUCTION_APPROVAL", "CLAUSE_REVIEW",
        "CONSOLIDATION", "NEGOTIATION_NEEDED", "READY_FOR_SIGN_OFF", "IN_PROGRESS", "ENDED");
  }

  @Test
  void theOwnerOfAProcessIsTheStageDeclaringIt() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.ownerOfProcess("clause-review")).containsSame(review);
    assertThat(registry.ownerOfProcess("negotiation")).isEmpty();
  }

  @Test
  void twoStagesWithOneNameAreRefusedNamingBothClasses() {
    IllegalStateException error = catchThrowableOfType(IllegalStateException.class,
        () -> new LifecycleRegistry(List.of(review, new OtherStage("review", 30))));

    assertThat(error).isNotNull();
    assertThat(error).hasMessage("two lifecycle stages are called 'review': " + Stage.class.getName() + " and "
        + OtherStage.class.getName());
  }

  // --- verify ---------------------------------------------------------------------------------

  @Test
  void declarationsFittingTheDeployedModelsHaveNoProblems() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    assertThat(registry.verify(Set.of("clause-review"), allForms(), MAIN_ELEMENTS, allGuards())).isEmpty();
  }

  @Test
  void anUndeclaredDeployedProcessIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    List<String> problems = registry.verify(Set.of("clause-review", "negotiation"), allForms(), MAIN_ELEMENTS, allGuards());

    assertThat(problems).containsExactly("process 'negotiation' is deployed but declared by no lifecycle stage");
  }

  @Test
  void anUndeclaredDeployedFormIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<String> forms = new java.util.HashSet<>(allForms());
    forms.add("negotiate-terms");

    List<String> problems = registry.verify(Set.of("clause-review"), forms, MAIN_ELEMENTS, allGuards());

    assertThat(problems).containsExactly("form 'negotiate-terms' is deployed but declared by no lifecycle stage");
  }

  @Test
  void aDeclaredButUndeployedProcessOrFormIsReportedWithItsStage() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<String> forms = new java.util.HashSet<>(allForms());
    forms.remove("approve-waivers");

    List<String> problems = registry.verify(Set.of(), forms, MAIN_ELEMENTS, allGuards());

    assertThat(problems).containsExactly(
        "process 'clause-review' is declared by stage [review] but not deployed",
        "form 'approve-waivers' is declared by stage [review] but not deployed");
  }

  @Test
  void aFormDeclaredByTwoStagesIsReportedNamingBoth() {
    Stage sharing = new Stage("review", Set.of("clause-review"), Set.of("review-clauses", "approve-waivers", "confirm-tier"),
        review.guards(), review.whileActive(), review.afterEnd(), 20);
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, sharing));

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), MAIN_ELEMENTS, allGuards());

    assertThat(problems).containsExactly("form 'confirm-tier' is declared by several stages: [intake, review]");
  }

  @Test
  void anActivityIdMissingFromTheMainProcessIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<String> elements = new java.util.HashSet<>(MAIN_ELEMENTS);
    elements.remove(APPROVE);

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), elements, allGuards());

    assertThat(problems).containsExactly("stage 'intake' names activity UserTask_ApproveTierReduction, which the main"
        + " process llm-procurement does not have");
  }

  @Test
  void anActivityPrefixMatchingNoElementOfTheMainProcessIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<String> elements = new java.util.HashSet<>(MAIN_ELEMENTS);
    elements.remove(REVIEW_IT);
    elements.remove(REVIEW_LEGAL);

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), elements, allGuards());

    assertThat(problems).containsExactly("stage 'review' names activity CallActivity_Review*, which the main process"
        + " llm-procurement does not have");
  }

  @Test
  void anEndEventMissingFromTheMainProcessIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<String> elements = new java.util.HashSet<>(MAIN_ELEMENTS);
    elements.remove(END_READY);

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), elements, allGuards());

    assertThat(problems).containsExactly("stage 'review' names end event EndEvent_ReadyForSignOff, which the main"
        + " process does not have");
  }

  @Test
  void aGuardClassDeclaredByNoStageIsReported() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<Class<?>> guards = new java.util.HashSet<>(allGuards());
    guards.add(NegotiationGuard.class);

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), MAIN_ELEMENTS, guards);

    assertThat(problems).containsExactly("guard " + NegotiationGuard.class.getName()
        + " is declared by no lifecycle stage");
  }

  @Test
  void aGuardBeanOfASubclassOfADeclaredGuardIsCovered() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));
    Set<Class<?>> guards = Set.of(IntakeStartGuard.class, ConfirmTierGuard.class, ProxiedReviewTaskGuard.class);

    assertThat(registry.verify(Set.of("clause-review"), allForms(), MAIN_ELEMENTS, guards)).isEmpty();
  }

  @Test
  void aGuardDeclaredByTwoStagesIsReported() {
    Stage alsoConfirm = new Stage("review", Set.of("clause-review"), review.forms(),
        Set.of(ReviewTaskGuard.class, ConfirmTierGuard.class), review.whileActive(), review.afterEnd(), 20);
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, alsoConfirm));

    List<String> problems = registry.verify(Set.of("clause-review"), allForms(), MAIN_ELEMENTS, allGuards());

    assertThat(problems).containsExactly("guard ConfirmTierGuard is declared by two stages");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    LifecycleRegistry registry = new LifecycleRegistry(List.of(intake, review));

    List<String> problems = registry.verify(Set.of("negotiation"), Set.of("intake-start"), Set.of(CONFIRM),
        Set.of(NegotiationGuard.class));

    assertThat(problems).contains(
        "process 'negotiation' is deployed but declared by no lifecycle stage",
        "process 'clause-review' is declared by stage [review] but not deployed",
        "form 'confirm-tier' is declared by stage [intake] but not deployed",
        "stage 'intake' names activity UserTask_ApproveTierReduction, which the main process llm-procurement does not have",
        "stage 'review' names end event EndEvent_ReadyForSignOff, which the main process does not have",
        "guard " + NegotiationGuard.class.getName() + " is declared by no lifecycle stage");
    assertThat(problems).as("2 processes, 4 forms, 3 activities, 2 end events, 1 guard").hasSize(12);
  }

  // --- fixtures -------------------------------------------------------------------------------

  private Set<String> allForms() {
    return Set.of("intake-start", "confirm-tier", "approve-tier-reduction", "review-clauses", "approve-waivers");
  }

  private Set<Class<?>> allGuards() {
    return Set.of(IntakeStartGuard.class, ConfirmTierGuard.class, ReviewTaskGuard.class);
  }

  /** A map keeping the order entries are given in: key, value, key, value... */
  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private record Stage(String name, Set<String> processes, Set<String> forms, Set<Class<?>> guards,
      Map<String, String> whileActive, Map<String, String> afterEnd, int order) implements LifecycleStage {}

  /** Another stage class, to see both named when two stages share a name. */
  private record OtherStage(String name, int order) implements LifecycleStage {
    @Override
    public Set<String> processes() {
      return Set.of();
    }

    @Override
    public Set<String> forms() {
      return Set.of();
    }

    @Override
    public Set<Class<?>> guards() {
      return Set.of();
    }

    @Override
    public Map<String, String> whileActive() {
      return Map.of();
    }

    @Override
    public Map<String, String> afterEnd() {
      return Map.of();
    }
  }

  private static class IntakeStartGuard {}

  private static class ConfirmTierGuard {}

  private static class ReviewTaskGuard {}

  /** As Spring's proxy of a guard bean would be. */
  private static class ProxiedReviewTaskGuard extends ReviewTaskGuard {}

  private static class NegotiationGuard {}
}
