package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IT's Tasklist path into the access inventory ({@code maintain-access-inventory}): a start adds,
 * updates or retires one entry with who and why and ends; the start guard refuses exactly what the
 * API refuses (naming every problem, secrets included) and nothing is written; only IT may start it.
 */
class AccessInventoryProcessTest extends ContractTest {

  @Autowired
  AccessInventory inventory;

  private Contract contract;

  @BeforeEach
  void aRegisteredContract() {
    long id = registered("Inventory Process Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    contract = register.find(id).orElseThrow();
  }

  private Map<String, Object> form(String change) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contract", contract.getBusinessKey());
    values.put("change", change);
    values.put("reason", "Service account for the nightly evaluation job");
    return values;
  }

  private Map<String, Object> addition(String name) {
    Map<String, Object> values = form("ADD");
    values.put("kind", "SERVICE_ACCOUNT");
    values.put("name", name);
    values.put("ownerGroup", "it");
    values.put("environment", "PRODUCTION");
    return values;
  }

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach(variables::putValue);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AccessInventoryProcess.KEY).latestVersion().singleResult().getId();
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    as(user, () -> started.set(engine.getFormService().submitStartForm(definitionId, variables)));
    return started.get();
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AccessInventoryProcess.KEY).count();
  }

  @Test
  void itAddsUpdatesAndRetiresAnEntryFromTasklist() {
    ProcessInstance added = startAs("demo-it", addition("svc-llm-eval"));

    assertThat(added).isEnded().hasPassed(AccessInventoryProcess.END);
    ContractAccessEntry entry = inventory.entries(contract.getId()).get(0);
    assertThat(entry.getName()).isEqualTo("svc-llm-eval");
    assertThat(entry.getKind()).isEqualTo(AccessKind.SERVICE_ACCOUNT);
    assertThat(entry.getCreatedBy()).isEqualTo("demo-it");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(added.getId()).singleResult()
        .getBusinessKey()).isEqualTo(contract.getBusinessKey());
    ContractAccessChange change = inventory.history(contract.getId()).get(0);
    assertThat(change.getProcessInstanceId()).isEqualTo(added.getId());
    assertThat(change.getReason()).isEqualTo("Service account for the nightly evaluation job");

    Map<String, Object> pasted = addition("svc-llm-eval");
    pasted.put("contract", "AKIAIOSFODNN7EXAMPLE");
    pasted.put("change", "REPLACE");
    assertThatThrownBy(() -> startAs("demo-it", pasted))
        .hasMessageContaining("contract: is not a business key")
        .hasMessageContaining("change: is not one of ADD, UPDATE, RETIRE")
        .message().doesNotContain("AKIAIOSFODNN7EXAMPLE");

    Map<String, Object> update = form("UPDATE");
    update.put("entryId", entry.getId());
    update.put("ownerGroup", "security");
    update.put("reason", "Security runs the evaluation job now");
    assertThat(startAs("demo-it", update)).isEnded();
    assertThat(inventory.entries(contract.getId()).get(0).getOwnerGroup()).isEqualTo("security");

    Map<String, Object> retirement = form("RETIRE");
    retirement.put("entryId", entry.getId().toString());
    retirement.put("reason", "Evaluation job decommissioned");
    assertThat(startAs("demo-it", retirement)).isEnded();
    assertThat(inventory.entries(contract.getId())).isEmpty();
    assertThat(inventory.history(contract.getId())).extracting(ContractAccessChange::getAction)
        .containsExactly(ContractAccessChange.Action.ADD, ContractAccessChange.Action.UPDATE, ContractAccessChange.Action.RETIRE);
    assertThat(inventory.history(contract.getId())).extracting(ContractAccessChange::getChangedBy).containsOnly("demo-it");
  }

  @Test
  void aRefusedStartNamesEveryProblemAndWritesNothing() {
    long before = instances();
    Map<String, Object> secret = addition("svc-llm-eval");
    secret.put("description", "token: Zx81Kq0Lm2Vn7Bp4Rt9Yw3Hc6Je5");
    secret.put("ownerGroup", "marketing");
    secret.put("entryId", 7L);

    assertThatThrownBy(() -> startAs("demo-it", secret))
        .hasMessageContaining("description: looks like a secret value (a long random-looking string (28 characters))")
        .hasMessageContaining("ownerGroup: 'marketing' is not one of the working groups")
        .hasMessageContaining("entryId: an addition makes a new entry; leave it empty")
        .message().doesNotContain("Zx81Kq0Lm2Vn7Bp4Rt9Yw3Hc6Je5");

    Map<String, Object> unknown = addition("svc-llm-eval");
    unknown.put("contract", "LLMP-1999-99999");
    unknown.put("kind", "");
    assertThatThrownBy(() -> startAs("demo-it", unknown))
        .hasMessageContaining("contract: no contract 'LLMP-1999-99999' in the register")
        .hasMessageContaining("kind: required");

    Map<String, Object> pasted = addition("svc-llm-eval");
    pasted.put("contract", "AKIAIOSFODNN7EXAMPLE");
    pasted.put("change", "REPLACE");
    assertThatThrownBy(() -> startAs("demo-it", pasted))
        .hasMessageContaining("contract: is not a business key")
        .hasMessageContaining("change: is not one of ADD, UPDATE, RETIRE")
        .message().doesNotContain("AKIAIOSFODNN7EXAMPLE");

    Map<String, Object> update = form("UPDATE");
    update.put("name", "renamed");
    assertThatThrownBy(() -> startAs("demo-it", update))
        .hasMessageContaining("entryId: required to update or retire an entry")
        .as("an update gives only what changes").message().doesNotContain("kind:", "name:");
    update.put("entryId", 999_999_999L);
    assertThatThrownBy(() -> startAs("demo-it", update))
        .hasMessageContaining("entryId: no entry 999999999 in the access inventory of contract " + contract.getId());

    assertThat(inventory.allEntries(contract.getId())).isEmpty();
    assertThat(inventory.history(contract.getId())).isEmpty();
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void anEndedContractRefusesTheChange() {
    startAs("demo-it", addition("svc-llm-eval"));
    register.changeStatus(contract.getId(), ContractStatus.EXPIRED);

    assertThatThrownBy(() -> startAs("demo-it", addition("svc-llm-other")))
        .hasMessageContaining("contract: contract " + contract.getBusinessKey() + " is EXPIRED; its access inventory is no longer changed");
    assertThat(inventory.allEntries(contract.getId())).hasSize(1);
  }

  @Test
  void onlyItMayStartIt() {
    long before = instances();
    for (String other : new String[] {"demo-procurement", "demo-security", "demo-legal", "demo-manager"}) {
      assertThatThrownBy(() -> startAs(other, addition("svc-llm-eval"))).as(other).isInstanceOf(AuthorizationException.class);
    }
    assertThat(inventory.allEntries(contract.getId())).isEmpty();
    assertThat(instances()).isEqualTo(before);
  }
}
