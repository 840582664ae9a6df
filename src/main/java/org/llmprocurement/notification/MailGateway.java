package org.llmprocurement.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notifications over SMTP when {@code llmp.notifications.mail-enabled} is true; otherwise (the
 * embedded default) writes each message to the log. A failing mail server never fails a process.
 */
@Component
public class MailGateway {

  private static final Logger LOG = LoggerFactory.getLogger(MailGateway.class);

  private final JavaMailSender sender;
  private final boolean enabled;
  private final String from;

  MailGateway(JavaMailSender sender,
      @Value("${llmp.notifications.mail-enabled}") boolean enabled,
      @Value("${llmp.notifications.from}") String from) {
    this.sender = sender;
    this.enabled = enabled;
    this.from = from;
  }

  public void send(Notification notification) {
    if (notification.to().isEmpty()) {
      LOG.warn("No recipient with an e-mail address for '{}'", notification.subject());
      return;
    }
    if (!enabled) {
      LOG.info("E-mail (not sent, mail disabled) to {}: {}\n{}", notification.to(), notification.subject(), notification.body());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(notification.to().toArray(String[]::new));
    message.setSubject(notification.subject());
    message.setText(notification.body());
    try {
      sender.send(message);
    } catch (MailException e) {
      LOG.error("Could not send '{}' to {}: {}", notification.subject(), notification.to(), e.getMessage());
    }
  }
}
