package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.List;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementAccess;
import org.llmprocurement.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/clause-analysis}: is this vendor clause binding, vague, or below our bar? */
@RestController
class ClauseAnalysisController {

  private final ClauseJudge judge;
  private final CatalogueService catalogue;
  private final ProcurementAccess access;

  ClauseAnalysisController(ClauseJudge judge, CatalogueService catalogue, ProcurementAccess access) {
    this.judge = judge;
    this.catalogue = catalogue;
    this.access = access;
  }

  /**
   * @param area judge against the requirements of this area (or give requirementId)
   * @param requirementId judge against this requirement
   * @param tier thresholds to apply; defaults to the procurement's tier when procurementId is given
   * @param text the clause, at most {@link ClauseAnalysisService#MAX_TEXT_LENGTH} characters
   * @param procurementId judge scope too: the procurement's surfaces and allowed regions
   */
  record Request(String area, String requirementId, String tier, String text, Long procurementId) {}

  @PostMapping(path = "/api/clause-analysis", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ClauseJudge.Judgement analyse(@RequestBody Request request) {
    access.requireProductGroup();
    List<String> problems = new ArrayList<>();
    boolean hasArea = request.area() != null && !request.area().isBlank();
    boolean hasRequirement = request.requirementId() != null && !request.requirementId().isBlank();
    if (hasArea == hasRequirement) {
      problems.add("give exactly one of area or requirementId");
    }
    if (hasArea && catalogue.catalogue().area(request.area().trim()).isEmpty()) {
      problems.add("area: unknown area '" + request.area() + "'");
    }
    Requirement requirement = hasRequirement ? catalogue.requirement(request.requirementId().trim()).orElse(null) : null;
    if (hasRequirement && requirement == null) {
      problems.add("requirementId: unknown requirement '" + request.requirementId() + "'");
    }
    if (request.text() == null || request.text().isBlank()) {
      problems.add("text: is required");
    } else if (request.text().length() > ClauseAnalysisService.MAX_TEXT_LENGTH) {
      problems.add("text: must be at most " + ClauseAnalysisService.MAX_TEXT_LENGTH + " characters");
    }
    RiskTier tier = null;
    if (request.tier() != null && !request.tier().isBlank()) {
      try {
        tier = RiskTier.parse(request.tier());
      } catch (IllegalArgumentException e) {
        problems.add("tier: " + e.getMessage());
      }
    } else if (request.procurementId() == null) {
      problems.add("tier: is required (one of " + RiskTier.allowed() + ") unless procurementId is given");
    }
    Procurement procurement = null;
    if (request.procurementId() != null) {
      try {
        procurement = access.visible(request.procurementId()); // 403 as it comes: before any detail
      } catch (ApiException e) {
        if (e.status() != HttpStatus.NOT_FOUND || problems.isEmpty()) {
          throw e;
        }
        // with other problems, the refusal names this one too (alone it stays a 404)
        problems.add("procurementId: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid clause-analysis request", problems);
    }
    Scope scope = Scope.none();
    String thresholdsVersion = null;
    if (procurement != null) {
      scope = ClauseJudge.scopeOf(procurement);
      if (tier == null || tier == procurement.getRiskTier()) {
        // the procurement's own tier: judge with the threshold version it is reviewed under
        tier = procurement.getRiskTier();
        thresholdsVersion = procurement.getThresholdsVersion();
      }
    }
    return requirement != null
        ? judge.judge(requirement, tier, thresholdsVersion, request.text(), scope)
        : judge.judgeArea(request.area().trim(), tier, thresholdsVersion, request.text(), scope);
  }

}
