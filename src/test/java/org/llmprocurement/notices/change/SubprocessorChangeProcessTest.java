package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotice;

/**
 * Every path of {@code vendor-subprocessor-change}: accepted (the register's list updated),
 * objected (procurement told to send it), the objection window ending undecided; late notice; a
 * change that does not fit the list flagged; a refused decision that writes nothing.
 */
class SubprocessorChangeProcessTest extends ChangeNoticeTest {

  /** Announced on 11 January for 1 March: 49 days ahead, HIGH requires 30. */
  static final String ADDED = "{'change':'ADDED','name':'Vector Store Inc','location':'US','dataCategories':['PERSONAL'],"
      + "'effectiveDate':'2027-03-01','announcedAt':'2027-01-11T08:00:00Z'}";

  private ProcessInstance added() {
    return deliver(NoticeType.SUBPROCESSOR_CHANGE, ADDED, ChangeProcesses.SUBPROCESSOR_KEY);
  }

  private static Map<String, Object> decision(String decision) {
    return Map.of("decision", decision, "reason", "Security reviewed its certifications and transfer terms");
  }

  @Test
  void anAcceptedSubprocessorJoinsTheRegistersList() {
    ProcessInstance instance = added();

    assertThat(instance).isWaitingAt(ChangeProcesses.DECIDE_OBJECTION);
    VendorChange row = change(instance);
    assertThat(row.isFlagged()).isFalse();
    assertThat(row.getSubject()).isEqualTo("Subprocessor Vector Store Inc (US) added, effective 2027-03-01");
    assertThat(row.getWindowEnds()).as("30 days (HIGH subprocessorNoticeDays) from the day we were told")
        .isEqualTo(LocalDate.of(2027, 2, 10));
    assertThat(breaches()).isEmpty();
    Task task = task(instance, ChangeProcesses.DECIDE_OBJECTION);
    assertThat(task).hasCandidateGroup("security").hasCandidateGroup("legal");
    assertThat(task.getDueDate()).isEqualTo(ChangeWindows.dueAt(LocalDate.of(2027, 2, 10)));

    complete("demo-legal", task, decision("ACCEPT"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.UPDATE_SUBPROCESSORS, ChangeProcesses.END_SUBPROCESSOR_ACCEPTED);
    assertThat(register.find(contract.getId()).orElseThrow().getSubprocessors()).containsExactly(
        new Subprocessor("Cloud Host Ltd", "DE", List.of(DataCategory.PERSONAL)),
        new Subprocessor("Vector Store Inc", "US", List.of(DataCategory.PERSONAL)));
    assertThat(change(instance).getAmendedVersion()).isEqualTo(2);
    assertThat(notice(instance).getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(notice(instance).getOutcome()).startsWith("ACCEPT (Subprocessor Vector Store Inc (US) added").contains("by demo-legal");
  }

  @Test
  void anObjectionIsRecordedAndProcurementIsToldToSendItWithinTheWindow() {
    ProcessInstance instance = added();

    complete("demo-security", task(instance, ChangeProcesses.DECIDE_OBJECTION), decision("OBJECT"));

    assertThat(instance).isEnded().hasPassed(ChangeProcesses.SEND_OBJECTION, ChangeProcesses.END_OBJECTION_SENT);
    assertThat(change(instance).getDecision()).isEqualTo("OBJECT");
    assertThat(register.find(contract.getId()).orElseThrow().getVersion()).isEqualTo(1);
    assertThat(mailsAbout("objection to a subprocessor (" + contract.getBusinessKey() + ")")).as("to procurement").isNotEmpty();
  }

  @Test
  void anObjectionWindowEndingUndecidedEscalatesToManagers() {
    ProcessInstance instance = added();

    moveTo(LocalDate.of(2027, 2, 10));
    assertThat(instance).hasNotPassed(ChangeProcesses.ESCALATE_UNDECIDED_OBJECTION);
    moveTo(LocalDate.of(2027, 2, 11));

    assertThat(instance).hasPassed(ChangeProcesses.ESCALATE_UNDECIDED_OBJECTION, ChangeProcesses.END_OBJECTION_ESCALATED)
        .isWaitingAt(ChangeProcesses.DECIDE_OBJECTION);
    assertThat(mailsAbout("Undecided: objection window ended (" + contract.getBusinessKey() + ")")).isNotEmpty();

    complete("demo-security", task(instance, ChangeProcesses.DECIDE_OBJECTION), decision("OBJECT"));
    assertThat(instance).isEnded().hasPassed(ChangeProcesses.END_OBJECTION_SENT);
  }

  @Test
  void aReplacementAnnouncedLateOfASubprocessorNotListedIsFlaggedAndABreach() {
    ProcessInstance instance = deliver(NoticeType.SUBPROCESSOR_CHANGE, "{'change':'REPLACED','name':'Other Host SA',"
        + "'location':'FR','dataCategories':['PERSONAL'],'replaces':'Old Host BV','effectiveDate':'2027-01-20',"
        + "'announcedAt':'2027-01-11'}", ChangeProcesses.SUBPROCESSOR_KEY);

    VendorChange row = change(instance);
    assertThat(row.isFlagged()).isTrue();
    assertThat(row.getFindings()).isEqualTo("'Old Host BV', which it replaces, is not listed in the register");
    assertThat(breaches()).singleElement().satisfies(b -> {
      assertThat(b.getKind()).isEqualTo(BreachKind.LATE_NOTICE);
      assertThat(b.getDescription()).endsWith("announced 9 days ahead; the contract requires 30 (subprocessorNoticeDays, threshold)");
    });
  }

  @Test
  void aRefusedDecisionNamesEveryProblemAndWritesNothing() {
    ProcessInstance instance = added();

    assertThatThrownBy(() -> complete("demo-legal", task(instance, ChangeProcesses.DECIDE_OBJECTION),
        Map.of("decision", "VETO", "reason", "no")))
        .hasMessageContaining("decision: 'VETO' is not one of OBJECT, ACCEPT")
        .hasMessageContaining("reason: at least 10 characters (got 2)");
    assertThat(change(instance).getDecision()).isNull();
    assertThat(notice(instance).getStatus()).isEqualTo(VendorNotice.Status.RECEIVED);
  }
}
