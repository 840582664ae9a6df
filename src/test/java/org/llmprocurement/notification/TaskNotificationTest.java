package org.llmprocurement.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;

/** E-mail through a real SMTP server (GreenMail) when a task is offered to a group. */
class TaskNotificationTest extends IntegrationTest {

  @Test
  void procurementMembersAreMailedWhenTheConfirmationTaskIsCreated() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();

    String businessKey = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
        .get("businessKey").asText();

    assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
    List<MimeMessage> messages = Arrays.asList(MAIL.getReceivedMessages());
    MimeMessage message = messages.stream()
        .filter(m -> subject(m).contains(businessKey)).findFirst().orElseThrow();
    assertThat(subject(message)).as("the task names its procurement, vendor and product")
        .isEqualTo("New task: " + businessKey + " · Acme AI · Acme Assist Enterprise — Confirm risk tier and scope");
    assertThat(Arrays.stream(message.getAllRecipients()).map(Object::toString))
        .as("every member of procurement, and nobody else").containsExactlyInAnyOrder("demo-buyer@example.org", "demo-procurement@example.org");
    assertThat(message.getContent().toString()).contains("procurement").contains("/camunda/app/tasklist/")
        .contains("/app/procurements/" + businessKey);
  }

  @Test
  void aRefusedStartSendsNothing() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    var intake = Intakes.customerSupportBot();
    intake.remove("vendor");
    assertThat(api.post("/api/procurements", "demo-procurement", intake).status()).isEqualTo(400);
    assertThat(MAIL.waitForIncomingEmail(500, 1)).isFalse();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
