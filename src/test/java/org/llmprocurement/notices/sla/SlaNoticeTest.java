package org.llmprocurement.notices.sla;

import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.notices.NoticeFixture;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.beans.factory.annotation.Autowired;

/** What the SLA notice process tests share: a registered contract, delivering and recording notices, the handling process. */
abstract class SlaNoticeTest extends ContractTest {

  @Autowired
  protected VendorNotices notices;

  /** A registered HIGH contract (surfaces API and CHAT_UI, no sign-off record, no obligations) whose life runs. */
  protected Contract contract() {
    long id = registered("SLA Vendor " + System.nanoTime(), "", LocalDate.of(2036, 12, 31), 60);
    return register.find(id).orElseThrow();
  }

  /** Delivers a signed notice as the vendor API would and runs the contract life's jobs. */
  protected VendorNotice deliver(Contract contract, NoticeType type, String payload) {
    VendorNotice notice = NoticeFixture.deliver(notices, contract, type, payload.replace('\'', '"'));
    executeJobs();
    return notice;
  }

  /** Submits a recording process's Tasklist start form as the user and runs the jobs. */
  protected void record(String user, String key, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    as(user, () -> started.set(engine.getFormService().submitStartForm(definitionId, variables)));
    executeJobs();
  }

  /**
   * The handling process of the notice, running or ended, as camunda-bpm-assert reads it (it only
   * needs the ids: an ended instance is read from history).
   */
  protected ProcessInstance handling(String key, long noticeId) {
    HistoricProcessInstance h = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .variableValueEquals("noticeId", noticeId).singleResult();
    if (h == null) {
      throw new AssertionError("no " + key + " for notice " + noticeId);
    }
    return (ProcessInstance) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ProcessInstance.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getId", "getProcessInstanceId" -> h.getId();
          case "getProcessDefinitionId" -> h.getProcessDefinitionId();
          case "getBusinessKey" -> h.getBusinessKey();
          case "getRootProcessInstanceId" -> h.getRootProcessInstanceId();
          case "getTenantId" -> h.getTenantId();
          case "isEnded" -> h.getEndTime() != null;
          case "isSuspended" -> false;
          case "toString" -> "ProcessInstance[" + h.getId() + "]";
          case "hashCode" -> h.getId().hashCode();
          case "equals" -> proxy == args[0];
          default -> null;
        });
  }

  protected Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Submits a task form as the user (lists as JSON, as form-js sends them) and runs the jobs. */
  protected void complete(String user, Task task, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
    executeJobs();
  }

  protected static List<MimeMessage> mailsAbout(String subjectPart) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  protected static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
