package org.llmprocurement.notices.change;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.NoticeFixture;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorBreach;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the change notices' process tests share: a registered HIGH contract with a running contract
 * life (pinned model assist-large 2026-09-01, subprocessor Cloud Host Ltd in DE, every data type
 * stored and processed in the EU, support from the EU and UK; no obligations of its own, so the
 * current HIGH thresholds apply), notices delivered as the vendor would, tasks completed as
 * Tasklist does.
 */
abstract class ChangeNoticeTest extends ContractTest {

  @Autowired
  VendorNotices notices;

  @Autowired
  VendorBreaches breaches;

  @Autowired
  ChangeNotices changes;

  Contract contract;

  @BeforeEach
  void aRegisteredContract() {
    EngineClock.set(Instant.parse("2027-01-11T09:00:00Z")); // a Monday
    long id = registered("Change Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
    contract = register.find(id).orElseThrow();
  }

  /** Delivers the notice and runs the contract life's jobs, which start the handling process. */
  ProcessInstance deliver(NoticeType type, String payload, String processKey) {
    VendorNotice notice = NoticeFixture.deliver(notices, contract, type, payload.replace('\'', '"'));
    executeJobs();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(contract.getBusinessKey()).variableValueEquals("noticeId", notice.getId())
        .singleResult();
  }

  Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  /** Submits the task's form as the user, as Tasklist does, and runs the instance's jobs. */
  void complete(String user, Task task, Map<String, Object> values) {
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), values));
    executeJobs(task.getProcessInstanceId());
  }

  VendorChange change(ProcessInstance instance) {
    return changes.ofNotice(noticeId(instance)).orElseThrow();
  }

  long noticeId(ProcessInstance instance) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("noticeId").singleResult().getValue();
  }

  VendorNotice notice(ProcessInstance instance) {
    return notices.find(noticeId(instance)).orElseThrow();
  }

  List<VendorBreach> breaches() {
    return breaches.ofContract(contract.getId());
  }

  /** Moves the engine clock to 00:00 UTC of the day and runs every due job. */
  void moveTo(LocalDate day) {
    EngineClock.set(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    executeJobs();
  }

  static List<MimeMessage> mailsAbout(String subjectPart) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
