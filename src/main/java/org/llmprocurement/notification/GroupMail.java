package org.llmprocurement.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.llmprocurement.engine.AfterCommit;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * E-mails to the members of Camunda groups (the managers on an escalation, a working group on a
 * reminder): their addresses, read as system work, and a message sent once the caller's
 * transaction has committed, so a rolled-back step never mails anyone.
 */
@Component
public class GroupMail {

  private final IdentityService identity;
  private final MailGateway mail;

  GroupMail(IdentityService identity, MailGateway mail) {
    this.identity = identity;
    this.mail = mail;
  }

  /** The distinct, non-blank e-mail addresses of the groups' members, in group order. */
  public List<String> addresses(Collection<String> groups) {
    return SystemAccess.withoutAuthorization(identity, () -> groups.stream()
        .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
        .map(User::getEmail).filter(Objects::nonNull).filter(email -> !email.isBlank()).distinct().toList());
  }

  /** Sends the message to every member of the group with an address, after commit. */
  public void notifyGroup(String group, String subject, String body) {
    Notification notification = new Notification(addresses(List.of(group)), subject, body);
    AfterCommit.run(() -> mail.send(notification));
  }
}
