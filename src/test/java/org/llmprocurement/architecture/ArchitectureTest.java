package org.llmprocurement.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The boundaries a newcomer must not cross by accident: engine internals only in the {@code engine}
 * adapter package (a later move to Operaton stays mechanical), stages that do not reach into each
 * other's internals, and a guard package free of engine internals so its policies stay unit-testable.
 */
class ArchitectureTest {

  static final String ROOT = "org.llmprocurement";
  /** Packages that own a lifecycle stage. */
  static final List<String> STAGES = List.of("intake", "review", "negotiation", "signoff", "contracts", "contractlife", "notices", "exit");

  static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
  }

  @Test
  void engineInternalsAreUsedOnlyInTheEngineAdapterPackage() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + ".engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..")
        .because("engine internals live behind org.llmprocurement.engine (docs/adr/0001-engine-boundary.md)");
    rule.check(production);
  }

  @Test
  void theWebappSessionIsReadOnlyInTheSecurityAdapter() {
    ArchRule rule = noClasses().that().resideOutsideOfPackages(ROOT + ".security..", ROOT + ".engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.webapp..")
        .because("the workspace reads the Camunda webapps' session only through security.WorkspaceSession"
            + " (docs/adr/0007-workspace-shares-the-camunda-session.md)");
    rule.check(production);
  }

  @Test
  void theRuleCatchesAnEngineInternalOutsideTheAdapter() {
    JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
    EvaluationResult result = noClasses().that().resideOutsideOfPackage(ROOT + ".engine..")
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..").evaluate(offender);
    assertThat(result.hasViolation()).as("a test class using ClockUtil is reported").isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ClockUtil"));
  }

  @Test
  void stagesUseOnlyThePublicApiOfOtherStages() {
    for (String stage : STAGES) {
      for (String other : STAGES) {
        if (stage.equals(other)) {
          continue;
        }
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
            .should().dependOnClassesThat(nonPublicIn(ROOT + "." + other))
            .allowEmptyShould(true)
            .because("a stage uses another stage only through its public classes");
        rule.check(production);
      }
    }
  }

  @Test
  void earlierStagesNeverDependOnLaterOnes() {
    for (int i = 0; i < STAGES.size(); i++) {
      String[] later = STAGES.subList(i + 1, STAGES.size()).stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new);
      if (later.length == 0) {
        continue;
      }
      noClasses().that().resideInAPackage(ROOT + "." + STAGES.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(later)
          .because("a stage may use the stages before it, never the ones after it").allowEmptyShould(true).check(production);
    }
  }

  @Test
  void theGuardAndTheLifecycleAreFreeOfStagePackages() {
    for (String shared : List.of("guard", "lifecycle", "engine", "identity", "domain")) {
      noClasses().that().resideInAPackage(ROOT + "." + shared + "..")
          .should().dependOnClassesThat().resideInAnyPackage(STAGES.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new))
          .because("shared packages know no stage; stages register with them").check(production);
    }
  }

  @Test
  void delegatesAndGuardsAreSpringBeansNotEngineClassReferences() {
    classes().that().implement(org.camunda.bpm.engine.delegate.JavaDelegate.class)
        .should().notBePublic().orShould().beAnnotatedWith(org.springframework.stereotype.Component.class)
        .allowEmptyShould(true).check(production);
  }

  @Test
  void repositoryQueriesAreJpqlStringsThatHibernateTranslatesOnce() {
    methods().that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
        .and().haveModifier(JavaModifier.ABSTRACT)
        .and(notImplementedBySpringData())
        .should().beAnnotatedWith(Query.class)
        .because("Spring Data builds a derived query (findByXOrderByY) as a new criteria query on every call, and"
            + " Hibernate 6.6 translates a criteria query again each time; a JPQL string's plan is cached"
            + " (docs/adr/0008-what-the-engine-stores.md, decision 3)")
        .allowEmptyShould(true).check(production);
  }

  /** Methods such as {@code existsById} that Spring Data's {@code SimpleJpaRepository} answers itself, not by deriving a query. */
  private static DescribedPredicate<JavaMethod> notImplementedBySpringData() {
    Set<String> implemented = Arrays.stream(JpaRepository.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
    return DescribedPredicate.describe("not a method SimpleJpaRepository implements",
        method -> !implemented.contains(method.getName()));
  }

  @Test
  void processVariablesAreWrittenOnlyThroughProcessData() {
    writesOnlyThroughProcessData().check(production);
  }

  @Test
  void theRuleCatchesAVariableWrittenStraightThroughItsDeclaration() {
    EvaluationResult result = writesOnlyThroughProcessData().evaluate(new ClassFileImporter().importClasses(Offender.class));
    assertThat(result.getFailureReport().getDetails()).as("RISK_TIER.on(scope).set(...) is reported")
        .anyMatch(line -> line.contains("WriteAdapter.set"));
  }

  private static ArchRule writesOnlyThroughProcessData() {
    return noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".lifecycle.ProcessData")
        .should().callMethod(io.holunda.camunda.bpm.data.adapter.WriteAdapter.class, "set", Object.class)
        .orShould().callMethod(io.holunda.camunda.bpm.data.adapter.WriteAdapter.class, "set", Object.class, boolean.class)
        .because("a variable set again with its unchanged value writes a history row for nothing;"
            + " lifecycle.ProcessData.write skips it (docs/adr/0008-what-the-engine-stores.md)");
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> nonPublicIn(String packageName) {
    return DescribedPredicate.describe("non-public classes of " + packageName,
        javaClass -> javaClass.getPackageName().startsWith(packageName)
            && !javaClass.getModifiers().contains(JavaModifier.PUBLIC));
  }

  /** A class that breaks the engine boundary and writes a variable around ProcessData, to prove the rules see it. */
  static final class Offender {
    java.util.Date now() {
      return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    }

    void confirm(org.camunda.bpm.engine.delegate.VariableScope scope) {
      org.llmprocurement.lifecycle.ProcurementLifecycle.RISK_TIER.on(scope).set("HIGH");
    }
  }
}
