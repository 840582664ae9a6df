package org.llmprocurement.notices.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.llmprocurement.domain.EuAiActArea;

/**
 * Our own reporting duties after a vendor's security incident, free of the engine: which regimes
 * security's classification starts, and when each report is due. The reports and their deadlines
 * per regime are business data in {@code processes/regulatory-reporting-deadlines.dmn}
 * ({@link RegulatoryDeadlines}); this class only applies them.
 *
 * <p>Sources: GDPR Art. 33(1) (personal data breach: the supervisory authority within 72 hours of
 * becoming aware); DORA Art. 19 with its reporting standards (major ICT incident of a financial
 * entity: initial notification within 4 hours of classification and no later than 24 hours of
 * awareness, intermediate within 72 hours of the initial notification, final within one month of
 * the intermediate report); EU AI Act Art. 73 (serious incident in a high-risk use: 15 days, 2 days
 * when widespread or in critical infrastructure, 10 days on a death).
 */
public final class RegulatoryRules {

  private RegulatoryRules() {}

  /** A reporting regime. */
  public enum Regime { GDPR, DORA, EU_AI_ACT }

  /** The kind of serious incident under the EU AI Act (Art. 73(2)-(4)). */
  public enum AiActCase {
    /** Any other serious incident: 15 days. */
    STANDARD,
    /** A widespread infringement, or a serious incident in critical infrastructure: 2 days. */
    WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE,
    /** A person died: 10 days. */
    DEATH
  }

  /** The moment a report's deadline runs from. */
  public enum Anchor {
    /** When we became aware of the incident: when the vendor told us. */
    OUR_AWARENESS,
    /** When security classified the incident. */
    CLASSIFICATION,
    /** When the regime's previous report was filed. */
    PREVIOUS_REPORT
  }

  /**
   * One row of the decision: a report we owe.
   *
   * @param reportKey stable name, e.g. {@code DORA_INITIAL}
   * @param reportName what the owning group files, in words
   * @param ownerGroup the Camunda group that files it
   * @param deadline ISO-8601 period or duration after the anchor ({@code PT72H}, {@code P15D}, {@code P1M})
   * @param runsFrom the anchor
   * @param latestFromAwareness an outer limit after our awareness ({@code PT24H}), or {@code null}
   */
  public record ReportRule(String reportKey, String reportName, String ownerGroup, String deadline, Anchor runsFrom,
      String latestFromAwareness) {}

  /**
   * Security's classification.
   *
   * @param personalDataBreach a personal data breach (GDPR Art. 4(12))
   * @param majorIctIncident a major ICT-related incident under DORA (financial entities only)
   * @param aiActSerious a serious incident (EU AI Act Art. 3(49)) in a high-risk use
   * @param aiActCase which serious incident, when {@code aiActSerious}
   */
  public record Classification(boolean personalDataBreach, boolean majorIctIncident, boolean aiActSerious,
      AiActCase aiActCase) {}

  /**
   * Problems with a classification in this organisation and use case, each naming its field:
   * DORA only for a financial entity, the EU AI Act only for a high-risk use, a serious incident
   * needs its case.
   */
  public static List<String> problems(Classification c, boolean financialEntity, EuAiActArea area) {
    List<String> problems = new ArrayList<>();
    if (c.majorIctIncident() && !financialEntity) {
      problems.add("majorIctIncident: DORA applies to financial entities only, and this organisation is configured as"
          + " none (llmp.organisation.financial-entity)");
    }
    if (c.aiActSerious() && (area == null || area == EuAiActArea.NONE)) {
      problems.add("aiActSerious: the use case is in no EU AI Act high-risk area (the procurement's intake says NONE);"
          + " Art. 73 reporting does not apply");
    }
    if (c.aiActSerious() && c.aiActCase() == null) {
      problems.add("aiActCase: required for a serious incident, one of STANDARD, WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE, DEATH");
    }
    return problems;
  }

  /** The regimes a (valid) classification starts, in a fixed order. */
  public static List<Regime> regimes(Classification c) {
    List<Regime> regimes = new ArrayList<>();
    if (c.personalDataBreach()) {
      regimes.add(Regime.GDPR);
    }
    if (c.majorIctIncident()) {
      regimes.add(Regime.DORA);
    }
    if (c.aiActSerious()) {
      regimes.add(Regime.EU_AI_ACT);
    }
    return regimes;
  }

  /**
   * The case a regime is looked up with: the EU AI Act's case, where a use in critical
   * infrastructure always counts as such (the 2-day deadline, the strictest); {@code "-"} for the
   * other regimes.
   */
  public static String caseOf(Regime regime, Classification c, EuAiActArea area) {
    if (regime != Regime.EU_AI_ACT) {
      return "-";
    }
    AiActCase kind = c.aiActCase() == null ? AiActCase.STANDARD : c.aiActCase();
    return area == EuAiActArea.CRITICAL_INFRASTRUCTURE ? AiActCase.WIDESPREAD_OR_CRITICAL_INFRASTRUCTURE.name() : kind.name();
  }

  /**
   * When a report is due: its anchor plus its deadline, and never after our awareness plus
   * {@code latestFromAwareness} when set.
   *
   * @param previousFiledAt when the regime's previous report was filed; required for {@link Anchor#PREVIOUS_REPORT}
   * @throws IllegalArgumentException when the rule's durations are no ISO-8601 periods or durations,
   *     or the anchor it needs is missing
   */
  public static Instant dueAt(ReportRule rule, Instant awareAt, Instant classifiedAt, Instant previousFiledAt) {
    Instant anchor = switch (rule.runsFrom()) {
      case OUR_AWARENESS -> awareAt;
      case CLASSIFICATION -> classifiedAt;
      case PREVIOUS_REPORT -> previousFiledAt;
    };
    if (anchor == null) {
      throw new IllegalArgumentException(rule.reportKey() + ": runs from " + rule.runsFrom() + ", which is not known");
    }
    Instant due = plus(anchor, rule.deadline());
    if (rule.latestFromAwareness() != null && !rule.latestFromAwareness().isBlank()) {
      Instant latest = plus(awareAt, rule.latestFromAwareness());
      if (latest.isBefore(due)) {
        due = latest;
      }
    }
    return due;
  }

  /**
   * An instant plus an ISO-8601 period and/or duration ({@code P1M}, {@code P15D}, {@code PT4H},
   * {@code P1DT12H}); months and days in UTC calendar terms.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  public static Instant plus(Instant start, String iso) {
    String text = iso == null ? "" : iso.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      int t = text.indexOf('T');
      String datePart = t < 0 ? text : text.substring(0, t);
      ZonedDateTime at = start.atZone(ZoneOffset.UTC);
      if (!datePart.equals("P")) {
        at = at.plus(Period.parse(datePart));
      }
      if (t >= 0) {
        at = at.plus(Duration.parse("P" + text.substring(t)));
      }
      return at.toInstant();
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("'" + iso + "' is no ISO-8601 period or duration such as PT72H or P1M", e);
    }
  }
}
