package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.web.ApiException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The way every notice enters the engine, whatever its type: refusals name every problem and
 * store nothing, and the contract life hands a stored notice to the process named for its type
 * with the contract's business key, the contract and the notice.
 */
class VendorNoticeIntakeTest extends ContractTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Autowired
  VendorNotices notices;

  private Deployment probe;

  @AfterEach
  void removeProbe() {
    if (probe != null) {
      engine.getRepositoryService().deleteDeployment(probe.getId(), true);
    }
  }

  private Contract contract() {
    long id = registered("Notice Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    return register.find(id).orElseThrow();
  }

  private VendorNotices.Submission submission(Long vendorId, String noticeId, String contract, NoticeType type, String payload)
      throws Exception {
    return new VendorNotices.Submission(vendorId, noticeId, contract, type, type == null ? "SOMETHING" : type.name(), null,
        payload == null ? null : MAPPER.readTree(payload), "{}", VendorNotice.SIGNATURE_VALID, VendorNotice.Source.API, null, null);
  }

  @Test
  void aMalformedNoticeIsRefusedNamingEveryFieldAndNothingIsStored() throws Exception {
    Contract contract = contract();
    assertThatThrownBy(() -> notices.record(submission(contract.getVendorId(), " ", "", null, "[1]")))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(e.problems()).anyMatch(p -> p.startsWith("noticeId: required"))
              .anyMatch(p -> p.startsWith("type: unknown type 'SOMETHING'"))
              .anyMatch(p -> p.startsWith("payload: required"))
              .anyMatch(p -> p.startsWith("contract: required"));
        });
    assertThat(notices.ofContract(contract.getId())).isEmpty();
  }

  @Test
  void anUnknownContractOrAnotherVendorsContractIsNotFound() throws Exception {
    Contract contract = contract();
    assertThatThrownBy(() -> notices.record(submission(contract.getVendorId(), "N-1", "LLMP-1999-99999", NoticeType.SLA_VIOLATION, "{}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    assertThatThrownBy(() -> notices.record(submission(contract.getVendorId() + 1000, "N-1", contract.getBusinessKey(),
        NoticeType.SLA_VIOLATION, "{}")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    assertThat(notices.ofContract(contract.getId())).isEmpty();
  }

  @Test
  void theContractLifeCallsTheProcessNamedForTheNoticeTypeWithTheContractAndTheNotice() {
    probe = engine.getRepositoryService().createDeployment().name("probe")
        .addModelInstance("vendor-probe.bpmn", Bpmn.createExecutableProcess("vendor-probe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("UserTask_LookAtNotice").endEvent().done())
        .deploy();
    Contract contract = contract();
    ProcessInstance life = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    executeJobs(life.getId());

    engine.getRuntimeService().createMessageCorrelation(NoticeProcess.MESSAGE_RECEIVED)
        .processInstanceBusinessKey(contract.getBusinessKey())
        .setVariable("noticeId", 4711L).setVariable("noticeType", "SLA_VIOLATION").setVariable("noticeProcess", "vendor-probe")
        .correlateWithResult();
    executeJobs(life.getId());

    ProcessInstance handling = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vendor-probe")
        .superProcessInstanceId(life.getId()).singleResult();
    assertThat(handling).as("the notice's handling process runs inside the contract life").isNotNull();
    assertThat(handling.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    var variables = engine.getRuntimeService().getVariables(handling.getId());
    assertThat(variables).containsEntry("contractId", contract.getId()).containsEntry("noticeId", 4711L)
        .containsEntry("noticeType", "SLA_VIOLATION");
    assertThat(engine.getRuntimeService().getActivityInstance(life.getId()).getActivityInstances(NoticeProcess.HANDLE_NOTICE_SUBPROCESS))
        .as("the contract life goes on alongside").hasSize(1);
    assertThat(engine.getRuntimeService().getVariablesLocal(life.getId()))
        .as("the notice's variables live in its subprocess instance, not on the contract life")
        .doesNotContainKeys("noticeId", "noticeType", "noticeProcess");
    engine.getRuntimeService().deleteProcessInstance(handling.getId(), "probe done");
  }

  @Test
  void twoNoticesStoredBeforeTheirHandlingRunsEachReachTheirOwnHandlingProcess() {
    Contract contract = contract();
    ProcessInstance life = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    executeJobs(life.getId());
    String aware = EngineClock.now().minusSeconds(3600).toString();
    VendorNotice first = NoticeFixture.deliver(notices, contract, NoticeType.SECURITY_INCIDENT,
        "{\"awareAt\":\"" + aware + "\",\"severity\":\"HIGH\"}");
    VendorNotice second = NoticeFixture.deliver(notices, contract, NoticeType.SECURITY_INCIDENT,
        "{\"awareAt\":\"" + aware + "\",\"severity\":\"LOW\"}");
    executeJobs(life.getId());

    var handling = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(life.getId()).list().stream()
        .filter(p -> engine.getRuntimeService().getVariables(p.getId()).containsKey("noticeId")).toList();
    assertThat(handling).extracting(p -> engine.getRuntimeService().getVariable(p.getId(), "noticeId"))
        .as("one handling process per notice, each with its own notice")
        .containsExactlyInAnyOrder(first.getId(), second.getId());
  }
}
