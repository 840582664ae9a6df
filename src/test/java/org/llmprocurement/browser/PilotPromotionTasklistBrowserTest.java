package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contractlife.PilotPromotionProcess;
import org.llmprocurement.contractlife.PilotPromotions;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The production scope of a pilot as procurement confirms it in Tasklist, in headless Chromium:
 * ending the pilot without a reason is refused (nothing recorded); promoting with the production
 * surfaces, regions and users amends the register entry (same tier: no re-review needed).
 */
@Tag("browser")
class PilotPromotionTasklistBrowserTest extends ContractTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  PilotPromotions promotions;

  @Autowired
  ThresholdService thresholds;

  @Test
  void endingWithoutAReasonIsRefusedAndAConfirmedScopePromotesThePilot() {
    LocalDate today = EngineClock.today();
    LocalDate pilotEnd = today.plusMonths(2);
    // internal, regulated data: MEDIUM as a pilot and in production
    long contractId = registeredPilot("Browser Pilot " + System.nanoTime(),
        Map.of("customerFacing", false, "regulatedData", true), pilotEnd);
    Contract contract = register.find(contractId).orElseThrow();
    ProcessInstance promotion = engine.getRuntimeService().startProcessInstanceByKey(PilotPromotionProcess.KEY,
        contract.getBusinessKey(), Map.of("contractId", contractId));
    int lead = thresholds.forTier(contract.getRiskTier()).getInt("pilotPromotionLeadDays");
    EngineClock.set(pilotEnd.minusDays(lead).atStartOfDay(ZoneOffset.UTC).plusHours(1).toInstant());
    executeJobs(promotion.getId());
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(promotion.getId())
        .taskDefinitionKey(PilotPromotionProcess.CONFIRM_SCOPE).singleResult();
    assertThat(task).as("the promotion review asks procurement for the production scope").isNotNull();

    Tasklist tasklist = new Tasklist(browser, port).login("demo-procurement");
    tasklist.openFilter("My group's tasks");
    FormJs scope = tasklist.openTask(task.getId(), task.getName()).withKeysFrom("forms/confirm-production-scope.form");
    assertThat(scope.text()).contains(contract.getContractReference(), pilotEnd.toString());
    tasklist.claim();
    scope.radio("decision", "End the pilot without production").fill("comment", "");
    tasklist.complete();
    tasklist.waitForTaskError("comment: say why the pilot ends without production");
    assertThat(promotions.open(contractId).orElseThrow().getDecision()).as("nothing recorded").isNull();

    tasklist.closeNotifications();
    scope.radio("decision", "Promote to production")
        .checklist("surfaces", "API", "Chat UI")
        .checklist("regions", "EU")
        .fill("expectedUsers", 900)
        .fill("comment", "Pilot met its goals; production roll-out approved");
    tasklist.completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    executeJobs(promotion.getId());

    assertThat(promotions.of(contractId).get(0).getDecidedBy()).isEqualTo("demo-procurement");
    Contract promoted = register.find(contractId).orElseThrow();
    assertThat(promoted.getPilotEndDate()).as("promoted: no longer a pilot").isNull();
    assertThat(promoted.getVersion()).isEqualTo(2);
  }
}
