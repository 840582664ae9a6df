package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code evidence-lead-times} decision as security wrote it: the first matching row wins, case-insensitive. */
@Tag("unit")
class EvidenceLeadTimesDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = EvidenceLeadTimesDecisionTest.class.getResourceAsStream("/evidence-lead-times.dmn")) {
      decision = dmn.parseDecision(EvidenceLeadTimes.DECISION_KEY, in);
    }
  }

  @ParameterizedTest(name = "{0} => {1}/{2}")
  @CsvSource(delimiter = '|', value = {
      "SOC 2 Type II report, ISO/IEC 27001 certificate and pen test summary|90|30",
      "SOC 2 or ISO/IEC 27001 control description for cryptography|90|30",
      "Evaluation and red-team report for the current major version|60|30",
      "Monthly availability report per service and region|10|10",
      "Current subprocessor list|21|14",
      "Subprocessor list and data flow map|21|14",
      "Current model inventory with deprecation dates|21|14",
      "Signed DPA|30|30",
      "Limitation of liability clause|30|30"})
  void leadAndResponseDays(String evidenceType, int leadDays, int responseDays) {
    Map<String, Object> row = dmn.evaluateDecision(decision, Variables.createVariables().putValue("evidenceType", evidenceType))
        .getFirstResult().getEntryMap();
    assertThat(((Number) row.get("leadDays")).intValue()).isEqualTo(leadDays);
    assertThat(((Number) row.get("responseDays")).intValue()).isEqualTo(responseDays);
  }
}
