package org.llmprocurement.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;

/** The negotiation over REST: the rounds, the issues list out, the vendor's answers in, with the same authorizations as Tasklist. */
class NegotiationApiTest extends NegotiationTest {

  private String path(String suffix) {
    return "/api/procurements/" + fixture.procurementId + "/negotiation" + suffix;
  }

  private List<NegotiationItem> items() {
    return negotiations.itemsOf(negotiations.latestRound(fixture.procurementId).orElseThrow());
  }

  @Test
  void theNegotiationShowsItsRoundsToProductGroupsOnly() {
    negotiate(AVAIL, LEGAL);
    Api.Response view = api.get(path(""), "demo-legal");
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    assertThat(view.json().at("/rounds/0/round").asInt()).isOne();
    assertThat(view.json().at("/rounds/0/status").asText()).isEqualTo("PREPARING");
    assertThat(view.json().at("/rounds/0/items").size()).isEqualTo(2);
    assertThat(view.json().at("/rounds/0/items/0/clauseBefore").asText()).isEqualTo("The Provider will use reasonable efforts.");

    assertThat(api.get(path(""), ReviewFixture.REQUESTER).status()).as("outside the product groups").isEqualTo(403);
    assertThat(api.get("/api/procurements/987654321/negotiation", "demo-procurement").status()).isEqualTo(404);
    assertThat(api.get(path("/package?format=pdf"), "demo-procurement").status()).isEqualTo(400);
  }

  @Test
  void theDocxIssuesListOpensWithOneRowPerItemAndTheCsvHasTheSameRows() throws Exception {
    negotiate(AVAIL, LEGAL);
    Api.Download docx = api.download(path("/package?format=docx"), "demo-procurement");
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.header("Content-Type")).startsWith(NegotiationController.DOCX);
    List<NegotiationItem> items = items();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
      XWPFTable table = document.getTables().get(0);
      assertThat(table.getRows()).hasSize(items.size() + 1);
      assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactlyElementsOf(IssuesList.DOCX_HEADINGS);
      for (int r = 0; r < items.size(); r++) {
        NegotiationItem item = items.get(r);
        var cells = table.getRow(r + 1).getTableCells();
        assertThat(cells.get(0).getText()).startsWith(item.getRequirementId() + ": " + item.getTitle());
        assertThat(cells.get(1).getText()).isEqualTo(item.getClauseBefore());
        assertThat(cells.get(2).getText()).isEqualTo(item.getFinding());
        assertThat(cells.get(3).getText()).isEqualTo(item.getRequestedWording());
        assertThat(cells.get(4).getText()).isEqualTo(item.getFallbackWording());
        assertThat(cells.get(5).getText()).as("vendor response column").isEmpty();
      }
    }
    Api.Download csv = api.download(path("/package?format=csv"), "demo-legal");
    List<List<String>> table = IssuesList.readCsv(csv.text(), new ArrayList<>());
    assertThat(table.get(0)).isEqualTo(IssuesList.COLUMNS);
    assertThat(table.subList(1, table.size())).extracting(row -> row.get(0))
        .containsExactlyElementsOf(items.stream().map(NegotiationItem::getRequirementId).toList());
    assertThat(api.get(path("/package"), "demo-it").json().get(0).get("requestedWording").asText())
        .isEqualTo(items.get(0).getRequestedWording());
  }

  @Test
  void answersAsJsonAreGuardedAndNameEveryProblem() {
    negotiate(AVAIL, LEGAL);
    Map<String, Object> countered = Map.of(AVAIL, Map.of("kind", "COUNTERED",
        "clauseText", "The Provider shall use commercially reasonable efforts to keep the Service available."));
    Api.Response early = api.put(path("/answers"), "demo-procurement", countered);
    assertThat(early.status()).as("the package is not sent yet").isEqualTo(409);

    sendPackage();
    Api.Response legalOnIt = api.put(path("/answers"), "demo-legal", countered);
    assertThat(legalOnIt.status()).as(legalOnIt.body()).isEqualTo(403);
    assertThat(legalOnIt.body()).contains(AVAIL + ": is owned by it");
    assertThat(api.put(path("/answers"), "demo-security", countered).status()).as("security owns nothing here").isEqualTo(403);

    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put(AVAIL, Map.of("kind", "COUNTERED"));
    bad.put(LEGAL, Map.of("kind", "REFUSED_IMPOSSIBLE", "colour", "red"));
    bad.put("NOPE-01", Map.of("kind", "ACCEPTED"));
    Api.Response refused = api.put(path("/answers"), "demo-procurement", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains(AVAIL + ": COUNTERED needs").contains(LEGAL + ": colour is not a field")
        .contains(LEGAL + ": REFUSED_IMPOSSIBLE needs the vendor's reason").contains("NOPE-01: is not an item of round 1");
    assertThat(items()).as("nothing written").allSatisfy(i -> assertThat(i.getAnswerKind()).isNull());

    Api.Response saved = api.put(path("/answers"), "demo-procurement", countered);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    NegotiationItem avail = items().stream().filter(i -> i.getRequirementId().equals(AVAIL)).findFirst().orElseThrow();
    assertThat(avail.getAnswerKind()).isEqualTo(VendorAnswer.Kind.COUNTERED);
    assertThat(avail.getAnswerVerdict()).as("the counter is analysed at the tier").isNotEqualTo("MEETS").isNotNull();
    assertThat(avail.getAnsweredVia()).isEqualTo("API");
    var row = rows(task(NegotiationProcess.RECORD_ANSWERS), "answers").stream()
        .filter(r -> AVAIL.equals(r.get("requirementId"))).findFirst().orElseThrow();
    assertThat(row.get("kind")).as("Tasklist starts from what is saved").isEqualTo("COUNTERED");
    assertThat(engine.getTaskService().getVariablesLocal(task(NegotiationProcess.RECORD_ANSWERS).getId()))
        .as("the answers are read from the round when the form is read, not stored on the task").doesNotContainKeys("answers", "roundNumber");

    Api.Response legal = api.put(path("/answers"), "demo-legal",
        Map.of(LEGAL, Map.of("kind", "REFUSED_INCONVENIENT", "reason", "Our liability cap is standard.")));
    assertThat(legal.status()).as(legal.body()).isEqualTo(200);
  }

  private Api.Response upload(String user, String fileName, String contentType, byte[] content) {
    return api.upload(path("/answers"), user, Map.of(), new Api.FilePart("file", fileName, contentType, content));
  }

  private List<List<String>> answeredCsv() {
    List<List<String>> table = IssuesList.readCsv(api.download(path("/package?format=csv"), "demo-procurement").text(), new ArrayList<>());
    for (List<String> row : table.subList(1, table.size())) {
      row.set(7, "REFUSED_INCONVENIENT");
      row.set(10, "Not in our standard terms.");
    }
    return table;
  }

  private static String csv(List<List<String>> table) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      out.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
    }
    return out.toString();
  }

  @Test
  void theReturnedIssuesListIsUploadedAsCsvAndBadFilesWriteNothing() {
    negotiate(AVAIL, LEGAL);
    sendPackage();
    List<List<String>> table = answeredCsv();

    List<List<String>> wrongColumns = new ArrayList<>(table);
    List<String> headings = new ArrayList<>(table.get(0));
    headings.set(7, "answer");
    wrongColumns.set(0, headings);
    Api.Response columns = upload("demo-procurement", "issues.csv", "text/csv", csv(wrongColumns).getBytes(StandardCharsets.UTF_8));
    assertThat(columns.status()).isEqualTo(400);
    assertThat(columns.body()).contains("column 'answer' is not a column").contains("column 'vendorResponse' is missing");

    List<List<String>> unknown = new ArrayList<>(table);
    List<String> extra = new ArrayList<>(table.get(1));
    extra.set(0, "NOPE-01");
    unknown.add(extra);
    Api.Response unknownRow = upload("demo-procurement", "issues.csv", "text/csv", csv(unknown).getBytes(StandardCharsets.UTF_8));
    assertThat(unknownRow.status()).isEqualTo(400);
    assertThat(unknownRow.body()).contains("NOPE-01 is not an item of this round");
    assertThat(items()).as("nothing written").allSatisfy(i -> assertThat(i.getAnswerKind()).isNull());

    Api.Response good = upload("demo-procurement", "issues.csv", "text/csv", csv(table).getBytes(StandardCharsets.UTF_8));
    assertThat(good.status()).as(good.body()).isEqualTo(200);
    assertThat(items()).allSatisfy(i -> {
      assertThat(i.getAnswerKind()).isEqualTo(VendorAnswer.Kind.REFUSED_INCONVENIENT);
      assertThat(i.getAnsweredVia()).isEqualTo("UPLOAD");
    });
  }

  @Test
  void theReturnedIssuesListIsUploadedAsXlsx() throws Exception {
    negotiate(AVAIL, LEGAL);
    sendPackage();
    List<List<String>> table = answeredCsv();
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Issues");
      for (int r = 0; r < table.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < table.get(r).size(); c++) {
          row.createCell(c).setCellValue(table.get(r).get(c));
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    Api.Response good = upload("demo-procurement", "issues.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
    assertThat(good.status()).as(good.body()).isEqualTo(200);
    assertThat(items()).allSatisfy(i -> assertThat(i.getAnswerKind()).isEqualTo(VendorAnswer.Kind.REFUSED_INCONVENIENT));
    assertThat(upload("demo-procurement", "issues.xlsx", "application/octet-stream", "PK not a workbook".getBytes(StandardCharsets.UTF_8))
        .body()).contains("not a readable XLSX workbook");
  }
}
