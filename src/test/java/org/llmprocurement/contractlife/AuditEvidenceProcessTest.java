package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code audit-evidence-cadence} and {@code audit-evidence-request}: evidence about
 * to expire requested ahead of its lead time and not a day before, a refused and an accepted
 * answer, an overdue request escalated to managers, the cadence brought forward by an amendment,
 * a contract without evidence types, and a contract that ended.
 */
class AuditEvidenceProcessTest extends AuditEvidenceFixture {

  private static final String SUBPROCESSORS = "Current subprocessor list";
  private static final String MODELS = "Current model inventory with deprecation dates";

  @Autowired
  EvidenceFreshness freshness;

  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  private Job checkTimer(long contractId) {
    return engine.getManagementService().createJobQuery().processInstanceId(cadenceOf(contractId).getId()).timers()
        .activityId(AuditEvidenceProcess.CHECK_DUE).singleResult();
  }

  private static void at(LocalDate day, int hour, int minute) {
    EngineClock.set(day.atTime(hour, minute).toInstant(ZoneOffset.UTC));
  }

  private Task taskOf(EvidenceRequest request) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .processVariableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), request.getId()).singleResult();
  }

  private ProcessInstance instanceOf(EvidenceRequest request) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .variableValueEquals(EvidenceRequestProcess.REQUEST_ID.getName(), request.getId()).singleResult();
  }

  private EvidenceRequest openRequest(long contractId, String type) {
    return evidence.requests(contractId).stream().filter(r -> r.getEvidenceType().equals(type) && r.isOpen())
        .findFirst().orElseThrow();
  }

  @Test
  void expiringEvidenceIsRequestedOnItsLeadDayEscalatedWhenOverdueAndClosedByNewEvidence() throws Exception {
    long contractId = signedContract();
    ProcessInstance cadence = cadenceOf(contractId);
    assertThat(cadence).isWaitingAt(AuditEvidenceProcess.AWAIT).hasPassed(AuditEvidenceProcess.SCHEDULE);
    assertThat(evidence.requests(contractId)).as("everything is current at signature").isEmpty();

    // the subprocessor list and the model inventory may be 3 months old and are asked for 21 days ahead
    LocalDate lastValid = reviewEvidenceIssued().plusMonths(3);
    LocalDate leadDay = lastValid.minusDays(21);
    assertThat(checkTimer(contractId).getDuedate()).isEqualTo(BusinessCalendar.startOf(leadDay));

    at(leadDay.minusDays(1), 23, 59);
    settle(contractId);
    assertThat(evidence.requests(contractId)).as("not a day before").isEmpty();

    at(leadDay, 0, 1);
    settle(contractId);
    List<EvidenceRequest> made = evidence.requests(contractId);
    assertThat(made).extracting(EvidenceRequest::getEvidenceType).containsExactlyInAnyOrder(SUBPROCESSORS, MODELS);
    assertThat(made).allSatisfy(r -> {
      assertThat(r.getReason()).isEqualTo("EXPIRING");
      assertThat(r.getDueOn()).isEqualTo(lastValid);
      assertThat(r.isOpen()).isTrue();
      Task task = taskOf(r);
      assertThat(task).hasCandidateGroup("security");
      assertThat(task.getDueDate()).isEqualTo(BusinessCalendar.startOf(lastValid.plusDays(1)));
      assertThat(task.getName()).startsWith(r.getBusinessKey() + " · ").contains(" — Provide audit evidence: " + r.getEvidenceType());
    });
    assertThat(cadence).isWaitingAt(AuditEvidenceProcess.AWAIT);
    assertThat(checkTimer(contractId).getDuedate()).as("monthly reports: 10 days ahead")
        .isEqualTo(BusinessCalendar.startOf(lastValid.minusDays(10)));
    assertThat(freshness.of(contractId, EngineClock.today())).anySatisfy(s -> {
      assertThat(s.evidenceType()).isEqualTo(SUBPROCESSORS);
      assertThat(s.state()).isEqualTo("EXPIRING");
      assertThat(s.expiresOn()).isEqualTo(lastValid);
      assertThat(s.requestDueOn()).isEqualTo(lastValid);
      assertThat(s.overdue()).isFalse();
    }).anySatisfy(s -> assertThat(s.state()).isEqualTo("CURRENT"));

    EvidenceRequest subprocessors = openRequest(contractId, SUBPROCESSORS);
    Task task = taskOf(subprocessors);
    LocalDate today = EngineClock.today();
    assertThatThrownBy(() -> as("demo-security", () -> engine.getFormService().submitTaskForm(task.getId(), Map.of(
        "documentId", review.msa, "issuedOn", today.plusDays(1).toString(), "expiresOn", today.minusDays(1).toString()))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("documentId: " + review.msa + " is a MSA document, not EVIDENCE")
        .hasMessageContaining("issuedOn: " + today.plusDays(1) + " is in the future")
        .hasMessageContaining("expiresOn: " + today.minusDays(1) + " has passed");
    assertThat(evidence.records(contractId)).as("nothing recorded on refusal").isEmpty();
    assertThat(evidence.request(subprocessors.getId()).isOpen()).isTrue();

    MAIL.purgeEmailFromAllMailboxes();
    at(lastValid.plusDays(1), 0, 1);
    settle(contractId);
    assertThat(evidence.request(subprocessors.getId()).isOverdue()).isTrue();
    ProcessInstance request = instanceOf(subprocessors);
    assertThat(request).hasPassed(EvidenceRequestProcess.ESCALATE, EvidenceRequestProcess.END_ESCALATED)
        .isWaitingAt(EvidenceRequestProcess.PROVIDE);
    assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(Arrays.asList(MAIL.getReceivedMessages())).anySatisfy(m -> {
      assertThat(subject(m)).isEqualTo("Audit evidence overdue: " + SUBPROCESSORS + " (" + businessKeyOf(contractId) + ")");
      assertThat(recipients(m)).contains("demo-manager@example.org");
    });
    assertThat(evidence.requests(contractId).stream().filter(r -> r.getEvidenceType().equals(SUBPROCESSORS)))
        .as("an open request is not asked for again").hasSize(1);
    assertThat(freshness.of(contractId, EngineClock.today())).anySatisfy(s -> {
      assertThat(s.evidenceType()).isEqualTo(SUBPROCESSORS);
      assertThat(s.state()).isEqualTo("EXPIRED");
      assertThat(s.overdue()).isTrue();
    });

    long document = uploadEvidence(review.procurementId, "Subprocessor list " + System.nanoTime());
    LocalDate now = EngineClock.today();
    as("demo-security", () -> engine.getFormService().submitTaskForm(task.getId(), Map.of(
        "documentId", document, "issuedOn", now.toString(), "expiresOn", now.plusYears(1).toString())));
    EvidenceRequest closed = evidence.request(subprocessors.getId());
    assertThat(closed.getStatus()).isEqualTo(EvidenceRequest.PROVIDED);
    assertThat(closed.getClosedBy()).isEqualTo("demo-security");
    assertThat(evidence.records(contractId)).singleElement().satisfies(r -> {
      assertThat(r.getDocumentId()).isEqualTo(document);
      assertThat(r.getRequestId()).isEqualTo(subprocessors.getId());
    });

    settle(contractId);
    assertThat(request).isEnded().hasPassed(EvidenceRequestProcess.END_PROVIDED);
    assertThat(cadence).hasPassed(AuditEvidenceProcess.RECORDED).isWaitingAt(AuditEvidenceProcess.AWAIT);
    assertThat(freshness.of(contractId, EngineClock.today())).anySatisfy(s -> {
      assertThat(s.evidenceType()).isEqualTo(SUBPROCESSORS);
      assertThat(s.state()).isEqualTo("CURRENT");
      assertThat(s.expiresOn()).as("3 months at most").isEqualTo(now.plusMonths(3));
      assertThat(s.requestDueOn()).isNull();
    });
  }

  @Test
  void anAmendedEffectiveDateBringsTheCadenceForwardAndAnEndedContractEndsTheCadence() {
    long contractId = signedContract();
    int types = freshness.of(contractId, EngineClock.today()).size();
    assertThat(types).isGreaterThan(50);

    // HIGH: every 6 months from the effective date
    register.amend(contractId, Map.of("effectiveDate", EngineClock.today().minusMonths(6).toString()),
        "Effective date corrected to the signed order form", "demo-procurement");
    settle(contractId);
    ProcessInstance cadence = cadenceOf(contractId);
    assertThat(cadence).hasPassed(AuditEvidenceProcess.AMENDED).isWaitingAt(AuditEvidenceProcess.AWAIT);
    List<EvidenceRequest> made = evidence.requests(contractId);
    assertThat(made).hasSize(types).allSatisfy(r -> {
      assertThat(r.getReason()).isEqualTo("CADENCE");
      assertThat(r.getDueOn()).isAfter(EngineClock.today());
    });
    assertThat(requestInstances(contractId)).hasSize(types);

    register.changeStatus(contractId, ContractStatus.TERMINATED);
    assertThat(evidence.requests(contractId)).as("an ended contract needs no evidence: its requests are withdrawn")
        .allSatisfy(r -> {
          assertThat(r.getStatus()).isEqualTo(EvidenceRequest.WITHDRAWN);
          assertThat(r.getClosedBy()).isEqualTo("withdrawn: contract TERMINATED");
        });
    assertThat(requestInstances(contractId)).as("and security's tasks go away").isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .processInstanceBusinessKey(businessKeyOf(contractId)).count()).isZero();
    Job timer = checkTimer(contractId);
    EngineClock.set(timer.getDuedate().toInstant().plusSeconds(60));
    settle(contractId);
    assertThat(cadence).isEnded().hasPassed(AuditEvidenceProcess.END_CONTRACT_ENDED);
    assertThat(evidence.requests(contractId)).as("no requests once ended").hasSize(types);
  }

  @Test
  void aRequestFoundUnneededAtItsDueDateIsWithdrawnWithoutMailAndItsTaskEnds() throws Exception {
    long contractId = signedContract();
    register.amend(contractId, Map.of("effectiveDate", EngineClock.today().minusMonths(6).toString()),
        "Effective date corrected to the signed order form", "demo-procurement");
    settle(contractId);
    EvidenceRequest request = openRequest(contractId, SUBPROCESSORS);
    ProcessInstance instance = instanceOf(request);
    // the entry ended by a path that told nobody (e.g. a status set before this version)
    jdbc.update("update contract set status = 'EXPIRED' where id = ?", contractId);

    MAIL.purgeEmailFromAllMailboxes();
    at(request.getDueOn().plusDays(1), 0, 1);
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(EvidenceRequestProcess.ESCALATE, EvidenceRequestProcess.END_WITHDRAWN)
        .hasNotPassed(EvidenceRequestProcess.END_ESCALATED);
    EvidenceRequest withdrawn = evidence.request(request.getId());
    assertThat(withdrawn.getStatus()).isEqualTo(EvidenceRequest.WITHDRAWN);
    assertThat(withdrawn.isOverdue()).as("not counted against anyone").isFalse();
    assertThat(MAIL.getReceivedMessages()).as("no manager is chased for evidence nobody needs").isEmpty();
  }

  @Test
  void aContractWithoutMetRequirementsWaitsAYearAndRequestsNothing() {
    long contractId = registered("No Evidence Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(3), 60);
    settle(contractId);
    assertThat(cadenceOf(contractId)).isWaitingAt(AuditEvidenceProcess.AWAIT);
    assertThat(evidence.requests(contractId)).isEmpty();
    assertThat(freshness.of(contractId, EngineClock.today())).isEmpty();
    assertThat(checkTimer(contractId).getDuedate())
        .isEqualTo(BusinessCalendar.startOf(EngineClock.today().plusMonths(EvidenceRules.MAX_WAIT_MONTHS)));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
