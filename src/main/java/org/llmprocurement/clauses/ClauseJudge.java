package org.llmprocurement.clauses;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Service;

/**
 * Judges a vendor clause against the catalogue at a tier: finds the requirement (or the requirements
 * of an area), the tier's thresholds, and runs the clause analysis. Used by the clause-analysis API
 * and by reviews that record a clause as meeting a requirement.
 */
@Service
public class ClauseJudge {

  /** Verdicts from best to worst, for choosing the requirement a clause addresses best. */
  private static final List<Verdict> BEST_FIRST =
      List.of(Verdict.MEETS, Verdict.BELOW_THRESHOLD, Verdict.VAGUE, Verdict.NO_COMMITMENT);

  private final CatalogueService catalogue;
  private final ThresholdService thresholds;
  private final ClauseAnalysisService analysis;

  ClauseJudge(CatalogueService catalogue, ThresholdService thresholds, ClauseAnalysisService analysis) {
    this.catalogue = catalogue;
    this.thresholds = thresholds;
    this.analysis = analysis;
  }

  /** A clause judged against one requirement; with an area, the others of that area too. */
  public record Judgement(String requirementId, String area, RiskTier tier, String catalogueVersion,
      String thresholdsVersion, ClauseAnalysis analysis, List<Alternative> alternatives) {}

  public record Alternative(String requirementId, String title, Verdict verdict) {}

  public Judgement judge(Requirement requirement, RiskTier tier, String text, Scope scope) {
    return judge(requirement, tier, null, text, scope);
  }

  /** Judged against a given version of the tier thresholds (the one a procurement is reviewed under). */
  public Judgement judge(Requirement requirement, RiskTier tier, String thresholdsVersion, String text, Scope scope) {
    Thresholds bars = thresholds.forTier(tier, thresholdsVersion);
    // surfaces count only where the catalogue says commitments are made per surface; regions always
    boolean perSurface = catalogue.catalogue().area(requirement.area()).map(a -> a.perSurface()).orElse(false);
    Scope applicable = scope == null || scope.isNone() || perSurface
        ? scope : new Scope(java.util.Set.of(), scope.allowedRegions());
    ClauseAnalysis result = analysis.analyze(requirement.analysis(), bars.values(), text, applicable);
    return new Judgement(requirement.id(), requirement.area(), tier, catalogue.version(), bars.version(), result, List.of());
  }

  /**
   * Judged as the procurement is reviewed: at its risk tier with the threshold version it is
   * reviewed under, and against its scope (surfaces, allowed regions) as {@link #scopeOf} reads it.
   */
  public Judgement judgeFor(Procurement procurement, Requirement requirement, String text) {
    return judge(requirement, procurement.getRiskTier(), procurement.getThresholdsVersion(), text, scopeOf(procurement));
  }

  /** The procurement's surfaces and allowed regions, which the clause must cover or stay within. */
  public static Scope scopeOf(Procurement procurement) {
    return new Scope(EnumSet.copyOf(procurement.getSurfaces()), procurement.getAllowedRegions().isEmpty()
        ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(procurement.getAllowedRegions()));
  }

  /**
   * Judges the clause against every requirement of the area and reports the one it addresses best
   * (best verdict, then fewest missing elements, then catalogue order); the others are listed as
   * alternatives.
   */
  public Judgement judgeArea(String area, RiskTier tier, String text, Scope scope) {
    return judgeArea(area, tier, null, text, scope);
  }

  public Judgement judgeArea(String area, RiskTier tier, String thresholdsVersion, String text, Scope scope) {
    List<Requirement> requirements = catalogue.catalogue().inArea(area);
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("unknown area '" + area + "'");
    }
    List<Judgement> all = requirements.stream().map(r -> judge(r, tier, thresholdsVersion, text, scope)).toList();
    Judgement best = all.stream()
        .min(Comparator.comparingInt((Judgement j) -> BEST_FIRST.indexOf(j.analysis().verdict()))
            .thenComparingInt(j -> j.analysis().missingElements().size()))
        .orElseThrow();
    List<Alternative> others = all.stream().filter(j -> j != best)
        .map(j -> new Alternative(j.requirementId(), catalogue.requirement(j.requirementId()).map(Requirement::title).orElse(""),
            j.analysis().verdict()))
        .toList();
    return new Judgement(best.requirementId(), best.area(), tier, best.catalogueVersion(), best.thresholdsVersion(),
        best.analysis(), others);
  }
}
