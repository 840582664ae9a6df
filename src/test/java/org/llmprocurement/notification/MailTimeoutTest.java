package org.llmprocurement.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that accepts the connection and never answers does not hold the step that created a
 * task: the application's SMTP settings bound every wait, and the e-mail is given up (and logged).
 */
class MailTimeoutTest extends IntegrationTest {

  @Autowired
  JavaMailSender sender;

  @Test
  void aMailServerThatNeverAnswersCostsAtMostTheTimeout() throws Exception {
    Properties configured = ((JavaMailSenderImpl) sender).getJavaMailProperties();
    assertThat(configured.getProperty("mail.smtp.connectiontimeout")).isEqualTo("5000");
    assertThat(configured.getProperty("mail.smtp.timeout")).isEqualTo("5000");
    assertThat(configured.getProperty("mail.smtp.writetimeout")).isEqualTo("5000");

    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        try (Socket held = silent.accept()) {
          Thread.sleep(60_000); // accepts, never greets
        } catch (Exception ignored) {
          // the test closed the socket
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      JavaMailSenderImpl silentServer = new JavaMailSenderImpl();
      silentServer.setHost("127.0.0.1");
      silentServer.setPort(silent.getLocalPort());
      silentServer.setJavaMailProperties(configured);
      MailGateway gateway = new MailGateway(silentServer, true, "llm-procurement@localhost");

      // without the settings JavaMail waits for ever; with them the send gives up after 5 s
      assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
          gateway.send(new Notification(List.of("demo-security@example.org"), "New task", "A task is waiting.")));
    }
  }
}
