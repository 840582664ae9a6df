package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.lifecycle.LifecycleMigration;
import org.llmprocurement.notices.NoticeFixture;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end of a contract life at the end of its exit: closing the register entry correlates
 * {@code ContractClosed}, whose interrupting event subprocess ends the whole contract life (the
 * renewal wait, the evidence cadence it calls, a vendor notice still being handled) at "Contract
 * closed"; a contract life started on model 1.1.0 moves to 1.2.0 at start-up and closes the same way.
 */
class ContractLifeCloseTest extends RenewalTest {

  @Autowired
  VendorNotices notices;

  @Autowired
  LifecycleMigration migration;

  private ProcessInstance lifeOf(Contract contract) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ContractLifeProcess.KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
  }

  private Contract registeredAndStarted() {
    Contract contract = register.find(registered("Close Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60))
        .orElseThrow();
    executeJobs(lifeOf(contract).getId());
    return contract;
  }

  private long running(String processKey, Contract contract) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(contract.getBusinessKey()).count();
  }

  @Test
  void closingTheEntryEndsItsContractLifeWithEverythingItCalls() {
    Contract contract = registeredAndStarted();
    ProcessInstance life = lifeOf(contract);
    NoticeFixture.deliver(notices, contract, NoticeType.SERVICE_CHANGE, ("{'change':'SUSPENSION','effectiveOn':'"
        + EngineClock.today().plusDays(30) + "','surfaces':['API'],'description':'The vendor suspends the API for maintenance.'}")
        .replace('\'', '"'));
    executeJobs();
    assertThat(life).isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL, ContractLifeProcess.KEEP_EVIDENCE,
        "CallActivity_HandleVendorNotice");
    assertThat(running("audit-evidence-cadence", contract)).isOne();
    assertThat(running("vendor-service-change", contract)).as("waiting for the exit decision").isOne();

    register.close(contract.getId(), "demo-procurement");

    assertThat(life).isEnded().hasPassed(ContractLifeProcess.CLOSED_START, ContractLifeProcess.END_CLOSED)
        .hasNotPassed(ContractLifeProcess.END_EXIT);
    assertThat(running("audit-evidence-cadence", contract)).as("the cadence ends with the life").isZero();
    assertThat(running("vendor-service-change", contract)).isZero();
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.CLOSED);
  }

  @Test
  void anEntryWhoseLifeEndedAlreadyClosesWithoutAnyLife() {
    Contract contract = registeredAndStarted();
    engine.getRuntimeService().deleteProcessInstance(lifeOf(contract).getId(), "ended by a renewal exit in this test");

    assertThat(register.close(contract.getId(), null).getStatus()).isEqualTo(ContractStatus.CLOSED);
    assertThat(lifeOf(contract)).isNull();
  }

  @Test
  void aLifeStartedOnModel110MovesTo120AndClosesThere() throws IOException {
    String previousDeployment = deploy(resource("/migration/contract-life-1.1.0.bpmn.xml"));
    try {
      assertThat(latest().getVersionTag()).isEqualTo("1.1.0");
      Contract contract = registeredAndStarted();
      ProcessInstance life = lifeOf(contract);
      assertThat(definitionOf(life)).isEqualTo(latest().getId());
      deploy(resource("/contract-life.bpmn"));
      ProcessDefinition current = latest();
      assertThat(current.getVersionTag()).isEqualTo("1.2.0");

      LifecycleMigration.Result result = migration.migrate(ContractLifeProcess.KEY);

      assertThat(result.migrated()).contains(life.getId());
      assertThat(definitionOf(life)).isEqualTo(current.getId());
      assertThat(life).isWaitingAt(ContractLifeProcess.WAIT_FOR_RENEWAL, ContractLifeProcess.KEEP_EVIDENCE);
      register.close(contract.getId(), "demo-procurement");
      assertThat(life).isEnded().hasPassed(ContractLifeProcess.END_CLOSED);
    } finally {
      var runtime = engine.getRuntimeService();
      engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(previousDeployment).list()
          .forEach(d -> runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).list()
              .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test clean-up")));
      if (previousDeployment.equals(latest().getDeploymentId())) {
        deploy(resource("/contract-life.bpmn"));
      }
    }
  }

  private String deploy(byte[] bpmn) {
    return engine.getRepositoryService().createDeployment().name("contract-life-close-test")
        .addInputStream("contract-life.bpmn", new java.io.ByteArrayInputStream(bpmn)).deploy().getId();
  }

  private ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ContractLifeProcess.KEY)
        .latestVersion().singleResult();
  }

  private String definitionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = ContractLifeCloseTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + path);
      }
      return in.readAllBytes();
    }
  }
}
