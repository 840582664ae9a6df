package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.domain.RiskTier;
import org.springframework.stereotype.Service;

/**
 * What the catalogue asks of a contract today that it did not ask when the contract was signed:
 * requirements required at a tier now that were not required (or did not exist) under the
 * contract's pinned catalogue version at its registered tier, and requirements that are required
 * under both but measured against a stricter figure or newly a no-go. Used by the renewal review
 * ("has the catalogue changed since signature") and the pilot promotion review (what the new tier
 * adds).
 */
@Service
public class CatalogueChanges {

  /** Whether a requirement is new to the contract or asks more than before. */
  public enum Kind { ADDED, STRICTER }

  /**
   * One changed requirement.
   *
   * @param detail for {@code STRICTER}, one line per stricter figure or rule, e.g.
   *     {@code "availabilityPercent: 99.5 -> 99.9"}; for {@code ADDED}, why it is new
   */
  public record Change(String requirementId, String title, Kind kind, List<String> detail) {}

  /** Threshold keys where a larger number is the stricter bar; for every other number smaller is stricter. */
  static final Set<String> HIGHER_IS_STRICTER = Set.of("availabilityPercent", "throughputRequestsPerMinute",
      "rateLimitChangeNoticeDays", "logRetentionDays", "modelChangeNoticeDays", "subprocessorNoticeDays",
      "regionChangeNoticeDays", "validationWindowDays", "exportWindowDays", "renewalReviewLeadDays",
      "slaViolationWindowMonths");

  private final CatalogueService catalogue;
  private final ThresholdService thresholds;

  CatalogueChanges(CatalogueService catalogue, ThresholdService thresholds) {
    this.catalogue = catalogue;
    this.thresholds = thresholds;
  }

  /**
   * The requirements added or made stricter at {@code tierNow} in the current catalogue and
   * thresholds, compared with the contract's pinned catalogue version and thresholds version at
   * its registered tier; in current catalogue order.
   */
  public List<Change> since(Contract contract, RiskTier tierNow) {
    Catalogue then = contract.getCatalogueVersion() == null ? catalogue.catalogue()
        : catalogue.catalogue(contract.getCatalogueVersion());
    Thresholds thresholdsThen = thresholds.forTier(contract.getRiskTier(), contract.getThresholdsVersion());
    return compare(then, contract.getRiskTier(), thresholdsThen, catalogue.catalogue(), tierNow,
        thresholds.forTier(tierNow));
  }

  /** The comparison itself, engine-free: see {@link #since}. */
  static List<Change> compare(Catalogue then, RiskTier tierThen, Thresholds thresholdsThen, Catalogue now,
      RiskTier tierNow, Thresholds thresholdsNow) {
    List<Change> changes = new ArrayList<>();
    for (Requirement current : now.requirements()) {
      if (!current.requiredAt(tierNow)) {
        continue;
      }
      Optional<Requirement> before = then.requirement(current.id());
      if (before.isEmpty()) {
        changes.add(new Change(current.id(), current.title(), Kind.ADDED, List.of("new in catalogue " + now.version())));
        continue;
      }
      if (!before.get().requiredAt(tierThen)) {
        changes.add(new Change(current.id(), current.title(), Kind.ADDED,
            List.of("required at " + tierNow + ", was not required at " + tierThen)));
        continue;
      }
      List<String> stricter = new ArrayList<>();
      if (current.noGoAt(tierNow) && !before.get().noGoAt(tierThen)) {
        stricter.add("missing it is now a no-go at " + tierNow);
      }
      for (String key : current.thresholds()) {
        if (!thresholdsNow.has(key)) {
          continue;
        }
        Object figureNow = thresholdsNow.get(key);
        if (!before.get().thresholds().contains(key) || !thresholdsThen.has(key)) {
          stricter.add(key + ": now measured, " + figureNow);
          continue;
        }
        Object figureThen = thresholdsThen.get(key);
        if (isStricter(key, figureThen, figureNow)) {
          stricter.add(key + ": " + figureThen + " -> " + figureNow);
        }
      }
      if (!stricter.isEmpty()) {
        changes.add(new Change(current.id(), current.title(), Kind.STRICTER, List.copyOf(stricter)));
      }
    }
    return changes;
  }

  /** Whether {@code now} asks more than {@code then} for the key (numbers by direction, flags once required). */
  static boolean isStricter(String key, Object then, Object now) {
    if (Objects.equals(then, now)) {
      return false;
    }
    if (then instanceof Number a && now instanceof Number b) {
      int order = Double.compare(b.doubleValue(), a.doubleValue());
      return HIGHER_IS_STRICTER.contains(key) ? order > 0 : order < 0;
    }
    if (then instanceof Boolean a && now instanceof Boolean b) {
      return !a && b;
    }
    return false;
  }
}
