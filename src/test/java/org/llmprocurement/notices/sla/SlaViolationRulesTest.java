package org.llmprocurement.notices.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.notices.sla.SlaViolationRules.Source;
import org.llmprocurement.signoff.FiveAnswers.SlaRow;

@Tag("unit")
class SlaViolationRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final List<Surface> SURFACES = List.of(Surface.API, Surface.CHAT_UI);
  private static final List<SlaRow> SIGNED = List.of(
      new SlaRow("API", "EU", 99.9, 2000, null, 30, 4, 8, 8, 48, 10));
  private static final List<Obligation> OBLIGATIONS = List.of(
      obligation("availabilityPercent", "99.5"), obligation("latencyP99Ms", "5000"));

  static Obligation obligation(String code, String figure) {
    return new Obligation(code, code, "SLA-01", "Service levels", code, figure, "X");
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static SlaViolationRules.Read read(String payload) {
    return SlaViolationRules.read(json(payload), SURFACES, SIGNED, OBLIGATIONS, TODAY);
  }

  @Test
  void aMissedAvailabilityIsReadAgainstTheSignedRow() {
    SlaViolationRules.Read read = read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':99.2,'monthlyFee':12000,'currency':'EUR'}");
    assertThat(read.problems()).isEmpty();
    assertThat(read.violation().measured()).isEqualByComparingTo("99.2");
    assertThat(SlaViolationRules.commitment(SlaMetric.AVAILABILITY, Surface.API, Region.EU, SIGNED, OBLIGATIONS, null))
        .hasValueSatisfying(c -> {
          assertThat(c.figure()).isEqualByComparingTo("99.9");
          assertThat(c.source()).isEqualTo(Source.SIGNED_SLA);
        });
  }

  @Test
  void withoutASignedRowTheObligationThenTheReportedFigureCounts() {
    assertThat(SlaViolationRules.commitment(SlaMetric.AVAILABILITY, Surface.CHAT_UI, Region.EU, SIGNED, OBLIGATIONS,
        new BigDecimal("99.0"))).hasValueSatisfying(c -> {
          assertThat(c.figure()).isEqualByComparingTo("99.5");
          assertThat(c.source()).isEqualTo(Source.OBLIGATION);
        });
    // the signed row leaves p99 open: the obligation holds it
    assertThat(SlaViolationRules.commitment(SlaMetric.LATENCY_P99, Surface.API, Region.EU, SIGNED, OBLIGATIONS, null))
        .hasValueSatisfying(c -> assertThat(c.source()).isEqualTo(Source.OBLIGATION));
    assertThat(SlaViolationRules.commitment(SlaMetric.SUPPORT_RESPONSE_SEV1, Surface.CHAT_UI, Region.EU, SIGNED,
        OBLIGATIONS, new BigDecimal("15"))).hasValueSatisfying(c -> assertThat(c.source()).isEqualTo(Source.REPORTED));
    assertThat(SlaViolationRules.commitment(SlaMetric.SUPPORT_RESPONSE_SEV1, Surface.CHAT_UI, Region.EU, SIGNED,
        OBLIGATIONS, null)).isEmpty();
  }

  @Test
  void aFigureThatMeetsTheCommitmentIsNoViolation() {
    assertThat(read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':99.95}").problems())
        .containsExactly("payload.measured: 99.95 PERCENT meets the committed 99.9 (signed SLA row of sign-off Q1); not a violation");
    assertThat(read("{'metric':'LATENCY_P95','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':2000}").problems()).hasSize(1);
    assertThat(read("{'metric':'LATENCY_P95','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':2001}").problems()).isEmpty();
  }

  @Test
  void everyBadFieldIsNamed() {
    SlaViolationRules.Read read = read("{'metric':'UPTIME','surface':'BATCH','region':'MARS','periodStart':'2026-11-30',"
        + "'periodEnd':'2026-11-01','measured':'lots','monthlyFee':100,'colour':'red'}");
    assertThat(read.valid()).isFalse();
    assertThat(read.problems()).anyMatch(p -> p.startsWith("payload.colour: not a field"))
        .anyMatch(p -> p.startsWith("payload.metric: 'UPTIME' is not one of AVAILABILITY"))
        .anyMatch(p -> p.startsWith("payload.region: 'MARS' is not one of"))
        .anyMatch(p -> p.startsWith("payload.surface: BATCH is not a surface of the contract"))
        .anyMatch(p -> p.startsWith("payload.periodEnd: 2026-11-01 is before periodStart"))
        .anyMatch(p -> p.startsWith("payload.measured: must be a number"))
        .anyMatch(p -> p.startsWith("payload.currency: required with monthlyFee"));
  }

  @Test
  void requiredFieldsAndPeriodLimits() {
    assertThat(read("{}").problems()).contains("payload.metric: required, one of AVAILABILITY, LATENCY_P95, LATENCY_P99,"
        + " SUPPORT_RESPONSE_SEV1, SUPPORT_RESPONSE_SEV2, SUPPORT_RESPONSE_SEV3",
        "payload.measured: required, a number", "payload.periodStart: required, an ISO-8601 date such as 2026-11-30");
    assertThat(read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-10-01',"
        + "'periodEnd':'2026-11-30','measured':99}").problems()).singleElement().asString().contains("one measurement period");
    assertThat(read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-11-15',"
        + "'periodEnd':'2026-12-14','measured':99}").problems()).singleElement().asString().contains("has not ended yet");
    assertThat(read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':120}").problems()).singleElement().asString().contains("at most 100");
    assertThat(read("{'metric':'SUPPORT_RESPONSE_SEV1','surface':'CHAT_UI','region':'US','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':90}").problems())
        .containsExactly("payload.committed: required here, the register holds no sev1AckMinutes figure for CHAT_UI in US");
  }

  @Test
  void startFormEmptyTextsReadAsAbsent() {
    assertThat(read("{'metric':'AVAILABILITY','surface':'API','region':'EU','periodStart':'2026-11-01',"
        + "'periodEnd':'2026-11-30','measured':'99.1','committed':'','monthlyFee':null,'currency':'','description':''}")
        .problems()).isEmpty();
  }

  @Test
  void shortfallInPointsForAvailabilityAndInPercentForTimes() {
    assertThat(SlaViolationRules.shortfall(SlaMetric.AVAILABILITY, new BigDecimal("99.2"), new BigDecimal("99.9")))
        .isEqualByComparingTo("0.7");
    assertThat(SlaViolationRules.shortfall(SlaMetric.LATENCY_P95, new BigDecimal("3000"), new BigDecimal("2000")))
        .isEqualByComparingTo("50");
    assertThat(SlaViolationRules.shortfall(SlaMetric.SUPPORT_RESPONSE_SEV2, new BigDecimal("10"), new BigDecimal("4")))
        .isEqualByComparingTo("150");
    assertThat(SlaViolationRules.shortfall(SlaMetric.LATENCY_P95, new BigDecimal("1000"), new BigDecimal("2000")))
        .isEqualByComparingTo("0");
  }
}
