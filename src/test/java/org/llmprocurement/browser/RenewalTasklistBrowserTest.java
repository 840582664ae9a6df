package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.contractlife.ContractRenewalProcess;
import org.llmprocurement.contractlife.RenewalReview;
import org.llmprocurement.contractlife.RenewalReviews;
import org.llmprocurement.contractlife.RenewalRules;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The renewal decision as procurement takes it in Tasklist, in headless Chromium: the view and the
 * assessments are shown, a renegotiation of a requirement the contract does not have is refused
 * with the reason (nothing is written), and renewing as is with the proposed term end completes.
 */
@Tag("browser")
class RenewalTasklistBrowserTest extends ContractTest {

  private static final Map<String, String> ASSESSORS = Map.of("it", "demo-it", "security", "demo-security", "legal", "demo-legal",
      "data-governance", "demo-data-governance");

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  RenewalReviews reviews;

  private String businessKey;

  @AfterEach
  void removeProcesses() {
    if (businessKey != null) {
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).rootProcessInstances().list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test finished", true, true));
    }
  }

  @Test
  void procurementSeesTheViewIsRefusedAnUnknownItemAndRenewsAsIs() {
    long contractId = registered("Browser Renewal Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    Contract contract = register.find(contractId).orElseThrow();
    businessKey = contract.getBusinessKey();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ContractRenewalProcess.KEY, businessKey,
        Map.of("contractId", contractId));
    executeJobs(instance.getId());
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ContractRenewalProcess.ASSESS).list()) {
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
          .findFirst().orElseThrow().getGroupId();
      as(ASSESSORS.get(group), () -> engine.getFormService().submitTaskForm(task.getId(),
          Variables.createVariables().putValue("advice", "RENEW").putValue("comment", "Fine for " + group)));
    }
    executeJobs(instance.getId());
    Task decide = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ContractRenewalProcess.DECIDE).singleResult();

    Tasklist tasklist = new Tasklist(browser, port).login("demo-procurement");
    tasklist.openFilter("My group's tasks");
    FormJs form = tasklist.openTask(decide.getId(), decide.getName()).withKeysFrom("forms/decide-renewal.form");
    assertThat(form.text()).contains(businessKey, "non-renewal deadline " + contract.getNonRenewalDeadline(),
        "it: RENEW (Fine for it)", "Catalogue changes since signature");
    tasklist.claim();
    form.radio("decision", "Renegotiate listed requirements")
        .fill("requirementIds", "NOPE-99")
        .fill("reason", "The availability clause must be renegotiated");
    tasklist.complete();
    tasklist.waitForTaskError("requirementIds: NOPE-99 is not a requirement of this contract");
    RenewalReview pending = reviews.reviewsOf(contractId).get(0);
    assertThat(pending.getDecision()).as("nothing written").isNull();

    tasklist.closeNotifications();
    form.radio("decision", "Renew as is");
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(decide.getId()).count() == 0);
    executeJobs(instance.getId());

    RenewalReview decided = reviews.reviewsOf(contractId).get(0);
    assertThat(decided.getDecision()).isEqualTo("RENEW");
    assertThat(decided.getDecidedBy()).isEqualTo("demo-procurement");
    assertThat(decided.getOutcome()).isEqualTo("RENEWED");
    assertThat(register.find(contractId).orElseThrow().getTermEnd())
        .isEqualTo(RenewalRules.defaultNewTermEnd(contract.getEffectiveDate(), contract.getTermEnd()));
  }
}
