package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Region;
import org.llmprocurement.signoff.FiveAnswers;

/** The register's sign-off record read back: Q1's SLA rows and Q5's remedies; an unreadable record is no record. */
@Tag("unit")
class SignedTermsTest {

  @Test
  void theSignedSlaRowsAndRemediesAreReadFromTheRecord() throws Exception {
    FiveAnswers answers = new FiveAnswers(
        new FiveAnswers.Sla(List.of(new FiveAnswers.SlaRow("API", "EU", 99.9, 2000, 4000, 30, 4, 8, 8, 48, 10))),
        new FiveAnswers.Audit(List.of("SOC2_TYPE2"), 12, false, true),
        new FiveAnswers.DataLocations(List.of(new FiveAnswers.DataRow("PROMPTS", List.of(Region.EU), List.of(Region.EU), List.of()))),
        new FiveAnswers.IncidentNotice(24, 48, 24),
        new FiveAnswers.Fix(5, 10, true, false, null, true));
    String record = new ObjectMapper().findAndRegisterModules().writeValueAsString(Map.of("round", 2,
        "signedAt", "2026-11-30T10:00:00Z", "signers", Map.of(), "answers", answers, "settledOtherwise", List.of()));

    FiveAnswers read = SignedTerms.answers(record);
    assertThat(read.sla().rows()).singleElement().satisfies(r -> {
      assertThat(r.availabilityPercent()).isEqualTo(99.9);
      assertThat(SlaMetric.SUPPORT_RESPONSE_SEV2.signedFigure(r)).isEqualTo(4);
    });
    assertThat(read.fix().credits()).isTrue();
    assertThat(read.fix().suspension()).isFalse();
    assertThat(read.fix().stepUp()).isNull();
  }

  @Test
  void noRecordOrAnUnreadableOneIsNoRecord() {
    assertThat(SignedTerms.answers((String) null)).isNull();
    assertThat(SignedTerms.answers("{\"round\":1}")).isNull();
    assertThat(SignedTerms.answers("not json")).isNull();
  }
}
