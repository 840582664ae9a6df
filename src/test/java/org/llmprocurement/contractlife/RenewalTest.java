package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the pre-renewal review's engine-backed tests: starts the review as the contract life's call activity does. */
abstract class RenewalTest extends ContractTest {

  static final Map<String, String> ASSESSORS = Map.of("it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance");

  @Autowired
  RenewalReviews reviews;

  /** The processes {@link #executeJobsOf} runs. */
  static final List<String> WORKED_HERE = List.of("llm-procurement", "clause-review", "negotiation", "sign-off",
      "contract-registration", ContractRenewalProcess.KEY);

  private final List<String> businessKeys = new ArrayList<>();

  /** Registers as the register's tests do, and remembers the entry so its processes are removed afterwards. */
  @Override
  protected long registered(String vendor, String lei, LocalDate termEnd, int nonRenewalNoticeDays) {
    long id = super.registered(vendor, lei, termEnd, nonRenewalNoticeDays);
    rememberForCleanUp(register.find(id).orElseThrow().getBusinessKey());
    return id;
  }

  /** The processes with this business key are removed after the test. */
  void rememberForCleanUp(String businessKey) {
    businessKeys.add(businessKey);
  }

  /**
   * Runs the due jobs of the procurement and pre-renewal processes with this business key (never the
   * contract life's, whose other branches belong to other stages), until none is left.
   */
  void executeJobsOf(String businessKey) {
    var management = engine.getManagementService();
    for (int step = 0; step < 200; step++) {
      List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list().stream().filter(p -> WORKED_HERE.stream().anyMatch(key -> p.getProcessDefinitionId().startsWith(key + ":")))
          .map(p -> p.getId()).toList();
      // one job at a time: a job (a timer leaving a sub-process) may delete others that were due
      var next = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list()
          .stream()).findFirst();
      if (next.isEmpty()) {
        return;
      }
      management.executeJob(next.get().getId());
    }
  }

  /** Removes the contract processes these tests started, so no due timer of theirs runs in a later test. */
  @AfterEach
  void removeContractProcesses() {
    var runtime = engine.getRuntimeService();
    for (String businessKey : businessKeys) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).rootProcessInstances().list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished", true, true));
    }
    businessKeys.clear();
  }

  /** Starts {@code contract-renewal-review} for the entry as the contract life's call activity would. */
  ProcessInstance startReview(long contractId) {
    Contract contract = register.find(contractId).orElseThrow();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ContractRenewalProcess.KEY,
        contract.getBusinessKey(), Map.of("contractId", contractId));
    executeJobs(instance.getId());
    return instance;
  }

  List<Task> tasks(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  Task task(ProcessInstance instance, String taskDefinitionKey) {
    List<Task> tasks = tasks(instance, taskDefinitionKey);
    assertThat(tasks).as(taskDefinitionKey).hasSize(1);
    return tasks.get(0);
  }

  /** Completes a task as the user would in Tasklist. */
  void complete(String user, Task task, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    variables.putAll(values);
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  /** Every owning function advises renewal. */
  void assessAll(ProcessInstance instance, String advice, String comment) {
    for (Task task : tasks(instance, ContractRenewalProcess.ASSESS)) {
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      complete(ASSESSORS.get(group), task, Map.of("advice", advice, "comment", comment));
    }
    executeJobs(instance.getId());
  }

  RenewalReview reviewOf(ProcessInstance instance) {
    return reviews.reviewsOf(contractOf(instance)).stream()
        .filter(r -> r.getProcessInstanceId().equals(instance.getId())).findFirst().orElseThrow();
  }

  private long contractOf(ProcessInstance instance) {
    return register.ofBusinessKey(instance.getBusinessKey()).orElseThrow().getId();
  }
}
