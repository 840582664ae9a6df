package org.llmprocurement.negotiation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.catalogue.Position;
import org.llmprocurement.catalogue.Thresholds;

/**
 * The rules of a negotiation round, free of the engine and the database: which position an item
 * asks for in a round, the wording with the tier's figures, and what follows a round (agreement,
 * another round, or escalation to managers). Source: issue 7 and {@code docs/negotiation.md}.
 */
public final class NegotiationRules {

  private NegotiationRules() {}

  /** What follows a round once the changed items are re-decided. */
  public enum RoundResult {
    /** No gap is left: the negotiation ends agreed. */
    AGREED,
    /** Gaps are left and rounds remain: the next round offers the next fallback. */
    NEXT_ROUND,
    /** The round limit is reached, or a no-go gap was refused as impossible: managers decide. */
    ESCALATE
  }

  /** Why managers are asked to decide. */
  public enum EscalationReason {
    ROUND_LIMIT,
    NO_GO_REFUSED_IMPOSSIBLE,
    VENDOR_SILENT
  }

  /** A round's result and, when escalating, why (the no-go items named). */
  public record Decision(RoundResult result, EscalationReason reason, String explanation) {}

  /**
   * The position an item asks for: the preferred one (index 0) the first time, then one step down
   * the fallbacks for every earlier round in which the vendor answered the item, never past the last.
   *
   * @param answeredBefore rounds before this one in which the vendor answered (refused or countered) the item
   * @param positions how many positions the requirement has (at least 1)
   * @return the index into {@code Requirement.positions()}
   */
  public static int positionIndex(int answeredBefore, int positions) {
    if (positions < 1) {
      throw new IllegalArgumentException("a requirement has at least one position");
    }
    return Math.max(0, Math.min(answeredBefore, positions - 1));
  }

  /**
   * The wording of a position with the figures it asks for at the procurement's tier, e.g. "Notify
   * confirmed incidents within a fixed number of hours. Figures at HIGH: incidentNoticeHours 48".
   * A figure placeholder {@code {key}} in the wording is replaced in place instead.
   *
   * @param thresholdKeys the requirement's threshold keys ({@code Requirement.thresholds()})
   * @param thresholds the procurement's tier thresholds (pinned version)
   */
  public static String wording(Position position, List<String> thresholdKeys, Thresholds thresholds) {
    String text = position.wording() == null ? "" : position.wording().trim();
    Map<String, Object> figures = new LinkedHashMap<>();
    for (String key : thresholdKeys) {
      try {
        figures.put(key, position.figure(key, thresholds));
      } catch (IllegalArgumentException unknownKey) {
        // a key the decision does not produce: no figure to fill in
      }
    }
    List<String> appended = new ArrayList<>();
    for (Map.Entry<String, Object> figure : figures.entrySet()) {
      String placeholder = "{" + figure.getKey() + "}";
      if (text.contains(placeholder)) {
        text = text.replace(placeholder, format(figure.getValue()));
      } else {
        appended.add(figure.getKey() + " " + format(figure.getValue()));
      }
    }
    if (!appended.isEmpty()) {
      text = text + (text.endsWith(".") || text.isEmpty() ? "" : ".") + " Figures at " + thresholds.tier() + ": "
          + String.join("; ", appended);
    }
    return text.trim();
  }

  private static String format(Object value) {
    if (value instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(value);
  }

  /**
   * What follows a round.
   *
   * @param openGaps requirement ids that still count as gaps after re-decision, accepted risks removed
   * @param noGoRefusedImpossible no-go items among {@code openGaps} the vendor refused as impossible this round
   * @param round the round just finished (1-based)
   * @param lastAllowedRound the last round allowed before escalation (round limit plus rounds managers granted)
   */
  public static Decision afterRound(Collection<String> openGaps, Collection<String> noGoRefusedImpossible, int round,
      int lastAllowedRound) {
    if (openGaps.isEmpty()) {
      return new Decision(RoundResult.AGREED, null, "No gap is left after round " + round);
    }
    List<String> noGo = noGoRefusedImpossible.stream().filter(Set.copyOf(openGaps)::contains).sorted().toList();
    if (!noGo.isEmpty()) {
      return new Decision(RoundResult.ESCALATE, EscalationReason.NO_GO_REFUSED_IMPOSSIBLE,
          "The vendor refused no-go item(s) " + String.join(", ", noGo) + " as impossible in round " + round);
    }
    if (round >= lastAllowedRound) {
      return new Decision(RoundResult.ESCALATE, EscalationReason.ROUND_LIMIT,
          openGaps.size() + " gap(s) left after round " + round + ", the last round allowed");
    }
    return new Decision(RoundResult.NEXT_ROUND, null,
        openGaps.size() + " gap(s) left after round " + round + "; round " + (round + 1) + " offers the next fallback");
  }
}
