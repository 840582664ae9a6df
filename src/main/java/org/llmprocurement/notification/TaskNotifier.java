package org.llmprocurement.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.llmprocurement.guard.TaskCreatedHook;
import org.llmprocurement.engine.AfterCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a task is offered to a group, e-mails the group's members. The mail leaves only after the
 * transaction that created the task has committed, so a rolled-back step sends nothing.
 */
@Component
class TaskNotifier implements TaskCreatedHook {

  private final GroupMail groupMail;
  private final MailGateway mail;
  private final String tasklistUrl;
  /** The workspace's address (e.g. http://localhost:8080/app/): the e-mail links the task's procurement page. */
  private final String workspaceUrl;

  TaskNotifier(GroupMail groupMail, MailGateway mail, @Value("${llmp.notifications.tasklist-url}") String tasklistUrl,
      @Value("${llmp.notifications.workspace-url}") String workspaceUrl) {
    this.workspaceUrl = workspaceUrl.endsWith("/") ? workspaceUrl : workspaceUrl + "/";
    this.groupMail = groupMail;
    this.mail = mail;
    this.tasklistUrl = tasklistUrl;
  }

  @Override
  public void taskCreated(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    if (groups.isEmpty()) {
      return;
    }
    List<String> recipients = groupMail.addresses(groups);
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    String subject = "New task: " + task.getName()
        + (businessKey == null || task.getName().contains(businessKey) ? "" : " (" + businessKey + ")");
    String body = String.join("\n",
        "A task is waiting for your group (" + String.join(", ", groups) + "):",
        "",
        "  " + task.getName() + (businessKey == null ? "" : " for procurement " + businessKey),
        task.getDueDate() == null ? "" : "  Due: " + task.getDueDate().toInstant(),
        "",
        "Open it in Tasklist: " + tasklistUrl + "#/?task=" + task.getId(),
        businessKey == null ? "" : "The procurement's page: " + workspaceUrl + "procurements/" + businessKey);
    Notification notification = new Notification(recipients, subject, body);
    AfterCommit.run(() -> mail.send(notification));
  }
}
