package org.llmprocurement.intake;

import java.util.ArrayList;
import java.util.List;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.web.ApiException;
import org.llmprocurement.web.QueryParameters;
import org.springframework.http.HttpStatus;

/**
 * A portfolio query as typed in a URL ({@code GET /api/procurements} and the workspace's
 * portfolio share it): {@code vendor} (part of the name), {@code tier}, {@code q} (part of the
 * business key, title or product), {@code sort} (businessKey, title, vendor, product, tier,
 * created) with {@code dir} (asc or desc), {@code page} from 0 and {@code size} 1–100.
 */
public record PortfolioQuery(String vendor, RiskTier tier, String text, String sort, boolean ascending, int page, int size) {

  /** Reads the parameters; 400 naming every bad one. Blank means "not given". */
  public static PortfolioQuery parse(String vendor, String tier, String text, String sort, String dir, String page,
      String size) {
    List<String> problems = new ArrayList<>();
    RiskTier riskTier = null;
    if (tier != null && !tier.isBlank()) {
      try {
        riskTier = RiskTier.parse(tier);
      } catch (IllegalArgumentException e) {
        problems.add("tier: '" + tier + "' is not one of LOW, MEDIUM, HIGH, CRITICAL");
      }
    }
    int pageNumber = QueryParameters.wholeNumber("page", page == null || page.isBlank() ? "0" : page, 0, 1_000_000, problems);
    int pageSize = QueryParameters.wholeNumber("size", size == null || size.isBlank() ? "20" : size, 1, 100, problems);
    if (vendor != null && vendor.length() > 200) {
      problems.add("vendor: at most 200 characters");
    }
    if (text != null && text.length() > 200) {
      problems.add("q: at most 200 characters");
    }
    String sortKey = sort == null || sort.isBlank() ? null : sort;
    if (sortKey != null && !IntakeService.SORTS.containsKey(sortKey)) {
      problems.add("sort: '" + sort + "' is not one of businessKey, title, vendor, product, tier, created");
    }
    boolean ascending;
    if (dir == null || dir.isBlank()) {
      ascending = sortKey != null && !"created".equals(sortKey);
    } else if (dir.equalsIgnoreCase("asc") || dir.equalsIgnoreCase("desc")) {
      ascending = dir.equalsIgnoreCase("asc");
    } else {
      problems.add("dir: '" + dir + "' is not asc or desc");
      ascending = false;
    }
    if (!problems.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid portfolio query", problems);
    }
    return new PortfolioQuery(blankToNull(vendor), riskTier, blankToNull(text), sortKey, ascending, pageNumber, pageSize);
  }

  /** The page of procurements this query finds within the caller's scope. */
  public org.springframework.data.domain.Page<Procurement> run(IntakeService intake, ProcurementAccess.Scope scope) {
    return intake.search(new IntakeService.PortfolioFilter(vendor, tier, text, scope.groups()), page, size, sort, ascending);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
