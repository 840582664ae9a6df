package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.signoff.FiveAnswers;

/**
 * What a register entry's sign-off record says about service levels and remedies: the signed SLA
 * rows (Q1) and the remedies (Q5). An entry without a sign-off record, or with an unreadable one,
 * has none: the callers then say the register does not know.
 */
final class SignedTerms {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .findAndRegisterModules();

  private SignedTerms() {}

  /** The confirmed five answers, or {@code null}. */
  static FiveAnswers answers(Contract contract) {
    return answers(contract.getSignOffRecord());
  }

  /** The five answers of a sign-off record as the register stores it (JSON), or {@code null}. */
  static FiveAnswers answers(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      JsonNode answers = MAPPER.readTree(json).get("answers");
      return answers == null || answers.isNull() ? null : MAPPER.treeToValue(answers, FiveAnswers.class);
    } catch (Exception e) {
      return null;
    }
  }

  /** The signed SLA rows; empty when unknown. */
  static List<FiveAnswers.SlaRow> slaRows(Contract contract) {
    FiveAnswers answers = answers(contract);
    return answers == null || answers.sla() == null ? List.of() : answers.sla().rows();
  }

  /** The remedies of Q5, or {@code null} when unknown. */
  static FiveAnswers.Fix fix(Contract contract) {
    FiveAnswers answers = answers(contract);
    return answers == null ? null : answers.fix();
  }
}
