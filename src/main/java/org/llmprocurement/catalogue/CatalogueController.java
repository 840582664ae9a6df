package org.llmprocurement.catalogue;

import org.llmprocurement.domain.RiskTier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmprocurement.clauses.ClauseRule;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read access to the requirement catalogue.
 *
 * <p>{@code GET /api/catalogue?tier=HIGH&role=security&area=logging}: every parameter is optional.
 * With a tier, only the requirements required at that tier are returned, each with its no-go flag
 * and its thresholds at that tier. Each requirement carries its ladder of {@code positions}
 * (preferred first, then the fallbacks) with the figures each settles for, its {@code
 * controlObjective} and its {@code reframings}.
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final CatalogueService catalogueService;
  private final ThresholdService thresholdService;

  CatalogueController(CatalogueService catalogueService, ThresholdService thresholdService) {
    this.catalogueService = catalogueService;
    this.thresholdService = thresholdService;
  }

  @GetMapping
  CatalogueResponse catalogue(
      @RequestParam(required = false) String tier,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) String area) {
    RiskTier tierFilter = blank(tier) ? null : parseTier(tier);
    OwnerRole roleFilter = blank(role) ? null : parseRole(role);
    String areaFilter = blank(area) ? null : parseArea(area.trim());
    List<Requirement> requirements = catalogueService.filter(tierFilter, roleFilter, areaFilter);
    if (tierFilter == null) {
      Map<RiskTier, Thresholds> tiers = thresholdService.allTiers();
      return new CatalogueResponse(catalogueService.version(), catalogueService.sha256(), null,
          requirements.stream().map(r -> RequirementView.of(r, tiers)).toList());
    }
    Thresholds thresholds = thresholdService.forTier(tierFilter);
    return new CatalogueResponse(
        catalogueService.version(),
        catalogueService.sha256(),
        thresholds.version(),
        requirements.stream()
            .map(r -> RequirementView.of(r, thresholds, thresholdsOf(r, thresholds)))
            .toList());
  }

  private static Map<String, Object> thresholdsOf(Requirement requirement, Thresholds thresholds) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : requirement.thresholds()) {
      values.put(key, thresholds.has(key) ? thresholds.get(key) : null);
    }
    return values;
  }

  private static RiskTier parseTier(String tier) {
    try {
      return RiskTier.parse(tier);
    } catch (IllegalArgumentException e) {
      throw badRequest("tier", tier, RiskTier.allowed());
    }
  }

  private static OwnerRole parseRole(String role) {
    return OwnerRole.fromKey(role).orElseThrow(() -> badRequest("role", role, OwnerRole.allowed()));
  }

  private String parseArea(String area) {
    List<Area> areas = catalogueService.catalogue().areas();
    if (areas.stream().noneMatch(a -> a.key().equals(area))) {
      throw badRequest("area", area,
          areas.stream().map(Area::key).collect(Collectors.joining(", ")));
    }
    return area;
  }

  private static ResponseStatusException badRequest(String parameter, String value, String allowed) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "Unknown value '" + value + "' for parameter '" + parameter + "'; allowed: " + allowed);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Response of {@code GET /api/catalogue}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CatalogueResponse(
      String version, String sha256, String thresholdsVersion,
      List<RequirementView> requirements) {}

  /**
   * A requirement with all its fields; when a tier was asked for, also whether it is required and
   * a no-go at that tier, and {@code thresholds} becomes a map of each threshold key to its value
   * at that tier (without a tier it is the list of keys).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "area", "title", "position", "fallback", "controlObjective",
      "positions", "reframings", "weakWording", "weakExample", "bindingExample", "ownerRole",
      "requiredTiers", "noGoTiers", "notApplicable", "evidence", "thresholds", "references",
      "analysis", "required", "noGo"})
  record RequirementView(
      String id,
      String area,
      String title,
      String position,
      String fallback,
      String controlObjective,
      List<PositionView> positions,
      List<Reframing> reframings,
      List<String> weakWording,
      String weakExample,
      String bindingExample,
      OwnerRole ownerRole,
      List<RiskTier> requiredTiers,
      List<RiskTier> noGoTiers,
      NotApplicableRule notApplicable,
      Evidence evidence,
      Object thresholds,
      List<String> references,
      ClauseRule analysis,
      Boolean required,
      Boolean noGo) {

    /** Without a tier: each position's figures for every tier the requirement is required at. */
    static RequirementView of(Requirement r, Map<RiskTier, Thresholds> tiers) {
      List<PositionView> positions = r.positions().stream()
          .map(p -> new PositionView(p.rank(), p.preferred(), p.wording(),
              r.thresholds().isEmpty() ? null : figuresPerTier(r, p, tiers)))
          .toList();
      return new RequirementView(r.id(), r.area(), r.title(), r.position(), r.fallback(),
          r.controlObjective(), positions, r.reframings(), r.weakWording(), r.weakExample(),
          r.bindingExample(), r.ownerRole(), r.requiredTiers(), r.noGoTiers(), r.notApplicable(),
          r.evidence(), r.thresholds(), r.references(), r.analysis(), null, null);
    }

    /** With a tier: each position's figures at that tier. */
    static RequirementView of(Requirement r, Thresholds tier, Map<String, Object> thresholds) {
      List<PositionView> positions = r.positions().stream()
          .map(p -> new PositionView(p.rank(), p.preferred(), p.wording(),
              r.thresholds().isEmpty() ? null : p.figuresAt(tier)))
          .toList();
      return new RequirementView(r.id(), r.area(), r.title(), r.position(), r.fallback(),
          r.controlObjective(), positions, r.reframings(), r.weakWording(), r.weakExample(),
          r.bindingExample(), r.ownerRole(), r.requiredTiers(), r.noGoTiers(), r.notApplicable(),
          r.evidence(), thresholds, r.references(), r.analysis(), r.requiredAt(tier.tier()),
          r.noGoAt(tier.tier()));
    }

    private static Map<RiskTier, Map<String, Object>> figuresPerTier(
        Requirement r, Position p, Map<RiskTier, Thresholds> tiers) {
      Map<RiskTier, Map<String, Object>> perTier = new LinkedHashMap<>();
      for (RiskTier tier : r.requiredTiers()) {
        if (tiers.containsKey(tier)) {
          perTier.put(tier, p.figuresAt(tiers.get(tier)));
        }
      }
      return perTier;
    }
  }

  /**
   * One rung of a requirement's ladder: rank 0 is the preferred position, then the fallbacks in
   * the order they are offered. {@code figures} is what the position settles for (its own figure,
   * else the thresholds decision's): threshold key to value at the asked tier, or, without a tier,
   * tier to that map for each tier the requirement is required at. Absent for a requirement
   * without thresholds.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PositionView(int rank, boolean preferred, String wording, Object figures) {}

}
