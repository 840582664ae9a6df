package org.llmprocurement.negotiation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The issues list of a round, the document that goes to the vendor and comes back answered: written
 * as DOCX (Apache POI), CSV and JSON, and read back from CSV or XLSX with the same columns. Engine-
 * and database-free.
 */
public final class IssuesList {

  /** One item of the list, as sent. */
  public record Item(String requirementId, String title, String reference, String currentClause, String finding,
      String requestedWording, String fallback) {}

  /** The columns of the CSV and XLSX, in order; the vendor fills the last four. */
  public static final List<String> COLUMNS = List.of("requirementId", "title", "reference", "currentClause", "finding",
      "requestedWording", "fallbackWeCouldAccept", "vendorResponse", "newClauseText", "newReference", "vendorReason");

  /** The column headings of the DOCX table, one row per item. */
  public static final List<String> DOCX_HEADINGS = List.of("Requirement", "Current clause", "Finding", "Requested wording",
      "Fallback we could accept", "Vendor response");

  /** Largest upload read, in bytes (the issues list of every catalogue requirement is far smaller). */
  public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

  private IssuesList() {}

  // ---- out --------------------------------------------------------------------------------------

  /** RFC 4180 CSV (CRLF, quotes where needed) with {@link #COLUMNS}; the vendor columns empty. */
  public static String csv(List<Item> items) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Item item : items) {
      List<String> cells = List.of(item.requirementId(), item.title(), n(item.reference()), n(item.currentClause()),
          n(item.finding()), n(item.requestedWording()), n(item.fallback()), "", "", "", "");
      out.append(String.join(",", cells.stream().map(IssuesList::quote).toList())).append("\r\n");
    }
    return out.toString();
  }

  /** The DOCX issues list: a heading, how to answer, and one table row per item. */
  public static byte[] docx(String title, String intro, List<Item> items) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph heading = document.createParagraph();
      heading.setAlignment(ParagraphAlignment.LEFT);
      XWPFRun headingRun = heading.createRun();
      headingRun.setBold(true);
      headingRun.setFontSize(14);
      headingRun.setText(title);
      document.createParagraph().createRun().setText(intro);
      XWPFTable table = document.createTable(items.size() + 1, DOCX_HEADINGS.size());
      table.setWidth("100%");
      XWPFTableRow header = table.getRow(0);
      header.setRepeatHeader(true);
      for (int c = 0; c < DOCX_HEADINGS.size(); c++) {
        XWPFRun run = header.getCell(c).getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(DOCX_HEADINGS.get(c));
      }
      for (int r = 0; r < items.size(); r++) {
        Item item = items.get(r);
        List<String> cells = List.of(
            item.requirementId() + ": " + item.title() + (item.reference() == null || item.reference().isBlank() ? "" : " (" + item.reference() + ")"),
            n(item.currentClause()), n(item.finding()), n(item.requestedWording()), n(item.fallback()), "");
        XWPFTableRow row = table.getRow(r + 1);
        for (int c = 0; c < cells.size(); c++) {
          row.getCell(c).getParagraphs().get(0).createRun().setText(cells.get(c));
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the issues list", e);
    }
  }

  // ---- back -------------------------------------------------------------------------------------

  /**
   * The answers of an uploaded issues list: requirement id to the answer's fields ({@code kind},
   * {@code clauseText}, {@code section}, {@code reason}); rows without a vendor response are left
   * out. Every problem is added naming the column or the row's requirement; the caller writes
   * nothing when there is one.
   *
   * @param table the rows, the first one the headings
   * @param itemsOfRound requirement ids of the round
   */
  public static Map<String, Map<String, Object>> answers(List<List<String>> table, Set<String> itemsOfRound,
      List<String> problems) {
    Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
    if (table.isEmpty()) {
      problems.add("the file is empty: the first row must name the columns " + COLUMNS);
      return answers;
    }
    List<String> headings = table.get(0).stream().map(h -> h == null ? "" : h.trim().replace("\uFEFF", "")).toList();
    Set<String> unknown = new LinkedHashSet<>(headings);
    COLUMNS.forEach(unknown::remove);
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    headings.forEach(missing::remove);
    unknown.forEach(c -> problems.add("column '" + c + "' is not a column of the issues list " + COLUMNS));
    missing.forEach(c -> problems.add("column '" + c + "' is missing"));
    if (headings.size() != new LinkedHashSet<>(headings).size()) {
      problems.add("a column is named twice");
    }
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      return answers;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < headings.size(); c++) {
        row.put(headings.get(c), c < cells.size() && cells.get(c) != null ? cells.get(c).trim() : "");
      }
      String id = row.get("requirementId");
      if (id.isEmpty()) {
        problems.add("row " + (r + 1) + ": requirementId is empty");
        continue;
      }
      if (!itemsOfRound.contains(id)) {
        problems.add("row " + (r + 1) + ": " + id + " is not an item of this round");
        continue;
      }
      if (!seen.add(id)) {
        problems.add("row " + (r + 1) + ": " + id + " appears twice");
        continue;
      }
      if (row.get("vendorResponse").isEmpty() && row.get("newClauseText").isEmpty() && row.get("vendorReason").isEmpty()) {
        continue;
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("kind", row.get("vendorResponse"));
      answer.put("clauseText", row.get("newClauseText"));
      answer.put("section", row.get("newReference"));
      answer.put("reason", row.get("vendorReason"));
      answers.put(id, answer);
    }
    return answers;
  }

  /** Rows of an RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). */
  public static List<List<String>> readCsv(String text, List<String> problems) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      any = true;
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      problems.add("the CSV ends inside a quoted field");
    }
    if (any || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Rows of the first sheet of an XLSX workbook, every cell as the text Excel shows. */
  public static List<List<String>> readXlsx(byte[] bytes, List<String> problems) {
    List<List<String>> rows = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        problems.add("the workbook has no sheet");
        return rows;
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      int width = 0;
      for (Row row : sheet) {
        width = Math.max(width, row.getLastCellNum());
      }
      for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum() && r >= 0; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          Cell cell = row == null ? null : row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty() && r == sheet.getFirstRowNum()) {
          cells.remove(cells.size() - 1);
        }
        rows.add(cells);
      }
    } catch (IOException | RuntimeException e) {
      problems.add("the file is not a readable XLSX workbook");
    }
    return rows;
  }

  private static String quote(String value) {
    String v = n(value);
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String n(String value) {
    return value == null ? "" : value;
  }
}
