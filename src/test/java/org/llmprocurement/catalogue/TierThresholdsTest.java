package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** The tier thresholds decision, evaluated with the standalone DMN engine. */
class TierThresholdsTest {

  static final Set<String> EXPECTED_KEYS =
      Set.of(
          "availabilityPercent", "latencyP95Ms", "latencyP99Ms", "throughputRequestsPerMinute",
          "rateLimitChangeNoticeDays", "sev1AckMinutes", "sev2AckHours", "sev3AckBusinessHours",
          "sev1RestoreHours", "sev2RestoreHours", "sev3RestoreBusinessDays", "statusUpdateMinutes",
          "postIncidentReportBusinessDays", "breachNoticeSuspectedHours",
          "breachNoticeConfirmedHours", "breachUpdateHours", "rootCauseBusinessDays",
          "correctiveActionBusinessDays", "logRetentionDays", "logExportHours",
          "logImmutabilityRequired", "deletionOnRequestDays", "deletionAfterTerminationDays",
          "backupPurgeDays", "modelChangeNoticeDays", "subprocessorNoticeDays",
          "regionChangeNoticeDays", "validationWindowDays", "exportWindowDays",
          "auditEvidenceMonths", "maxNonRenewalNoticeDays", "reviewDueDays",
          "renewalReviewLeadDays", "slaViolationsForTermination", "slaViolationWindowMonths",
          "waiverApproverRole", "negotiationRoundLimit", "vendorResponseDays",
          "vendorReminderGraceDays", "renewalKickOffLeadDays", "renewalEscalationBusinessDays",
          "auditCadenceMonths", "pilotPromotionLeadDays", "deletionReminderBusinessDays");

  /** Outputs where 0 means "none at this tier" (the least strict), any other number counts as usual. */
  static final Set<String> ZERO_MEANS_NONE = Set.of("auditCadenceMonths");

  /** Outputs where a larger number is the stricter bar; every other number is stricter when smaller. */
  static final Set<String> HIGHER_IS_STRICTER =
      Set.of(
          "availabilityPercent", "throughputRequestsPerMinute", "rateLimitChangeNoticeDays",
          "logRetentionDays", "modelChangeNoticeDays", "subprocessorNoticeDays",
          "regionChangeNoticeDays", "validationWindowDays", "exportWindowDays",
          "renewalReviewLeadDays", "slaViolationWindowMonths", "renewalKickOffLeadDays",
          "pilotPromotionLeadDays");

  private final ThresholdService service = CatalogueFixtures.thresholdService();

  @Test
  void producesExactlyTheAgreedKeysForEveryTier() {
    assertThat(service.keys()).containsExactlyInAnyOrderElementsOf(EXPECTED_KEYS);
    for (RiskTier tier : RiskTier.values()) {
      Thresholds thresholds = service.forTier(tier);
      assertThat(thresholds.keys()).as(tier.name()).containsExactlyInAnyOrderElementsOf(EXPECTED_KEYS);
      assertThat(thresholds.values()).as(tier.name()).doesNotContainValue(null);
      assertThat(thresholds.tier()).isEqualTo(tier);
      assertThat(thresholds.version()).startsWith("tierThresholds:file");
    }
  }

  @Test
  void highTierHasThePinnedValues() {
    Thresholds high = service.forTier("HIGH");
    assertThat(high.getDouble("availabilityPercent")).isEqualTo(99.9);
    assertThat(high.getInt("latencyP95Ms")).isEqualTo(1000);
    assertThat(high.getInt("latencyP99Ms")).isEqualTo(3000);
    assertThat(high.getInt("sev1AckMinutes")).isEqualTo(30);
    assertThat(high.getInt("breachNoticeConfirmedHours")).isEqualTo(48);
    assertThat(high.getInt("rootCauseBusinessDays")).isEqualTo(5);
    assertThat(high.getInt("correctiveActionBusinessDays")).isEqualTo(10);
    assertThat(high.getInt("logRetentionDays")).isEqualTo(180);
    assertThat(high.getInt("deletionAfterTerminationDays")).isEqualTo(30);
    assertThat(high.getInt("subprocessorNoticeDays")).isEqualTo(30);
    assertThat(high.getInt("modelChangeNoticeDays")).isEqualTo(30);
    assertThat(high.getInt("exportWindowDays")).isEqualTo(30);
    assertThat(high.getInt("maxNonRenewalNoticeDays")).isEqualTo(90);
    assertThat(high.getInt("auditEvidenceMonths")).isEqualTo(12);
    assertThat(high.getBoolean("logImmutabilityRequired")).isTrue();
  }

  @Test
  void confirmedBreachNoticeLeavesUsTimeForOurOwnGdprDeadline() {
    for (RiskTier tier : RiskTier.values()) {
      assertThat(service.forTier(tier).getInt("breachNoticeConfirmedHours")).as(tier.name())
          .isLessThan(72);
    }
  }

  @Test
  void everyNumericOutputIsMonotonicAcrossTiers() {
    List<Thresholds> tiers = List.of(service.forTier(RiskTier.LOW), service.forTier(RiskTier.MEDIUM),
        service.forTier(RiskTier.HIGH), service.forTier(RiskTier.CRITICAL));
    for (String key : EXPECTED_KEYS) {
      Object sample = tiers.get(0).get(key);
      for (int i = 1; i < tiers.size(); i++) {
        Thresholds lower = tiers.get(i - 1);
        Thresholds higher = tiers.get(i);
        String label = key + " " + lower.tier() + " -> " + higher.tier();
        if (sample instanceof Number) {
          double a = lower.getDouble(key);
          double b = higher.getDouble(key);
          if (ZERO_MEANS_NONE.contains(key) && a == 0) {
            continue;
          }
          if (HIGHER_IS_STRICTER.contains(key)) {
            assertThat(b).as(label).isGreaterThanOrEqualTo(a);
          } else {
            assertThat(b).as(label).isLessThanOrEqualTo(a);
          }
        } else if (sample instanceof Boolean) {
          // once required, a boolean bar stays required
          assertThat(!lower.getBoolean(key) || higher.getBoolean(key)).as(label).isTrue();
        }
      }
    }
    assertThat(tiers.get(3).getInt("renewalReviewLeadDays"))
        .isGreaterThan(tiers.get(3).getInt("maxNonRenewalNoticeDays"));
    for (Thresholds t : tiers) {
      assertThat(t.getInt("renewalReviewLeadDays")).as(t.tier().name())
          .isGreaterThan(t.getInt("maxNonRenewalNoticeDays"));
    }
  }

  @Test
  void typesMatchTheDecisionTypeRefs() {
    Thresholds low = service.forTier(RiskTier.LOW);
    assertThat(low.get("availabilityPercent")).isInstanceOf(Double.class);
    assertThat(low.get("latencyP95Ms")).isInstanceOf(Integer.class);
    assertThat(low.get("logImmutabilityRequired")).isInstanceOf(Boolean.class);
    assertThat(low.waiverApproverRole()).isEqualTo("managers");
    assertThat(service.forTier(RiskTier.CRITICAL).waiverApproverRole()).isEqualTo("legal");
    assertThatThrownBy(() -> low.getInt("waiverApproverRole"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> low.get("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> low.values().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tierIsCaseInsensitiveAndUnknownTierIsNamed() {
    assertThat(service.forTier(" high ").tier()).isEqualTo(RiskTier.HIGH);
    assertThatThrownBy(() -> service.forTier("EXTREME"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EXTREME")
        .hasMessageContaining("LOW, MEDIUM, HIGH, CRITICAL");
    assertThatThrownBy(() -> service.forTier((String) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decisionFileIsModelerReadyWithOneDescribedRulePerTier() throws Exception {
    DmnModelInstance model;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream(TierThresholdEvaluator.CLASSPATH_LOCATION)) {
      model = Dmn.readModelFromStream(in);
    }
    Decision decision = model.getModelElementById("tierThresholds");
    assertThat(decision.getName()).isEqualTo("Tier thresholds");
    assertThat(decision.getVersionTag()).isNotBlank();
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getInputs()).hasSize(1);
    assertThat(table.getInputs().iterator().next().getInputExpression().getTypeRef())
        .isEqualTo("string");
    for (Output output : table.getOutputs()) {
      assertThat(output.getDescription()).as(output.getName()).isNotNull();
      assertThat(output.getDescription().getTextContent()).as(output.getName()).isNotBlank();
      assertThat(output.getLabel()).as(output.getName()).isNotBlank();
      assertThat(output.getTypeRef()).isIn("string", "double", "integer", "boolean");
    }
    assertThat(table.getRules()).hasSize(4);
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    for (Rule rule : table.getRules()) {
      entries.put(rule.getInputEntries().iterator().next().getTextContent(),
          rule.getDescription() == null ? "" : rule.getDescription().getTextContent());
    }
    assertThat(entries).containsOnlyKeys("\"LOW\"", "\"MEDIUM\"", "\"HIGH\"", "\"CRITICAL\"");
    assertThat(entries.values()).allSatisfy(d -> assertThat(d).isNotBlank());
    String xml = Dmn.convertToString(model);
    assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
        .contains("modeler:executionPlatformVersion=\"7.24.0\"")
        .contains("https://www.omg.org/spec/DMN/20191111/MODEL/")
        .contains("dmnElementRef=\"tierThresholds\"");
  }
}
