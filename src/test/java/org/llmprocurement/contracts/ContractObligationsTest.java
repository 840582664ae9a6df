package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.domain.RiskTier;

/** Obligations from MET items and the tier's figures, against the real catalogue and decision. Engine-free. */
@Tag("unit")
class ContractObligationsTest {

  private static final Catalogue CATALOGUE = BundledCatalogue.catalogue();

  private static List<Obligation> allMet(RiskTier tier) {
    Thresholds thresholds = BundledCatalogue.thresholds(tier);
    List<Requirement> required = CATALOGUE.requirements().stream().filter(r -> r.requiredAt(tier)).toList();
    Map<String, Requirement> byId = new java.util.HashMap<>();
    required.forEach(r -> byId.put(r.id(), r));
    return ObligationRules.derive(
        required.stream().map(r -> new ObligationRules.MetItem(r.id(), r.title(), r.thresholds())).toList(),
        (id, key) -> thresholds.has(key) ? byId.get(id).positions().get(0).figure(key, thresholds) : null);
  }

  private static Obligation find(List<Obligation> obligations, String requirementId, String code) {
    return obligations.stream().filter(o -> o.requirementId().equals(requirementId) && o.code().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no " + code + " from " + requirementId + " in " + obligations));
  }

  @Test
  void eachObligationNamesItsRequirementThresholdAndTheTiersFigure() {
    List<Obligation> high = allMet(RiskTier.HIGH);
    Thresholds thresholds = BundledCatalogue.thresholds(RiskTier.HIGH);

    Obligation suspected = find(high, "INC-NOTICE-02", "breachNoticeSuspectedHours");
    assertThat(suspected.figure()).isEqualTo(String.valueOf(thresholds.getInt("breachNoticeSuspectedHours")));
    assertThat(suspected.unit()).isEqualTo("HOURS");
    assertThat(suspected.thresholdKey()).isEqualTo("breachNoticeSuspectedHours");
    assertThat(suspected.requirementTitle()).isEqualTo("Notice of a suspected incident");
    assertThat(find(high, "INC-NOTICE-01", "breachNoticeConfirmedHours").unit()).isEqualTo("HOURS");
    assertThat(find(high, "REMED-RCA-01", "rootCauseBusinessDays").unit()).isEqualTo("BUSINESS_DAYS");
    assertThat(find(high, "REMED-CAP-01", "correctiveActionBusinessDays").figure())
        .isEqualTo(String.valueOf(thresholds.getInt("correctiveActionBusinessDays")));
    assertThat(find(high, "AUD-CADENCE-01", "auditEvidenceMonths").unit()).isEqualTo("MONTHS");
    assertThat(find(high, "LOG-RET-01", "logRetentionDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "RET-DEL-01", "deletionOnRequestDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "EXIT-EXPORT-01", "exportWindowDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "MOD-CHG-01", "modelChangeNoticeDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "SUB-NOTICE-01", "subprocessorNoticeDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "RES-CHANGE-01", "regionChangeNoticeDays").unit()).isEqualTo("DAYS");
    assertThat(find(high, "SLA-AVAIL-01", "availabilityPercent").figure()).isEqualTo("99.9");
  }

  @Test
  void theSubprocessorObjectionWindowIsTheNoticePeriod() {
    List<Obligation> high = allMet(RiskTier.HIGH);

    Obligation objection = find(high, "SUB-OBJECT-01", ObligationRules.OBJECTION_CODE);
    assertThat(objection.thresholdKey()).isEqualTo("subprocessorNoticeDays");
    assertThat(objection.figure()).isEqualTo(find(high, "SUB-NOTICE-01", "subprocessorNoticeDays").figure());
  }

  @Test
  void figuresFollowTheTier() {
    String low = find(allMet(RiskTier.MEDIUM), "INC-NOTICE-01", "breachNoticeConfirmedHours").figure();
    String critical = find(allMet(RiskTier.CRITICAL), "INC-NOTICE-01", "breachNoticeConfirmedHours").figure();
    assertThat(Integer.parseInt(critical)).isLessThanOrEqualTo(Integer.parseInt(low));
  }

  @Test
  void onlyMetItemsBindAndRulesForUsAreNotVendorObligations() {
    assertThat(ObligationRules.derive(List.of(), (id, key) -> 1)).isEmpty();
    List<Obligation> high = allMet(RiskTier.HIGH);
    assertThat(high).noneMatch(o -> ObligationRules.NOT_VENDOR_OBLIGATIONS.contains(o.code()));
    assertThat(high).noneMatch(o -> o.requirementId().equals("REN-NOTICE-01"));
    assertThat(high).allSatisfy(o -> assertThat(o.unit()).isNotEqualTo("AS_DECIDED"));
  }

  @Test
  void everyThresholdKeyTheCatalogueUsesIsDescribed() {
    Set<String> used = new HashSet<>();
    CATALOGUE.requirements().forEach(r -> used.addAll(r.thresholds()));
    used.removeAll(ObligationRules.NOT_VENDOR_OBLIGATIONS);
    assertThat(ObligationRules.TERMS.keySet()).containsAll(used);
  }

  @Test
  void anUnknownKeyIsKeptRatherThanLostAndFiguresAreWrittenPlainly() {
    var obligations = ObligationRules.derive(List.of(new ObligationRules.MetItem("X-1", "Something new", List.of("newKey"))),
        (id, key) -> 2.0);
    assertThat(obligations).singleElement().satisfies(o -> {
      assertThat(o.description()).isEqualTo("newKey");
      assertThat(o.unit()).isEqualTo("AS_DECIDED");
      assertThat(o.figure()).isEqualTo("2");
    });
    assertThat(ObligationRules.derive(List.of(new ObligationRules.MetItem("X-1", "t", List.of("newKey"))), (id, key) -> null))
        .as("a key the tier's thresholds lack gives no obligation").isEmpty();
  }
}
