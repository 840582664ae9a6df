package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.signoff.FiveAnswers;

/** The figures confirmed at sign-off become the register's obligations, the weakest SLA row counting. */
@Tag("unit")
class AgreedFiguresTest {

  @Test
  void theWeakestConfirmedSlaValueAndEveryDeadlineAreWhatTheVendorOwes() {
    FiveAnswers answers = new FiveAnswers(
        new FiveAnswers.Sla(List.of(
            new FiveAnswers.SlaRow("API", "EU", 99.9, 800, 2000, 15, 2, 8, 4, 8, 5),
            new FiveAnswers.SlaRow("CHAT_UI", "EU", 99.5, 1200, 2500, 30, 4, 8, 6, 12, 5))),
        new FiveAnswers.Audit(List.of("SOC2_TYPE2"), 12, false, true),
        null,
        new FiveAnswers.IncidentNotice(24, 72, 12),
        new FiveAnswers.Fix(5, 15, true, true, false, true));

    var figures = AgreedFigures.of(answers);

    assertThat(figures).containsEntry("availabilityPercent", 99.5).containsEntry("latencyP95Ms", 1200)
        .containsEntry("latencyP99Ms", 2500).containsEntry("sev1AckMinutes", 30).containsEntry("sev2RestoreHours", 12)
        .containsEntry("auditEvidenceMonths", 12).containsEntry("breachNoticeSuspectedHours", 24)
        .containsEntry("breachNoticeConfirmedHours", 72).containsEntry("breachUpdateHours", 12)
        .containsEntry("rootCauseBusinessDays", 5).containsEntry("correctiveActionBusinessDays", 15);
  }

  @Test
  void unconfirmedValuesAreLeftToTheTierFigures() {
    FiveAnswers answers = new FiveAnswers(new FiveAnswers.Sla(List.of()), null, null,
        new FiveAnswers.IncidentNotice(null, 48, null), null);

    assertThat(AgreedFigures.of(answers)).containsOnlyKeys("breachNoticeConfirmedHours");
    assertThat(AgreedFigures.of(null)).isEmpty();
  }
}
