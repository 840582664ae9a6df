package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Document names and titles follow the same text rules as every other field. */
@Tag("unit")
class UploadTextRulesTest {

  @Test
  void bidirectionalAndInvisibleCharactersLeaveFileNames() {
    assertThat(Upload.fileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
    assertThat(Upload.fileName("m\u200Bsa.pdf")).isEqualTo("msa.pdf");
    assertThat(Upload.fileName("\uFEFFdpa.pdf")).isEqualTo("dpa.pdf");
  }

  @Test
  void titlesWithBidirectionalOrZeroWidthCharactersAreRefused() {
    byte[] pdf = "%PDF-1.4 x".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String title : new String[] {"MSA \u202Ev2", "M\u200BSA", "MSA\u2066"}) {
      Upload.Result result = Upload.check(new Upload.Raw(pdf, 1, "msa.pdf", "application/pdf", "MSA", title, null,
          java.util.List.of("type", "title", "file")));
      assertThat(result.problems()).as(title).anyMatch(p -> p.startsWith("title: contains the character U+"));
    }
  }
}
