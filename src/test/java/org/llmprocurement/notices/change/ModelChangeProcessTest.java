package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotice;

/**
 * Every path of {@code vendor-model-change}: accepted (the register pins the new version), rolled
 * back in time and late (a missed-deadline breach), renegotiated; the validation window ending
 * undecided; late and unannounced notice recorded as breaches; a model the register does not pin
 * flagged; refused assessments and decisions that write nothing.
 */
class ModelChangeProcessTest extends ChangeNoticeTest {

  /** Announced on 11 January for 1 March: 49 days ahead, HIGH requires 30. */
  static final String REPLACEMENT = "{'kind':'VERSION_REPLACEMENT','modelName':'assist-large','currentVersion':'2026-09-01',"
      + "'newVersion':'2027-02-15','effectiveDate':'2027-03-01','announcedAt':'2027-01-11T08:00:00Z',"
      + "'description':'Faster, longer context'}";

  private ProcessInstance replacement() {
    return deliver(NoticeType.MODEL_CHANGE, REPLACEMENT, ChangeProcesses.MODEL_KEY);
  }

  private static Map<String, Object> assessment(String impact, String recommendation) {
    return Map.of("impact", impact, "recommendation", recommendation, "findings", "Ran our evaluation set; answers hold up");
  }

  private static Map<String, Object> decision(String decision) {
    return Map.of("decision", decision, "reason", "Both assessments agree on this course");
  }

  private void assessBoth(ProcessInstance instance) {
    var assessments = tasks(instance, ChangeProcesses.ASSESS_MODEL);
    assertThat(assessments).hasSize(2);
    for (Task task : assessments) {
      boolean it = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().anyMatch(l -> "it".equals(l.getGroupId()));
      complete(it ? "demo-it" : "demo-data-governance", task, assessment("LOW", "ACCEPT"));
    }
  }

  @Test
  void anAcceptedReplacementIsAssessedByItAndDataGovernanceAndPinsTheNewVersion() {
    ProcessInstance instance = replacement();

    assertThat(instance).isWaitingAt(ChangeProcesses.ASSESS_MODEL);
    VendorChange row = change(instance);
    assertThat(row.isFlagged()).isFalse();
    assertThat(row.getFindings()).isEqualTo("Matches the register");
    assertThat(row.getNoticeFinding()).isEqualTo("IN_TIME");
    assertThat(row.getNoticeDaysGiven()).isEqualTo(49);
    assertThat(row.getWindowEnds()).as("30 days (HIGH validationWindowDays) from the effective date").isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(breaches()).isEmpty();
    var assessments = tasks(instance, ChangeProcesses.ASSESS_MODEL);
    String label = contract.getBusinessKey() + " \u00b7 ";
    assertThat(assessments).extracting(Task::getName).allMatch(name -> name.startsWith(label)).anyMatch(name -> name.endsWith(
        " \u2014 Assess model change impact (IT): Version replacement of assist-large 2026-09-01 \u2192 2027-02-15, effective 2027-03-01"))
        .anyMatch(name -> name.endsWith(" \u2014 Assess model change impact (Data governance): Version replacement of assist-large"
            + " 2026-09-01 \u2192 2027-02-15, effective 2027-03-01"));
    assertThat(assessments).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(ChangeWindows.dueAt(LocalDate.of(2027, 3, 31))));

    assessBoth(instance);
    assertThat(instance).isWaitingAt(ChangeProcesses.DECIDE_MODEL);
    Task decide = task(instance, ChangeProcesses.DECIDE_MODEL);
    Map<String, Object> form = engine.getFormService().getTaskFormVariables(decide.getId());
    assertThat(form.get(ChangeView.ASSESSMENTS).toString()).as("the form shows both assessments")
        .contains("IT (demo-it): impact LOW, recommends ACCEPT").contains("Data governance (demo-data-governance)");
    assertThat(form.get(ChangeView.WINDOW)).isEqualTo("The window ends on 2027-03-31 (UTC, 30 days, validationWindowDays).");
    assertThat(engine.getTaskService().getVariablesLocal(decide.getId())).as("worked out when read, not stored on the task (ADR 0008)")
        .doesNotContainKeys(ChangeView.ASSESSMENTS, ChangeView.SUBJECT, ChangeView.WINDOW, ChangeDecisions.DECISION);
    complete("demo-it", decide, decision("ACCEPT"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.PIN_NEW_VERSION, ChangeProcesses.END_MODEL_ACCEPTED)
        .hasNotPassed(ChangeProcesses.ESCALATE_UNDECIDED_MODEL);
    var amended = register.find(contract.getId()).orElseThrow();
    assertThat(amended.getModels()).extracting(PinnedModel::name, PinnedModel::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("assist-large", "2027-02-15"));
    assertThat(amended.getVersion()).isEqualTo(2);
    assertThat(register.amendments(contract.getId())).singleElement()
        .satisfies(a -> assertThat(a.getAmendedBy()).isEqualTo("demo-it"));
    assertThat(change(instance).getAmendedVersion()).isEqualTo(2);
    VendorNotice settled = notice(instance);
    assertThat(settled.getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(settled.getOutcome()).startsWith("ACCEPT (Version replacement of assist-large").contains("by demo-it");
  }

  @Test
  void aRollbackIsRequestedWithABusinessDayDeadlineAndConfirmedInTime() {
    ProcessInstance instance = replacement();
    assessBoth(instance);
    complete("demo-data-governance", task(instance, ChangeProcesses.DECIDE_MODEL), decision("ROLL_BACK"));

    assertThat(instance).isWaitingAt(ChangeProcesses.CONFIRM_ROLLBACK);
    VendorChange row = change(instance);
    assertThat(row.getFollowUpDeadline()).as("10 business days (HIGH vendorResponseDays) after Monday 11 January")
        .isEqualTo(LocalDate.of(2027, 1, 25));
    assertThat(mailsAbout("roll back the model change (" + contract.getBusinessKey() + ")")).as("to procurement").isNotEmpty();
    Task confirm = task(instance, ChangeProcesses.CONFIRM_ROLLBACK);
    assertThat(confirm).hasCandidateGroup("it");
    assertThat(confirm.getDueDate()).isEqualTo(ChangeWindows.dueAt(LocalDate.of(2027, 1, 25)));

    assertThatThrownBy(() -> complete("demo-it", confirm, Map.of("rolledBack", false, "rollbackNote", "short")))
        .hasMessageContaining("rolledBack: confirm that the vendor serves the pinned version again")
        .hasMessageContaining("rollbackNote: at least 10 characters");
    assertThat(change(instance).getFollowUpOutcome()).isNull();

    complete("demo-it", confirm, Map.of("rolledBack", true, "rollbackNote", "The API reports model version 2026-09-01 again"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_MODEL_ROLLED_BACK).hasNotPassed(ChangeProcesses.ESCALATE_MISSED_ROLLBACK);
    assertThat(change(instance).getFollowUpOutcome()).isEqualTo("ROLLED_BACK");
    assertThat(register.find(contract.getId()).orElseThrow().getModels()).extracting(PinnedModel::version).containsExactly("2026-09-01");
    assertThat(breaches()).isEmpty();
  }

  @Test
  void aRollbackNotConfirmedByTheDeadlineIsAMissedDeadlineAndEscalates() {
    ProcessInstance instance = replacement();
    assessBoth(instance);
    complete("demo-it", task(instance, ChangeProcesses.DECIDE_MODEL), decision("ROLL_BACK"));

    moveTo(LocalDate.of(2027, 1, 25));
    assertThat(instance).hasNotPassed(ChangeProcesses.ESCALATE_MISSED_ROLLBACK);
    moveTo(LocalDate.of(2027, 1, 26));

    assertThat(instance).hasPassed(ChangeProcesses.ESCALATE_MISSED_ROLLBACK, ChangeProcesses.END_ROLLBACK_ESCALATED)
        .isWaitingAt(ChangeProcesses.CONFIRM_ROLLBACK);
    assertThat(breaches()).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.MISSED_DEADLINE);
      assertThat(b.getDescription()).contains("not confirmed by 2027-01-25");
    });
    assertThat(mailsAbout("Overdue: model rollback (" + contract.getBusinessKey() + ")")).as("to the managers").isNotEmpty();

    complete("demo-it", task(instance, ChangeProcesses.CONFIRM_ROLLBACK),
        Map.of("rolledBack", true, "rollbackNote", "Rolled back two days late, checked via the API"));
    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_MODEL_ROLLED_BACK);
  }

  @Test
  void aRenegotiationIsProcurementsTaskAndItsOutcomeIsRecorded() {
    ProcessInstance instance = replacement();
    assessBoth(instance);
    complete("demo-it", task(instance, ChangeProcesses.DECIDE_MODEL), decision("RENEGOTIATE"));

    assertThat(instance).isWaitingAt(ChangeProcesses.RENEGOTIATE_MODEL);
    Task renegotiate = task(instance, ChangeProcesses.RENEGOTIATE_MODEL);
    assertThat(renegotiate).hasCandidateGroup("procurement");
    assertThat(notice(instance).getStatus()).as("settled with the decision").isEqualTo(VendorNotice.Status.HANDLED);

    assertThatThrownBy(() -> complete("demo-procurement", renegotiate, Map.of("renegotiationOutcome", "MAYBE")))
        .hasMessageContaining("renegotiationOutcome: 'MAYBE' is not one of AGREED, NOT_AGREED")
        .hasMessageContaining("renegotiationSummary: required");
    complete("demo-procurement", renegotiate, Map.of("renegotiationOutcome", "AGREED",
        "renegotiationSummary", "Vendor keeps 2026-09-01 available for 90 more days"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_MODEL_RENEGOTIATED);
    assertThat(change(instance).getFollowUpOutcome()).isEqualTo("AGREED");
    assertThat(register.find(contract.getId()).orElseThrow().getVersion()).isEqualTo(1);
  }

  @Test
  void aValidationWindowEndingUndecidedEscalatesToManagersAndTheTasksStayOpen() {
    ProcessInstance instance = replacement();

    moveTo(LocalDate.of(2027, 3, 31));
    assertThat(instance).hasNotPassed(ChangeProcesses.ESCALATE_UNDECIDED_MODEL);
    moveTo(LocalDate.of(2027, 4, 1));

    assertThat(instance).hasPassed(ChangeProcesses.ESCALATE_UNDECIDED_MODEL, ChangeProcesses.END_MODEL_ESCALATED)
        .isWaitingAt(ChangeProcesses.ASSESS_MODEL);
    assertThat(change(instance).getEscalatedAt()).isNotNull();
    assertThat(mailsAbout("Undecided: validation window ended (" + contract.getBusinessKey() + ")")).as("to the managers")
        .isNotEmpty();
  }

  @Test
  void lessAdvanceNoticeThanTheContractRequiresIsALateNoticeBreach() {
    ProcessInstance instance = deliver(NoticeType.MODEL_CHANGE, "{'kind':'ROUTING_CHANGE','modelName':'assist-large',"
        + "'effectiveDate':'2027-01-25','announcedAt':'2027-01-11'}", ChangeProcesses.MODEL_KEY);

    assertThat(instance).isWaitingAt(ChangeProcesses.ASSESS_MODEL);
    assertThat(change(instance).getNoticeFinding()).isEqualTo("LATE_NOTICE");
    assertThat(change(instance).getWindowEnds()).isEqualTo(LocalDate.of(2027, 2, 24));
    assertThat(breaches()).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.LATE_NOTICE);
      assertThat(b.getNoticeId()).isEqualTo(noticeId(instance));
      assertThat(b.getDescription()).isEqualTo("Model change 'Routing change of assist-large, effective 2027-01-25': announced 14"
          + " days ahead; the contract requires 30 (modelChangeNoticeDays, threshold)");
    });
  }

  @Test
  void aChangeDiscoveredWithoutNoticeIsAnUnannouncedChangeAndAnUnpinnedModelIsFlagged() {
    ProcessInstance instance = deliver(NoticeType.MODEL_CHANGE, "{'kind':'FINE_TUNING_UPDATE','modelName':'assist-vision',"
        + "'newVersion':'3','effectiveDate':'2027-01-04','discoveredWithoutNotice':true}", ChangeProcesses.MODEL_KEY);

    VendorChange row = change(instance);
    assertThat(row.isFlagged()).isTrue();
    assertThat(row.getFindings()).isEqualTo("The register pins no model named 'assist-vision'; pinned: assist-large 2026-09-01");
    assertThat(row.getWindowEnds()).as("told after it took effect: 30 days from the day we heard").isEqualTo(LocalDate.of(2027, 2, 10));
    assertThat(breaches()).singleElement().satisfies(b -> assertThat(b.getKind()).isEqualTo(BreachKind.UNANNOUNCED_CHANGE));

    assessBoth(instance);
    complete("demo-it", task(instance, ChangeProcesses.DECIDE_MODEL), decision("ACCEPT"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_MODEL_ACCEPTED);
    assertThat(register.find(contract.getId()).orElseThrow().getVersion()).as("nothing pinned to replace").isEqualTo(1);
    assertThat(notice(instance).getOutcome()).endsWith("The register is unchanged: the model is not pinned");
  }

  @Test
  void refusedAssessmentsAndDecisionsNameEveryProblemAndWriteNothing() {
    ProcessInstance instance = replacement();
    Task first = tasks(instance, ChangeProcesses.ASSESS_MODEL).get(0);

    assertThatThrownBy(() -> complete("demo-it", first, Map.of("impact", "HUGE", "findings", "ok")))
        .hasMessageContaining("impact: 'HUGE' is not one of LOW, MEDIUM, HIGH")
        .hasMessageContaining("recommendation: required, one of ACCEPT, ROLL_BACK, RENEGOTIATE")
        .hasMessageContaining("findings: at least 10 characters (got 2)");
    assertThat(changes.assessments(change(instance).getId())).isEmpty();

    assessBoth(instance);
    Task decide = task(instance, ChangeProcesses.DECIDE_MODEL);
    assertThatThrownBy(() -> complete("demo-it", decide, Map.of("decision", "", "reason", "")))
        .hasMessageContaining("decision: required, one of ACCEPT, ROLL_BACK, RENEGOTIATE")
        .hasMessageContaining("reason: required, 10 to 4000 characters");
    assertThat(change(instance).getDecision()).isNull();
    assertThat(notice(instance).getStatus()).isEqualTo(VendorNotice.Status.RECEIVED);
  }
}
