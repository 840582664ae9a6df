package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.support.ContractEvents;

/**
 * Every path of {@code vendor-region-change}: within the contract's regions; outside, recorded as
 * an OUT_OF_REGION breach and decided (suspend, renegotiate, exit); "within" refused while the
 * comparison finds regions outside; an unannounced change recorded as a breach.
 */
class RegionChangeProcessTest extends ChangeNoticeTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.llmprocurement.exit.ContractExits exitRunbooks;

  /** Logs processed in the US from 1 April: the contract keeps them in the EU. Announced 80 days ahead (HIGH: 60). */
  static final String TO_US = "{'dataTypes':['LOGS','PROMPTS'],'processingRegions':['EU','US'],'effectiveDate':'2027-04-01',"
      + "'announcedAt':'2027-01-11T08:00:00Z'}";

  private ProcessInstance outside() {
    ProcessInstance instance = deliver(NoticeType.REGION_CHANGE, TO_US, ChangeProcesses.REGION_KEY);
    complete("demo-data-governance", task(instance, ChangeProcesses.CHECK_RESIDENCY),
        Map.of("residency", "OUTSIDE", "residencyNote", ""));
    return instance;
  }

  private static Map<String, Object> decision(String decision) {
    return Map.of("decision", decision, "reason", "US processing of our logs is not acceptable");
  }

  @Test
  void aChangeWithinTheContractsRegionsIsCheckedAndSettled() {
    ProcessInstance instance = deliver(NoticeType.REGION_CHANGE, "{'dataTypes':['BACKUPS'],'storageRegions':['EU'],"
        + "'supportAccessRegions':['UK'],'effectiveDate':'2027-04-01','announcedAt':'2027-01-11'}", ChangeProcesses.REGION_KEY);

    assertThat(instance).isWaitingAt(ChangeProcesses.CHECK_RESIDENCY);
    assertThat(change(instance).getOutsideRegions()).isFalse();
    assertThat(task(instance, ChangeProcesses.CHECK_RESIDENCY)).hasCandidateGroup("data-governance");
    complete("demo-data-governance", task(instance, ChangeProcesses.CHECK_RESIDENCY), Map.of("residency", "WITHIN",
        "residencyNote", ""));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_WITHIN).hasNotPassed(ChangeProcesses.RECORD_OUT_OF_REGION);
    assertThat(breaches()).isEmpty();
    assertThat(notice(instance).getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(notice(instance).getOutcome()).startsWith("WITHIN the contract's regions");
  }

  @Test
  void withinIsRefusedWhileRegionsAreOutsideNamingThem() {
    ProcessInstance instance = deliver(NoticeType.REGION_CHANGE, TO_US, ChangeProcesses.REGION_KEY);
    Task check = task(instance, ChangeProcesses.CHECK_RESIDENCY);

    assertThatThrownBy(() -> complete("demo-data-governance", check, Map.of("residency", "WITHIN", "residencyNote", "")))
        .hasMessageContaining("residency: the change is outside the contract's regions: LOGS: processed in US (contract: stored"
            + " in EU, processed in EU, support from EU, UK); PROMPTS: processed in US");
    assertThat(breaches()).isEmpty();
    assertThat(instance).isWaitingAt(ChangeProcesses.CHECK_RESIDENCY);
  }

  @Test
  void outsideIsAnOutOfRegionBreachAndSuspendingTellsItAndProcurement() {
    ProcessInstance instance = outside();

    assertThat(instance).hasPassed(ChangeProcesses.RECORD_OUT_OF_REGION).isWaitingAt(ChangeProcesses.DECIDE_REGION);
    assertThat(breaches()).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.OUT_OF_REGION);
      assertThat(b.getDescription()).startsWith("Data outside the contract's regions from 2027-04-01: LOGS: processed in US");
    });
    assertThat(task(instance, ChangeProcesses.DECIDE_REGION)).hasCandidateGroup("data-governance").hasCandidateGroup("legal");

    complete("demo-legal", task(instance, ChangeProcesses.DECIDE_REGION), decision("SUSPEND"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.SUSPEND_DATA_FLOW, ChangeProcesses.END_SUSPENDED);
    assertThat(mailsAbout("Suspend data flow (" + contract.getBusinessKey() + ")")).isNotEmpty();
    assertThat(notice(instance).getOutcome()).startsWith("SUSPEND (LOGS, PROMPTS: processed in EU, US");
    assertThat(ContractEvents.exitsOf(contract.getId())).as("suspending is no exit").isEmpty();
  }

  @Test
  void aRenegotiationIsProcurementsTask() {
    ProcessInstance instance = outside();
    complete("demo-data-governance", task(instance, ChangeProcesses.DECIDE_REGION), decision("RENEGOTIATE"));

    assertThat(instance).isWaitingAt(ChangeProcesses.RENEGOTIATE_REGION);
    complete("demo-procurement", task(instance, ChangeProcesses.RENEGOTIATE_REGION), Map.of("renegotiationOutcome", "NOT_AGREED",
        "renegotiationSummary", "Vendor will not keep logs in the EU"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_REGION_RENEGOTIATED);
    assertThat(change(instance).getFollowUpOutcome()).isEqualTo("NOT_AGREED");
  }

  @Test
  void anExitStartsTheExitRunbookAsABreachTerminationAndManagersAreTold() {
    ProcessInstance instance = outside();
    complete("demo-legal", task(instance, ChangeProcesses.DECIDE_REGION), decision("EXIT"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.NOTIFY_EXIT, ChangeProcesses.END_EXIT);
    assertThat(change(instance).getDecision()).isEqualTo("EXIT");
    assertThat(mailsAbout("Exit decided (" + contract.getBusinessKey() + ")")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getContent().toString()).contains("The exit runbook started").doesNotContain("by hand"));
    assertThat(notice(instance).getOutcome()).endsWith("The exit runbook started.");
    assertThat(ContractEvents.exitsOf(contract.getId())).as("the exit runbook is asked for once").singleElement()
        .satisfies(exit -> {
          assertThat(exit.trigger()).isEqualTo(ExitTrigger.BREACH_TERMINATION);
          assertThat(exit.reason()).isEqualTo("US processing of our logs is not acceptable");
          assertThat(exit.requestedBy()).isEqualTo("demo-legal");
        });
    assertThat(exitRunbooks.running(contract.getId())).as("the runbook runs, started by the decision").hasValueSatisfying(exit -> {
      assertThat(exit.getTrigger()).isEqualTo(ExitTrigger.BREACH_TERMINATION);
      assertThat(exit.getRequestedBy()).isEqualTo("demo-legal");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId()).count()).isOne();
    });
  }

  @Test
  void aChangeFoundWithoutNoticeIsAnUnannouncedChangeBreach() {
    ProcessInstance instance = deliver(NoticeType.REGION_CHANGE, "{'dataTypes':['EMBEDDINGS'],'storageRegions':['EU'],"
        + "'effectiveDate':'2027-01-04','discoveredWithoutNotice':true}", ChangeProcesses.REGION_KEY);

    assertThat(instance).isWaitingAt(ChangeProcesses.CHECK_RESIDENCY);
    assertThat(breaches()).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.UNANNOUNCED_CHANGE);
      assertThat(b.getDescription()).endsWith("found without notice; the contract requires 60 days' notice (regionChangeNoticeDays,"
          + " threshold)");
    });
  }
}
