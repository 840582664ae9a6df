package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command the engine and its webapps can run is classified for the guard, from the classes
 * themselves: an engine upgrade that adds a command fails here until someone decides what users may
 * do with it (and until then the guard refuses it to every user who is not an administrator).
 */
class EngineCommandCatalogTest {

  static Set<String> commandClasses;

  @BeforeAll
  static void importEngineAndWebapps() {
    commandClasses = new ClassFileImporter()
        .importPackages("org.camunda.bpm.engine.impl", "org.camunda.bpm.webapp", "org.camunda.bpm.cockpit",
            "org.camunda.bpm.tasklist", "org.camunda.bpm.admin")
        .stream()
        .filter(c -> c.isAssignableTo(Command.class))
        .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isAnonymousClass())
        .map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyEngineAndWebappCommandIsClassified() {
    assertThat(commandClasses).as("command classes found in the engine and webapp jars").hasSizeGreaterThan(300);
    Set<String> missing = new TreeSet<>(commandClasses);
    missing.removeAll(EngineCommandCatalog.all().keySet());
    assertThat(missing).as("classify these in src/main/resources/org/llmprocurement/engine/engine-commands.txt").isEmpty();
  }

  @Test
  void everyClassifiedCommandExists() {
    Set<String> stale = new TreeSet<>(EngineCommandCatalog.all().keySet());
    stale.removeIf(name -> {
      try {
        Class.forName(name, false, getClass().getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    });
    assertThat(stale).as("catalogue entries the engine no longer has").isEmpty();
  }

  @Test
  void whatEndsMovesOrWritesIsNeverClassifiedAsARead() {
    Set<String> writes = Set.of("HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd", "ResolveTaskCmd", "DeleteTaskCmd",
        "DelegateTaskCmd", "SaveTaskCmd", "ModifyProcessInstanceCmd", "ProcessInstanceModificationCmd",
        "RestartProcessInstancesCmd", "MigrateProcessInstanceCmd", "CorrelateMessageCmd", "SignalEventReceivedCmd",
        "CompleteExternalTaskCmd", "HandleExternalTaskFailureCmd", "SetJobRetriesCmd", "UpdateProcessInstancesSuspendStateCmd",
        "DeleteProcessInstanceCmd", "DeployCmd", "SaveUserCmd", "CreateAuthorizationCommand", "SetTaskVariablesCmd",
        "PatchExecutionVariablesCmd", "EvaluateStartConditionCmd");
    EngineCommandCatalog.all().forEach((name, kind) -> {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (writes.contains(simple)) {
        assertThat(kind).as(simple).isNotEqualTo(EngineCommandCatalog.Kind.READ);
      }
    });
    assertThat(EngineCommandCatalog.all().entrySet().stream()
        .filter(e -> e.getKey().endsWith(".HandleTaskBpmnErrorCmd")).map(java.util.Map.Entry::getValue))
        .containsExactly(EngineCommandCatalog.Kind.ADMIN_ONLY);
  }
}
