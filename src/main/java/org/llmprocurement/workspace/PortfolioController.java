package org.llmprocurement.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.llmprocurement.intake.PortfolioQuery;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portfolio: {@code GET /app} (the page: filters, sortable table, paging, charts),
 * {@code GET /app/portfolio.csv} (every matching procurement, CSV) and {@code GET /app/charts.json}
 * (what the charts draw). All take the query parameters of {@code GET /api/procurements}
 * ({@link PortfolioQuery}: vendor, tier, q, sort, dir, page, size) and show only what the signed-in
 * user may see; a bad parameter is 400 naming it.
 */
@Controller
class PortfolioController {

  /** The CSV export's largest number of rows. */
  static final int CSV_LIMIT = 10_000;

  private final PortfolioView view;
  private final WorkspaceLinks links;

  PortfolioController(PortfolioView view, WorkspaceLinks links) {
    this.view = view;
    this.links = links;
  }

  /** The sortable columns: query-parameter name → heading. */
  static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("businessKey", "Procurement");
    columns.put("title", "Title");
    columns.put("vendor", "Vendor");
    columns.put("product", "Product");
    columns.put("tier", "Tier");
    return columns;
  }

  @GetMapping(path = {"/app", "/app/"}, produces = MediaType.TEXT_HTML_VALUE)
  String portfolio(@RequestParam(required = false) String vendor, @RequestParam(required = false) String tier,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size, Model model) {
    PortfolioQuery query = PortfolioQuery.parse(vendor, tier, q, sort, dir, page, size);
    PortfolioView.Rows rows = view.page(query);
    model.addAttribute("query", query);
    model.addAttribute("rows", rows);
    model.addAttribute("columns", COLUMNS);
    model.addAttribute("tiers", List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"));
    model.addAttribute("sortLinks", sortLinks(query));
    model.addAttribute("ariaSort", ariaSort(query));
    model.addAttribute("previous", query.page() > 0 ? link("/app", query, query.sort(), query.ascending(), query.page() - 1) : null);
    model.addAttribute("next", query.page() + 1 < rows.pages() ? link("/app", query, query.sort(), query.ascending(), query.page() + 1) : null);
    model.addAttribute("csvLink", link("/app/portfolio.csv", query, query.sort(), query.ascending(), null));
    model.addAttribute("chartsLink", link("/app/charts.json", query, null, false, null));
    model.addAttribute("charts", view.charts(query));
    return "workspace/portfolio";
  }

  /** The same page for scripts (Accept JSON): the rows as the page shows them. */
  @GetMapping(path = {"/app", "/app/"}, produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  PortfolioView.Rows portfolioJson(@RequestParam(required = false) String vendor, @RequestParam(required = false) String tier,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    return view.page(PortfolioQuery.parse(vendor, tier, q, sort, dir, page, size));
  }

  /** The chart data as JSON: byStage, byTier (counts), deadlines (kind, date, procurement, what). */
  @GetMapping(path = "/app/charts.json")
  org.springframework.http.ResponseEntity<PortfolioView.Charts> charts(@RequestParam(required = false) String vendor,
      @RequestParam(required = false) String tier, @RequestParam(required = false) String q) {
    return org.springframework.http.ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(view.charts(PortfolioQuery.parse(vendor, tier, q, null, null, null, null)));
  }

  /**
   * Every procurement matching the filters (sorted as asked, at most {@value #CSV_LIMIT}) as CSV
   * (RFC 4180, UTF-8), one row per procurement; open tasks as "Group n; Group m".
   */
  @GetMapping(path = "/app/portfolio.csv")
  void csv(@RequestParam(required = false) String vendor, @RequestParam(required = false) String tier,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
    PortfolioQuery query = PortfolioQuery.parse(vendor, tier, q, sort, dir, null, null);
    List<PortfolioView.Row> rows = view.all(query, CSV_LIMIT);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"portfolio.csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer out = response.getWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("Business key", "Title", "Vendor",
        "Product", "Tier", "Stage", "Open tasks", "Overdue tasks", "Gaps", "Renewal (term end)", "Notice deadline",
        "Workspace link").get())) {
      for (PortfolioView.Row row : rows) {
        csv.printRecord(row.businessKey(), row.title(), row.vendor(), row.product(), row.tier(), row.stageLabel(),
            row.openTasksByGroup().isEmpty() ? "" : row.openTasksText().replace(", ", "; "), row.overdue(), row.gaps(),
            row.renewal(), row.noticeDeadline(), "/app/procurements/" + row.id());
      }
    }
  }

  private Map<String, String> sortLinks(PortfolioQuery query) {
    Map<String, String> result = new LinkedHashMap<>();
    COLUMNS.keySet().forEach(column -> {
      boolean ascending = !(column.equals(query.sort()) && query.ascending());
      result.put(column, link("/app", query, column, ascending, null));
    });
    return result;
  }

  private static Map<String, String> ariaSort(PortfolioQuery query) {
    Map<String, String> result = new LinkedHashMap<>();
    COLUMNS.keySet().forEach(column -> result.put(column,
        column.equals(query.sort()) ? (query.ascending() ? "ascending" : "descending") : null));
    return result;
  }

  static String link(String path, PortfolioQuery query, String sort, boolean ascending, Integer page) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    if (query.vendor() != null) {
      uri.queryParam("vendor", query.vendor());
    }
    if (query.tier() != null) {
      uri.queryParam("tier", query.tier().name());
    }
    if (query.text() != null) {
      uri.queryParam("q", query.text());
    }
    if (sort != null) {
      uri.queryParam("sort", sort).queryParam("dir", ascending ? "asc" : "desc");
    }
    if (page != null) {
      uri.queryParam("page", page);
      if (query.size() != 20) {
        uri.queryParam("size", query.size());
      }
    }
    return uri.encode().build().toUriString();
  }
}
