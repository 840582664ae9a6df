package org.llmprocurement.notices.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.DataCategory;

/** What a security-incident notice must say, and what is demanded later instead of refused. */
@Tag("unit")
class IncidentNoticeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static final String COMPLETE = "{'awareAt':'2026-12-01T08:00:00Z','confirmedAt':'2026-12-01T20:00:00+01:00',"
      + "'notifiedAt':'2026-12-02T06:00:00Z','severity':'high','scope':'Prompt logs of EU tenants readable by another tenant',"
      + "'affectedSystems':['prompt log store','support console'],'affectedData':['PERSONAL','confidential_business'],"
      + "'preliminaryCause':'Misconfigured bucket policy after a deployment','containment':'Policy reverted, keys rotated',"
      + "'nextUpdateDueAt':'2026-12-03T06:00:00Z'}";

  @Test
  void aCompleteNoticeIsReadWithItsTimesAndContents() {
    IncidentNotice.Read read = IncidentNotice.read(json(COMPLETE), NOW);
    assertThat(read.problems()).isEmpty();
    IncidentNotice n = read.notice();
    assertThat(n.confirmedAt()).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    assertThat(n.severity()).isEqualTo(IncidentNotice.Severity.HIGH);
    assertThat(n.affectedSystems()).containsExactly("prompt log store", "support console");
    assertThat(n.affectedData()).containsExactly(DataCategory.PERSONAL, DataCategory.CONFIDENTIAL_BUSINESS);
    assertThat(n.missingContents()).isEmpty();
    assertThat(n.isUpdate()).isFalse();
    assertThat(n.toldAt(NOW)).isEqualTo(Instant.parse("2026-12-02T06:00:00Z"));
  }

  @Test
  void missingContentsAreAcceptedAndListedToBeDemanded() {
    IncidentNotice.Read read = IncidentNotice.read(json("{'awareAt':'2026-12-01T08:00:00Z','severity':'CRITICAL',"
        + "'scope':'Unknown yet','affectedSystems':'gateway\\n  ,api'}"), NOW);
    assertThat(read.problems()).isEmpty();
    assertThat(read.notice().affectedSystems()).containsExactly("gateway", "api");
    assertThat(read.notice().missingContents()).containsExactly("affectedData", "preliminaryCause", "containment",
        "nextUpdateDueAt");
    assertThat(read.notice().toldAt(NOW)).as("no notifiedAt: the notice's sentAt").isEqualTo(NOW);
  }

  @Test
  void everyProblemIsNamedWithItsField() {
    IncidentNotice.Read read = IncidentNotice.read(json("{'confirmedAt':'yesterday','notifiedAt':'2026-12-09T00:00:00Z',"
        + "'severity':'bad','affectedData':['PERSONAL','DNA'],'scope':7,'colour':'red'}"), NOW);
    assertThat(read.notice()).isNull();
    assertThat(read.problems()).containsExactlyInAnyOrder(
        "payload.colour: not a field of a security-incident notice (allowed: updateOf, awareAt, confirmedAt, notifiedAt,"
            + " severity, scope, affectedSystems, affectedData, preliminaryCause, containment, nextUpdateDueAt, summary)",
        "payload.awareAt: required, an ISO-8601 instant such as 2026-12-01T08:30:00Z",
        "payload.confirmedAt: an ISO-8601 instant with offset such as 2026-12-01T08:30:00Z, not 'yesterday'",
        "payload.notifiedAt: 2026-12-09T00:00:00Z lies in the future",
        "payload.severity: one of LOW, MEDIUM, HIGH, CRITICAL, not 'bad'",
        "payload.scope: a text",
        "payload.affectedData: unknown data categories [DNA] (known: [PERSONAL, SPECIAL_CATEGORY, HEALTH, FINANCIAL,"
            + " SOURCE_CODE, CONFIDENTIAL_BUSINESS, PUBLIC])");
  }

  @Test
  void timesOutOfOrderAreRefused() {
    IncidentNotice.Read read = IncidentNotice.read(json("{'awareAt':'2026-12-01T08:00:00Z','severity':'LOW',"
        + "'confirmedAt':'2026-11-30T08:00:00Z','notifiedAt':'2026-11-30T09:00:00Z'}"), NOW);
    assertThat(read.problems()).containsExactly(
        "payload.confirmedAt: 2026-11-30T08:00:00Z lies before awareAt 2026-12-01T08:00:00Z; the vendor confirms an incident it is aware of",
        "payload.notifiedAt: 2026-11-30T09:00:00Z lies before awareAt 2026-12-01T08:00:00Z");
  }

  @Test
  void anUpdateNeedsItsSummaryButNoAwarenessOrSeverity() {
    assertThat(IncidentNotice.read(json("{'updateOf':'INC-7'}"), NOW).problems())
        .containsExactly("payload.summary: required on an update, what changed since the last notice");
    IncidentNotice update = IncidentNotice.read(json("{'updateOf':'INC-7','summary':'Forensics done; 1,200 users affected'}"),
        NOW).notice();
    assertThat(update.isUpdate()).isTrue();
    assertThat(update.missingContents()).isEmpty();
  }

  @Test
  void noPayloadIsOneProblem() {
    assertThat(IncidentNotice.read(null, NOW).problems()).containsExactly(
        "payload: required, a JSON object with the incident's fields");
  }
}
