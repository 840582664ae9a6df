package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Content-Disposition of a download names the stored file safely for every client. */
class AttachmentHeaderTest {

  @Test
  void asciiNamesAreQuoted() {
    assertThat(DocumentController.attachment("Acme DPA (signed).pdf"))
        .isEqualTo("attachment; filename=\"Acme DPA (signed).pdf\"");
    assertThat(DocumentController.attachment("say \"hi\" \\ bye.txt"))
        .isEqualTo("attachment; filename=\"say \\\"hi\\\" \\\\ bye.txt\"");
  }

  @Test
  void otherNamesGetAnAsciiFallbackAndAnEncodedForm() {
    assertThat(DocumentController.attachment("Größe Vertrag.pdf"))
        .isEqualTo("attachment; filename=\"Gr__e Vertrag.pdf\"; filename*=UTF-8''Gr%C3%B6%C3%9Fe%20Vertrag.pdf");
  }
}
