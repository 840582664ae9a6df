package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How a review row's document drop-down names a document. */
class DocumentChoicesLabelTest {

  private static DocumentInfo document(DocumentType type, String title, int version, String file) {
    return new DocumentInfo(7, 1, type, title, version, file, "application/pdf", 10, "ab", "demo-procurement",
        Instant.parse("2026-12-01T09:00:00Z"), null, null);
  }

  @Test
  void typeVersionAndFileAndTheTitleOnlyWhenItSaysMore() {
    assertThat(DocumentChoices.label(document(DocumentType.DPA, "DPA", 2, "dpa-acme.pdf"), true)).isEqualTo("DPA v2 \u00b7 dpa-acme.pdf");
    assertThat(DocumentChoices.label(document(DocumentType.MSA, "Master agreement", 3, "msa.pdf"), true))
        .isEqualTo("MSA \u201cMaster agreement\u201d v3 \u00b7 msa.pdf");
  }

  @Test
  void anOlderVersionIsMarkedSuperseded() {
    assertThat(DocumentChoices.label(document(DocumentType.DPA, "DPA", 1, "dpa-old.pdf"), false))
        .isEqualTo("DPA v1 \u00b7 dpa-old.pdf (superseded)");
  }
}
