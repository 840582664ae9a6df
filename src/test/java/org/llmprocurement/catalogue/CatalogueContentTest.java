package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.llmprocurement.clauses.ClauseRule;

/** The content of the real catalogue file: coverage, consistency and example clauses. */
class CatalogueContentTest {

  /** Ids other parts of the system (and labelled clause test data) rely on; never rename. */
  static final List<String> CONTRACTED_IDS =
      List.of(
          "SLA-AVAIL-01", "SLA-AVAIL-02", "SLA-AVAIL-03", "SLA-LAT-01", "SLA-LAT-02",
          "SLA-THRU-01", "SLA-THRU-02", "SUP-SEV-01", "SUP-SEV-02", "SUP-SEV-03",
          "SUP-RESTORE-01", "SUP-ESC-01", "SUP-PIR-01", "REM-CREDIT-01", "REM-TERM-01",
          "REM-SUSPEND-01", "REM-STEPUP-01", "AUD-RIGHT-01", "AUD-EVID-01", "AUD-CADENCE-01",
          "OPS-LOGS-01", "OPS-META-01", "OPS-PRIV-01", "MOD-PROV-01", "MOD-INV-01", "MOD-EVAL-01",
          "MOD-CHG-01", "MOD-CHG-02", "MOD-CHG-03", "OUT-REL-01", "OUT-OWN-01", "OUT-SAFE-01",
          "OUT-AIACT-01", "DAT-FLOW-01", "DAT-FLOW-02", "SEC-ENC-01", "SEC-ISO-01", "SEC-KEY-01",
          "SEC-IAM-01", "SEC-PRIV-01", "SUB-LIST-01", "SUB-NOTICE-01", "SUB-OBJECT-01",
          "SUB-FLOW-01", "INC-NOTICE-01", "INC-NOTICE-02", "INC-CONTENT-01", "INC-UPDATE-01",
          "INC-CONTAIN-01", "LOG-RET-01", "LOG-EXP-01", "LOG-INT-01", "LOG-SCOPE-01",
          "LOG-AIACT-01", "TEL-SEP-01", "TEL-ACCESS-01", "TEL-DEBUG-01", "MON-ABUSE-01",
          "MON-CTRL-01", "RES-REGION-01", "RES-TRANSFER-01", "RES-SUPPORT-01", "RES-CHANGE-01",
          "RET-LIMIT-01", "RET-DEL-01", "RET-DEL-02", "RET-BACKUP-01", "RET-EVID-01",
          "PRV-TRAIN-01", "PRV-PURPOSE-01", "PRV-DPA-01", "REMED-RCA-01", "REMED-CAP-01",
          "REMED-ACT-01", "EXIT-EXPORT-01", "EXIT-ASSIST-01", "EXIT-LOGS-01", "REN-REVIEW-01",
          "REN-NOTICE-01", "REN-EXIT-01", "REN-PRICE-01", "LIA-CAP-01", "LIA-IP-01",
          "LIA-DATA-01", "DOC-MAP-01", "DOC-PREC-01", "DOC-VERSION-01");

  /** Wording that makes a clause vague or permissive; weak examples must rest on it. */
  private static final Pattern WEAK =
      Pattern.compile(
          "commercially reasonable|best efforts|\\bmay\\b|discretion|without undue delay"
              + "|high(ly)? availab|from time to time|technical feasibility|feasible"
              + "|will investigate|improve our services|promptly|as appropriate|appropriate"
              + "|reasonabl|as needed|as necessary|in due course|upon request|on request"
              + "|as soon as practicable|no guarantee|subject to|sole and exclusive",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FIGURE = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(%|ms\\b|milliseconds|minutes?|hours?|days?|business|months?|times)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern BINDING = Pattern.compile("\\b(shall|must|will)\\b",
      Pattern.CASE_INSENSITIVE);

  private final Catalogue catalogue = CatalogueFixtures.catalogue();

  @Test
  void loadsWithVersionAndAtLeastSeventyRequirements() {
    assertThat(catalogue.version()).matches("\\d{4}\\.\\d+\\.\\d+");
    assertThat(catalogue.requirements()).hasSizeGreaterThanOrEqualTo(70);
  }

  @Test
  void containsEveryContractedIdExactlyOnce() {
    List<String> ids = catalogue.requirements().stream().map(Requirement::id).toList();
    assertThat(ids).containsAll(CONTRACTED_IDS).doesNotHaveDuplicates();
  }

  @Test
  void coversEveryArticleAreaWithAtLeastTwoRequirements() {
    Set<String> keys = catalogue.areas().stream().map(Area::key).collect(Collectors.toSet());
    assertThat(keys).containsAll(CatalogueValidator.REQUIRED_AREAS);
    assertThat(CatalogueValidator.REQUIRED_AREAS).hasSize(25);
    for (Area area : catalogue.areas()) {
      assertThat(catalogue.inArea(area.key())).as(area.key()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void everyOwnerRoleOwnsRequirements() {
    Set<OwnerRole> roles = EnumSet.noneOf(OwnerRole.class);
    catalogue.requirements().forEach(r -> roles.add(r.ownerRole()));
    assertThat(roles).containsExactlyInAnyOrder(OwnerRole.values());
  }

  @Test
  void theFiveNoGoThemesAreDealBreakers() {
    // no training on customer data, at every tier
    assertNoGo("PRV-TRAIN-01", RiskTier.LOW, RiskTier.MEDIUM, RiskTier.HIGH, RiskTier.CRITICAL);
    assertThat(requirement("PRV-TRAIN-01").analysis().polarity())
        .isEqualTo(ClauseRule.Polarity.PROHIBITION);
    // no opaque subprocessors
    assertNoGo("SUB-LIST-01", RiskTier.MEDIUM, RiskTier.HIGH, RiskTier.CRITICAL);
    // no undefined logs
    assertNoGo("LOG-RET-01", RiskTier.HIGH, RiskTier.CRITICAL);
    assertNoGo("LOG-SCOPE-01", RiskTier.HIGH, RiskTier.CRITICAL);
    // no unlimited cross-border transfers
    assertNoGo("RES-REGION-01", RiskTier.HIGH, RiskTier.CRITICAL);
    // no best-efforts response to critical incidents
    assertNoGo("SUP-SEV-01", RiskTier.HIGH, RiskTier.CRITICAL);
  }

  @Test
  void euAiActRequirementsMayBeSetAsideOutsideHighRiskAreas() {
    for (String id : List.of("OUT-AIACT-01", "LOG-AIACT-01")) {
      NotApplicableRule rule = requirement(id).notApplicable();
      assertThat(rule.allowed()).as(id).isTrue();
      assertThat(rule.ifEuAiActAreaNone()).as(id).isTrue();
      assertThat(rule.permits(Set.of(), Set.of(), true, RiskTier.HIGH)).as(id).isTrue();
      assertThat(rule.permits(Set.of(), Set.of(), false, RiskTier.HIGH)).as(id).isFalse();
    }
    assertThat(requirement("LOG-AIACT-01").references()).contains("EU AI Act Art. 26(6)");
    assertThat(requirement("INC-NOTICE-01").references()).contains("GDPR Art. 33");
  }

  @Test
  void customerManagedKeysMayBeSetAsideBelowHigh() {
    NotApplicableRule rule = requirement("SEC-KEY-01").notApplicable();
    assertThat(rule.belowTier()).isEqualTo(RiskTier.HIGH);
    assertThat(rule.permits(Set.of(), Set.of(), false, RiskTier.MEDIUM)).isTrue();
    assertThat(rule.permits(Set.of(), Set.of(), false, RiskTier.HIGH)).isFalse();
  }

  @Test
  void higherTiersRequireAtLeastWhatLowerOnesDo() {
    for (Requirement r : catalogue.requirements()) {
      for (RiskTier tier : RiskTier.values()) {
        for (RiskTier higher : RiskTier.values()) {
          if (higher.isAtLeast(tier) && r.requiredAt(tier)) {
            assertThat(r.requiredAt(higher)).as(r.id() + " " + higher).isTrue();
          }
        }
      }
      assertThat(r.requiredTiers()).as(r.id()).containsAll(r.noGoTiers());
    }
  }

  @Test
  void everyThresholdKeyIsAnOutputOfTheDecisionAndEveryCheckUsesADeclaredKey() {
    Set<String> outputs = CatalogueFixtures.thresholdKeys();
    for (Requirement r : catalogue.requirements()) {
      assertThat(outputs).as(r.id()).containsAll(r.thresholds());
      for (ClauseRule.ThresholdCheck check : r.analysis().checks()) {
        assertThat(r.thresholds()).as(r.id()).contains(check.threshold());
      }
    }
  }

  @Test
  void elementsAreFewAndEveryRegexCompiles() {
    for (Requirement r : catalogue.requirements()) {
      assertThat(r.analysis().elements()).as(r.id()).hasSizeBetween(1, 3);
      r.analysis().elements().forEach(e -> e.anyOf().forEach(
          regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
    }
  }

  @Test
  void bindingExamplesMentionEveryElementAndTheHighFigures() {
    Thresholds high = CatalogueFixtures.evaluator().evaluate(RiskTier.HIGH);
    List<String> problems = new ArrayList<>();
    for (Requirement r : catalogue.requirements()) {
      String clause = r.bindingExample();
      if (!BINDING.matcher(clause).find()) {
        problems.add(r.id() + ": binding example has no shall/must/will");
      }
      Matcher weak = WEAK.matcher(clause);
      if (weak.find()) {
        problems.add(r.id() + ": binding example contains weak wording '" + weak.group() + "'");
      }
      boolean negated = Pattern.compile("\\b(shall|must|will) not\\b", Pattern.CASE_INSENSITIVE)
          .matcher(clause).find();
      if (r.analysis().polarity() == ClauseRule.Polarity.PROHIBITION && !negated) {
        problems.add(r.id() + ": prohibition example is not negated");
      }
      for (ClauseRule.Element element : r.analysis().elements()) {
        if (element.anyOf().stream().noneMatch(regex -> find(regex, clause))) {
          problems.add(r.id() + ": binding example misses element '" + element.name() + "'");
        }
      }
      for (ClauseRule.ThresholdCheck check : r.analysis().checks()) {
        String figure = figure(high.get(check.threshold()));
        Pattern withUnit = Pattern.compile("(?<![\\d.])" + Pattern.quote(figure) + "(?![\\d])\\s*"
            + unitWords(check.unit()), Pattern.CASE_INSENSITIVE);
        if (!withUnit.matcher(clause).find()) {
          problems.add(r.id() + ": binding example lacks " + figure + " " + check.unit()
              + " for " + check.threshold());
        }
        if (check.near() != null && !find(check.near(), clause)) {
          problems.add(r.id() + ": near pattern '" + check.near() + "' does not occur");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void weakExamplesRestOnWeakWordingOrStaySilent() {
    List<String> problems = new ArrayList<>();
    Set<String> silent = new HashSet<>();
    for (Requirement r : catalogue.requirements()) {
      String clause = r.weakExample();
      String lower = clause.toLowerCase(Locale.ROOT);
      boolean ownPhrase = r.weakWording().stream()
          .anyMatch(p -> lower.contains(p.toLowerCase(Locale.ROOT)));
      if (!ownPhrase) {
        problems.add(r.id() + ": weak example uses none of its weakWording phrases");
      }
      if (!WEAK.matcher(clause).find()) {
        silent.add(r.id());
        // a silent clause must at least miss one element, so it cannot be judged as meeting
        boolean allElements = r.analysis().elements().stream()
            .allMatch(e -> e.anyOf().stream().anyMatch(regex -> find(regex, clause)));
        boolean figures = r.analysis().checks().isEmpty() || FIGURE.matcher(clause).find();
        if (allElements && figures && BINDING.matcher(clause).find()) {
          problems.add(r.id() + ": weak example is neither weak nor incomplete");
        }
      }
      if (FIGURE.matcher(clause).find() && !r.analysis().checks().isEmpty()) {
        problems.add(r.id() + ": weak example should not state a figure");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(silent).hasSizeLessThan(catalogue.requirements().size() / 2);
  }

  @Test
  void everyRequirementHasEvidenceAndTextInOurOwnWords() {
    for (Requirement r : catalogue.requirements()) {
      assertThat(r.evidence().maxAgeMonths()).as(r.id()).isPositive();
      assertThat(r.position().split("(?<=[.!?])\\s+")).as(r.id()).hasSizeLessThanOrEqualTo(3);
      assertThat(r.weakExample().split("(?<=[.!?])\\s+")).as(r.id()).hasSize(1);
    }
  }

  private void assertNoGo(String id, RiskTier... tiers) {
    Requirement r = requirement(id);
    assertThat(r.noGoTiers()).as(id).contains(tiers);
  }

  private Requirement requirement(String id) {
    return catalogue.requirement(id).orElseThrow(() -> new AssertionError("missing " + id));
  }

  private static boolean find(String regex, String text) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
  }

  private static String figure(Object value) {
    if (value instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(value);
  }

  private static String unitWords(ClauseRule.Unit unit) {
    return switch (unit) {
      case PERCENT -> "(%|percent)";
      case MILLISECONDS -> "(ms\\b|milliseconds?)";
      case MINUTES -> "minutes?";
      case HOURS -> "hours?";
      case BUSINESS_HOURS -> "business hours?";
      case DAYS -> "(calendar )?days?(?! business)";
      case BUSINESS_DAYS -> "business days?";
      case MONTHS -> "months?";
      case COUNT -> "";
    };
  }


  @Test
  void serviceLevelAreasAreCommittedPerSurface() {
    assertThat(catalogue.areas().stream().filter(Area::perSurface).map(Area::key))
        .containsExactlyInAnyOrder("availability", "latency", "throughput", "support");
  }
}
