package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.web.ApiException;
import org.springframework.beans.factory.annotation.Autowired;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.support.ContractEvents;

/**
 * Every path of {@code vendor-sla-violation}: a violation below the threshold is recorded and
 * settled; the window slides past old violations and counts a late report where it belongs (with
 * the older ones of its own twelve months); at the
 * threshold the repeated violations are a vendor breach and legal decides each remedy; refusals
 * name every problem; a violation is not counted twice; the Tasklist start form records one by hand.
 */
class SlaViolationProcessTest extends SlaNoticeTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.llmprocurement.exit.ContractExits exitRunbooks;

  @Autowired
  SlaViolations violations;

  @Autowired
  VendorBreaches breaches;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  /**
   * The contract as if signed with a sign-off record: Q1 commits API/EU to 99.9 % availability and
   * Q5 grants service credits; and with its own termination term (REM-TERM-01 met): 2 violations in 6 months.
   */
  private void signedWithCreditsAndATerminationTerm(Contract contract) throws Exception {
    var answers = new org.llmprocurement.signoff.FiveAnswers(
        new org.llmprocurement.signoff.FiveAnswers.Sla(List.of(
            new org.llmprocurement.signoff.FiveAnswers.SlaRow("API", "EU", 99.9, 2000, 4000, 30, 4, 8, 8, 48, 10))),
        null, null, null, new org.llmprocurement.signoff.FiveAnswers.Fix(5, 10, true, true, true, true));
    String record = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("round", 1, "answers", answers));
    jdbc.update("UPDATE contract SET sign_off_record = ? WHERE id = ?", record, contract.getId());
    for (String[] o : new String[][] {{"slaViolationsForTermination", "2", "COUNT"}, {"slaViolationWindowMonths", "6", "MONTHS"}}) {
      jdbc.update("INSERT INTO contract_obligation (contract_id, code, description, requirement_id, requirement_title,"
          + " threshold_key, figure, unit) VALUES (?, ?, ?, 'REM-TERM-01', 'Termination for repeated SLA violations', ?, ?, ?)",
          contract.getId(), o[0], o[0], o[0], o[1], o[2]);
    }
  }

  /** The clock at noon UTC of the day. */
  private static void today(String date) {
    EngineClock.set(LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC));
  }

  /** An availability violation of the API in the EU over one month: 99.0 measured, 99.5 committed. */
  private static String availability(String start, String end) {
    return "{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'" + start + "','periodEnd':'" + end
        + "','measured':99.0,'committed':99.5,'monthlyFee':8000,'currency':'EUR'}";
  }

  @Test
  void aViolationBelowTheThresholdIsRecordedAndSettledWithoutATask() {
    Contract contract = contract();
    VendorNotice notice = deliver(contract, NoticeType.SLA_VIOLATION, availability("2026-10-01", "2026-10-31"));

    ProcessInstance handling = handling(SlaNoticeProcesses.SLA_KEY, notice.getId());
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.RECORD_SLA_VIOLATION, SlaNoticeProcesses.SETTLE_SLA_NOTICE,
        SlaNoticeProcesses.END_VIOLATION_RECORDED).hasNotPassed(SlaNoticeProcesses.DECIDE_SLA_REMEDY);
    assertThat(handling.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    SlaViolation v = violations.ofContract(contract.getId()).get(0);
    assertThat(v.getCommitted()).isEqualByComparingTo("99.5");
    assertThat(v.getCommittedSource()).as("the register holds no figure: the reported one counts")
        .isEqualTo(SlaViolationRules.Source.REPORTED);
    assertThat(v.getShortfall()).isEqualByComparingTo("0.5");
    assertThat(v.getCreditStatus()).as("no sign-off record: the register does not say whether credits apply")
        .isEqualTo(ServiceCreditRules.Status.UNKNOWN);
    assertThat(v.getCounted()).isEqualTo(1);
    assertThat(v.getThresholdViolations()).as("HIGH tier thresholds").isEqualTo(3);
    assertThat(v.getThresholdMonths()).isEqualTo(12);
    assertThat(v.getThresholdSource()).isEqualTo(ViolationWindow.Source.THRESHOLD);
    VendorNotice settled = notices.find(notice.getId()).orElseThrow();
    assertThat(settled.getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(settled.getOutcome()).startsWith("Recorded as SLA violation " + v.getId())
        .contains("No credit computed: the register does not say whether service credits apply")
        .contains("1 of 3 violations allowing termination within 12 months");
    assertThat(breaches.ofContract(contract.getId())).isEmpty();

    var view = api.get("/api/contracts/" + contract.getId() + "/sla-violations", "demo-manager");
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    assertThat(view.json().get("threshold").get("violations").asInt()).isEqualTo(3);
    assertThat(view.json().get("threshold").get("source").asText()).isEqualTo("THRESHOLD");
    assertThat(view.json().get("creditsDue").size()).as("the register does not say credits apply").isZero();
    var row = view.json().get("violations").get(0);
    assertThat(row.get("credit").get("status").asText()).isEqualTo("UNKNOWN");
    assertThat(row.get("window").get("counted").asInt()).isEqualTo(1);
    assertThat(api.get("/api/contracts/999999999/sla-violations", "demo-manager").status()).isEqualTo(404);
  }

  @Test
  void aContractSignedWithCreditsAndItsOwnTermGetsTheCreditDueAndReachesLegalAtItsOwnThreshold() throws Exception {
    Contract contract = contract();
    signedWithCreditsAndATerminationTerm(contract);
    // the sender's 99.5 is not what was signed: the signed row's 99.9 counts
    VendorNotice first = deliver(contract, NoticeType.SLA_VIOLATION, "{'metric':'AVAILABILITY','surface':'API','region':'EU',"
        + "'periodStart':'2026-10-01','periodEnd':'2026-10-31','measured':99.2,'committed':99.5,'monthlyFee':12000,'currency':'EUR'}");

    assertThat(handling(SlaNoticeProcesses.SLA_KEY, first.getId())).isEnded().hasPassed(SlaNoticeProcesses.END_VIOLATION_RECORDED);
    SlaViolation v = violations.ofContract(contract.getId()).get(0);
    assertThat(v.getCommitted()).isEqualByComparingTo("99.9");
    assertThat(v.getCommittedSource()).isEqualTo(SlaViolationRules.Source.SIGNED_SLA);
    assertThat(v.getCreditStatus()).isEqualTo(ServiceCreditRules.Status.DUE);
    assertThat(v.getCreditPercent()).as("0.7 points short: the second availability band").isEqualByComparingTo("25");
    assertThat(v.getCreditAmount()).isEqualByComparingTo("3000.00");
    assertThat(v.getThresholdSource()).isEqualTo(ViolationWindow.Source.OBLIGATION);
    assertThat(notices.find(first.getId()).orElseThrow().getOutcome())
        .contains("measured 99.2 against 99.9 PERCENT (signed SLA row of sign-off Q1)")
        .contains("Credit due: 25 % of 12000 EUR = 3000.00 EUR")
        .contains("1 of 2 violations allowing termination within 6 months");

    VendorNotice second = deliver(contract, NoticeType.SLA_VIOLATION, "{'metric':'AVAILABILITY','surface':'API','region':'EU',"
        + "'periodStart':'2026-11-01','periodEnd':'2026-11-30','measured':97.5,'monthlyFee':12000,'currency':'EUR'}");
    ProcessInstance handling = handling(SlaNoticeProcesses.SLA_KEY, second.getId());
    assertThat(handling).isWaitingAt(SlaNoticeProcesses.DECIDE_SLA_REMEDY);
    String remedyTask = task(handling, SlaNoticeProcesses.DECIDE_SLA_REMEDY).getId();
    assertThat(engine.getFormService().getTaskFormVariables(remedyTask, List.of("remediesGranted"), false).getValue("remediesGranted", String.class))
        .as("the form shows the remedies the contract grants").isEqualTo("termination yes, suspension of data flows yes, support step-up yes, service credits yes");
    assertThat(engine.getTaskService().getVariablesLocal(remedyTask)).as("worked out when read, not stored on the task (ADR 0008)")
        .doesNotContainKeys("remediesGranted", RepeatedViolationRules.DECISION, RepeatedViolationRules.REASON);
    var view = api.get("/api/contracts/" + contract.getId() + "/sla-violations", "demo-procurement").json();
    assertThat(view.get("creditsDue").get("EUR").decimalValue()).as("25 % and 50 % of 12,000").isEqualByComparingTo("9000.00");
    assertThat(view.get("threshold").get("source").asText()).isEqualTo("OBLIGATION");
  }

  @Test
  void theWindowSlidesPastOldViolationsAndALateReportReachesTheThresholdThenLegalTerminates() throws Exception {
    Contract contract = contract();
    today("2027-01-05");
    deliver(contract, NoticeType.SLA_VIOLATION, availability("2026-12-01", "2026-12-31"));
    today("2027-02-03");
    deliver(contract, NoticeType.SLA_VIOLATION, availability("2027-01-01", "2027-01-31"));
    today("2028-01-04");
    VendorNotice december = deliver(contract, NoticeType.SLA_VIOLATION, availability("2027-12-01", "2027-12-31"));

    assertThat(handling(SlaNoticeProcesses.SLA_KEY, december.getId())).isEnded()
        .hasPassed(SlaNoticeProcesses.END_VIOLATION_RECORDED);
    SlaViolation third = violations.ofContract(contract.getId()).get(2);
    assertThat(third.getCounted()).as("December 2026 has slid out of the twelve months").isEqualTo(2);
    assertThat(third.getWindowStart()).isEqualTo(LocalDate.of(2027, 1, 31));

    today("2028-01-10");
    VendorNotice november = deliver(contract, NoticeType.SLA_VIOLATION, availability("2027-11-01", "2027-11-30"));
    ProcessInstance handling = handling(SlaNoticeProcesses.SLA_KEY, november.getId());
    assertThat(handling).hasPassed(SlaNoticeProcesses.RECORD_REPEATED).isWaitingAt(SlaNoticeProcesses.DECIDE_SLA_REMEDY);
    SlaViolation late = violations.ofContract(contract.getId()).stream().filter(v -> v.getNoticeId().equals(november.getId()))
        .findFirst().orElseThrow();
    assertThat(late.getCounted()).as("December 2026, January and November 2027: any twelve months").isEqualTo(3);
    assertThat(late.isThresholdReached()).isTrue();
    assertThat(breaches.ofContract(contract.getId())).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.REPEATED_SLA_VIOLATIONS);
      assertThat(b.getNoticeId()).isEqualTo(november.getId());
      assertThat(b.getDescription()).contains("3 of 3 violations allowing termination within 12 months (2026-12-31 to 2027-12-30");
    });
    Task task = task(handling, SlaNoticeProcesses.DECIDE_SLA_REMEDY);
    assertThat(task).hasCandidateGroup("legal");
    assertThat(task.getName()).startsWith(contract.getBusinessKey() + " · ")
        .endsWith(" — Decide remedy for repeated violations: AVAILABILITY API/EU");
    assertThat(notices.find(november.getId()).orElseThrow().getStatus()).isEqualTo(VendorNotice.Status.RECEIVED);

    assertThatThrownBy(() -> complete("demo-legal", task, Map.of("remedy", "SUSPEND_DATA_FLOWS", "remedyReason", "short")))
        .hasMessageContaining("dataFlows: name the data flows to suspend")
        .hasMessageContaining("remedyReason: say why this remedy (at least 10 characters)");
    assertThat(handling).isWaitingAt(SlaNoticeProcesses.DECIDE_SLA_REMEDY);
    assertThat(violations.get(late.getId()).getRemedy()).isNull();

    MAIL.purgeEmailFromAllMailboxes();
    complete("demo-legal", task, Map.of("remedy", "TERMINATE", "remedyReason", "Three availability misses in a year"));
    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.NOTIFY_SLA_REMEDY, SlaNoticeProcesses.END_REMEDY_DECIDED);
    SlaViolation decided = violations.get(late.getId());
    assertThat(decided.getRemedy()).isEqualTo(RepeatedViolationRules.Remedy.TERMINATE);
    assertThat(decided.getDecidedBy()).isEqualTo("demo-legal");
    assertThat(register.find(contract.getId()).orElseThrow().getStatus())
        .as("deciding is not yet giving notice: the exit runbook freezes the entry").isEqualTo(ContractStatus.ACTIVE);
    assertThat(ContractEvents.exitsOf(contract.getId())).as("the exit runbook is asked for once").singleElement()
        .satisfies(exit -> {
          assertThat(exit.trigger()).isEqualTo(ExitTrigger.SLA_TERMINATION);
          assertThat(exit.reason()).isEqualTo("Three availability misses in a year");
          assertThat(exit.requestedBy()).isEqualTo("demo-legal");
          assertThat(exit.businessKey()).isEqualTo(contract.getBusinessKey());
        });
    assertThat(exitRunbooks.running(contract.getId())).as("the runbook runs, started by the decision").hasValueSatisfying(exit -> {
      assertThat(exit.getTrigger()).isEqualTo(ExitTrigger.SLA_TERMINATION);
      assertThat(exit.getRequestedBy()).isEqualTo("demo-legal");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId()).count()).isOne();
    });
    VendorNotice settled = notices.find(november.getId()).orElseThrow();
    assertThat(settled.getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(settled.getOutcome()).contains("legal decided TERMINATE").contains("Three availability misses in a year")
        .endsWith("The exit runbook started.");
    assertThat(mailsAbout("Repeated SLA violations: TERMINATE")).singleElement()
        .satisfies(m -> assertThat(recipients(m)).containsExactly("demo-manager@example.org"))
        .satisfies(m -> assertThat(m.getContent().toString()).contains("The exit runbook started"));
  }

  @ParameterizedTest
  @EnumSource(value = RepeatedViolationRules.Remedy.class, names = {"SUSPEND_DATA_FLOWS", "STEP_UP_SUPPORT"})
  void legalMaySuspendDataFlowsOrRequireASupportStepUpAndTheContractStaysActive(RepeatedViolationRules.Remedy remedy) {
    Contract contract = contract();
    today("2027-04-02");
    deliver(contract, NoticeType.SLA_VIOLATION, availability("2027-01-01", "2027-01-31"));
    deliver(contract, NoticeType.SLA_VIOLATION, availability("2027-02-01", "2027-02-28"));
    VendorNotice third = deliver(contract, NoticeType.SLA_VIOLATION,
        "{'metric':'LATENCY_P95','surface':'CHAT_UI','region':'EU','periodStart':'2027-03-01','periodEnd':'2027-03-31',"
            + "'measured':4100,'committed':2000}");
    ProcessInstance handling = handling(SlaNoticeProcesses.SLA_KEY, third.getId());
    assertThat(handling).isWaitingAt(SlaNoticeProcesses.DECIDE_SLA_REMEDY);

    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("remedy", remedy.name());
    decision.put("remedyReason", "Latency and availability keep failing");
    if (remedy == RepeatedViolationRules.Remedy.SUSPEND_DATA_FLOWS) {
      decision.put("dataFlows", List.of("PROMPTS", "OUTPUTS"));
    }
    complete("demo-legal", task(handling, SlaNoticeProcesses.DECIDE_SLA_REMEDY), decision);

    assertThat(handling).isEnded().hasPassed(SlaNoticeProcesses.END_REMEDY_DECIDED);
    SlaViolation v = violations.ofContract(contract.getId()).get(2);
    assertThat(v.getRemedy()).isEqualTo(remedy);
    assertThat(v.getDataFlows()).isEqualTo(remedy == RepeatedViolationRules.Remedy.SUSPEND_DATA_FLOWS ? "PROMPTS,OUTPUTS" : null);
    assertThat(v.getShortfall()).as("4,100 ms against 2,000: 105 % over").isEqualByComparingTo("105");
    assertThat(register.find(contract.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(ContractEvents.exitsOf(contract.getId())).as("no exit without termination").isEmpty();
  }

  @Test
  void aBadOrRepeatedViolationIsRefusedNamingEveryProblemAndStoresNothing() {
    Contract contract = contract();
    assertThatThrownBy(() -> deliver(contract, NoticeType.SLA_VIOLATION,
        "{'metric':'UPTIME','surface':'BATCH','region':'EU','periodStart':'2026-10-01','periodEnd':'2026-10-31','measured':99}"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems())
            .contains("payload.metric: 'UPTIME' is not one of AVAILABILITY, LATENCY_P95, LATENCY_P99, SUPPORT_RESPONSE_SEV1,"
                + " SUPPORT_RESPONSE_SEV2, SUPPORT_RESPONSE_SEV3")
            .anyMatch(p -> p.startsWith("payload.surface: BATCH is not a surface of the contract")));
    assertThatThrownBy(() -> deliver(contract, NoticeType.SLA_VIOLATION,
        "{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-10-01','periodEnd':'2026-10-31','measured':99}"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems())
            .containsExactly("payload.committed: required here, the register holds no availabilityPercent figure for API in EU"));
    assertThat(notices.ofContract(contract.getId())).isEmpty();

    VendorNotice first = deliver(contract, NoticeType.SLA_VIOLATION, availability("2026-10-01", "2026-10-31"));
    assertThatThrownBy(() -> deliver(contract, NoticeType.SLA_VIOLATION, availability("2026-10-01", "2026-10-31")))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems()).containsExactly(
            "payload.periodStart: this violation (AVAILABILITY, API, EU, from 2026-10-01) is recorded already with notice "
                + first.getId()));
    assertThat(violations.ofContract(contract.getId())).hasSize(1);
  }

  @Test
  void procurementRecordsAViolationFromAnEMailInTasklist() {
    Contract contract = contract();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("contract", contract.getBusinessKey());
    form.put("receivedFromEmail", "sla-reports@vendor.example");
    form.put("vendorNoticeId", "");
    form.put("metric", "SUPPORT_RESPONSE_SEV1");
    form.put("surface", "API");
    form.put("region", "EU");
    form.put("periodStart", "2026-10-01");
    form.put("periodEnd", "2026-10-31");
    form.put("measured", 95.0);
    form.put("committed", 30.0);
    form.put("monthlyFee", null);
    form.put("currency", "");
    form.put("description", "");
    record("demo-procurement", SlaNoticeProcesses.SLA_RECORDING_KEY, form);

    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    assertThat(notice.getSource()).isEqualTo(VendorNotice.Source.MANUAL);
    assertThat(notice.getRecordedBy()).isEqualTo("demo-procurement");
    assertThat(notice.getRecordedFromEmail()).isEqualTo("sla-reports@vendor.example");
    assertThat(handling(SlaNoticeProcesses.SLA_KEY, notice.getId())).isEnded().hasPassed(SlaNoticeProcesses.END_VIOLATION_RECORDED);
    SlaViolation v = violations.ofContract(contract.getId()).get(0);
    assertThat(v.getMetric()).isEqualTo(SlaMetric.SUPPORT_RESPONSE_SEV1);
    assertThat(v.getUnit()).isEqualTo("MINUTES");

    form.put("measured", 20.0);
    form.put("receivedFromEmail", "not an address");
    assertThatThrownBy(() -> record("demo-procurement", SlaNoticeProcesses.SLA_RECORDING_KEY, form))
        .hasMessageContaining("receivedFromEmail: required")
        .hasMessageContaining("payload.measured: 20 MINUTES meets the committed 30");
    assertThat(notices.ofContract(contract.getId())).hasSize(1);
  }

  static Instant at(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
