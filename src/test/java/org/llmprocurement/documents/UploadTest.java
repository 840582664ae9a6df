package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checking an upload: every bad field named, defaults and clean-ups applied. */
class UploadTest {

  private static final byte[] PDF = "%PDF-1.7 master services agreement".getBytes(StandardCharsets.UTF_8);

  private static Upload.Raw raw(byte[] content, String type, String title, String effectiveDate) {
    return new Upload.Raw(content, content == null ? 0 : 1, "msa.pdf", "application/pdf", type, title, effectiveDate,
        List.of("file", "type"));
  }

  @Test
  void aTitleDefaultsToTheTypeAndTheDateIsParsed() {
    Upload.Result result = Upload.check(raw(PDF, "msa", null, "2026-03-01"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.upload().type()).isEqualTo(DocumentType.MSA);
    assertThat(result.upload().title()).isEqualTo("MSA");
    assertThat(result.upload().effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(result.upload().fileName()).isEqualTo("msa.pdf");
    assertThat(result.upload().contentType()).isEqualTo("application/pdf");
  }

  @Test
  void titlesAreTrimmedAndInnerBlanksCollapsedSoOneFamilyStaysOne() {
    assertThat(Upload.check(raw(PDF, "EVIDENCE", "  SOC 2   Type II report ", null)).upload().title())
        .isEqualTo("SOC 2 Type II report");
  }

  @Test
  void everyBadFieldIsNamed() {
    Upload.Raw raw = new Upload.Raw(null, 0, null, null, "CONTRACT", "x".repeat(201), "01.03.2026",
        List.of("type", "title", "effectiveDate", "comment"));

    assertThat(Upload.check(raw).problems()).containsExactly(
        "comment: is not a field of a document upload (fields: file, type, title, effectiveDate)",
        "file: is required (a multipart part named 'file')",
        "type: unknown value 'CONTRACT', allowed: [MSA, DPA, ORDER_FORM, SLA_EXHIBIT, SECURITY_EXHIBIT, AI_ADDENDUM, EVIDENCE, OTHER]",
        "title: must be at most 200 characters",
        "effectiveDate: '01.03.2026' is not a date like 2026-01-31");
  }

  @Test
  void emptyFileAndMissingTypeAreProblems() {
    assertThat(Upload.check(raw(new byte[0], " ", null, null)).problems()).containsExactly(
        "file: is empty",
        "type: is required, one of [MSA, DPA, ORDER_FORM, SLA_EXHIBIT, SECURITY_EXHIBIT, AI_ADDENDUM, EVIDENCE, OTHER]");
  }

  @Test
  void twoFilesInOneUploadAreRefused() {
    Upload.Raw raw = new Upload.Raw(PDF, 2, "a.pdf", "application/pdf", "DPA", null, null, List.of("file", "type"));
    assertThat(Upload.check(raw).problems()).containsExactly("file: send exactly one file per upload, not 2");
  }

  @Test
  void fileNamesLoseTheirPathAndControlCharacters() {
    assertThat(Upload.fileName("C:\\Users\\buyer\\Desktop\\DPA v3.docx")).isEqualTo("DPA v3.docx");
    assertThat(Upload.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(Upload.fileName("evil\r\nX-Header: 1.pdf")).isEqualTo("evilX-Header: 1.pdf");
    assertThat(Upload.fileName("..")).isEqualTo("document");
    assertThat(Upload.fileName(null)).isEqualTo("document");
    String longName = Upload.fileName("a".repeat(300) + ".pdf");
    assertThat(longName).hasSize(255).endsWith("a.pdf");
  }

  @Test
  void contentTypesThatAreMissingOrNonsenseBecomeOctetStream() {
    assertThat(Upload.contentType("application/pdf")).isEqualTo("application/pdf");
    assertThat(Upload.contentType("text/plain;charset=UTF-8")).isEqualTo("text/plain;charset=UTF-8");
    assertThat(Upload.contentType(null)).isEqualTo("application/octet-stream");
    assertThat(Upload.contentType("not a type")).isEqualTo("application/octet-stream");
    assertThat(Upload.contentType("*/*")).isEqualTo("application/octet-stream");
  }
}
