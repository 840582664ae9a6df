package org.llmprocurement.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit tests of {@link DiagramPicturesUpToDateTest#problems(Path)} on throwaway repository layouts. */
@Tag("unit")
class DiagramHashCheckTest {

  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process>
      </bpmn:definitions>
      """;

  @TempDir
  Path root;

  private Path model(String name, String content) throws IOException {
    Path processes = Files.createDirectories(root.resolve("processes"));
    return Files.writeString(processes.resolve(name), content, StandardCharsets.UTF_8);
  }

  private void picture(String base, String hashContent) throws IOException {
    Path pictures = Files.createDirectories(root.resolve("docs/diagrams"));
    Files.write(pictures.resolve(base + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    if (hashContent != null) {
      Files.writeString(pictures.resolve(base + ".png.sha256"), hashContent, StandardCharsets.UTF_8);
    }
  }

  @Test
  void matchingPictureAndHashPass() throws IOException {
    Path bpmn = model("purchase.bpmn", BPMN);
    picture("purchase", DiagramPicturesUpToDateTest.sha256Hex(bpmn) + "\n");

    assertEquals(List.of(), DiagramPicturesUpToDateTest.problems(root));
  }

  @Test
  void hashIsTheSha256OfTheFileBytes() throws IOException {
    Path empty = model("empty.bpmn", "");
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        DiagramPicturesUpToDateTest.sha256Hex(empty));
  }

  @Test
  void changedModelIsReportedAsMismatch() throws IOException {
    Path bpmn = model("purchase.bpmn", BPMN);
    picture("purchase", DiagramPicturesUpToDateTest.sha256Hex(bpmn));
    Files.writeString(bpmn, BPMN.replace("id=\"s\"", "id=\"s\" name=\"Start\""), StandardCharsets.UTF_8);

    List<String> problems = DiagramPicturesUpToDateTest.problems(root);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("processes/purchase.bpmn"), problems.get(0));
    assertTrue(problems.get(0).contains("rendered from other content"), problems.get(0));
    assertTrue(problems.get(0).contains("run tools/diagrams/render.sh"), problems.get(0));
  }

  @Test
  void missingPictureIsReported() throws IOException {
    Path ok = model("a-ok.bpmn", BPMN);
    picture("a-ok", DiagramPicturesUpToDateTest.sha256Hex(ok));
    model("b-new.bpmn", BPMN);

    List<String> problems = DiagramPicturesUpToDateTest.problems(root);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("processes/b-new.bpmn"), problems.get(0));
    assertTrue(problems.get(0).contains("docs/diagrams/b-new.png is missing"), problems.get(0));
    assertTrue(problems.get(0).contains("run tools/diagrams/render.sh"), problems.get(0));
  }

  @Test
  void missingHashFileIsReported() throws IOException {
    model("purchase.bpmn", BPMN);
    picture("purchase", null);

    List<String> problems = DiagramPicturesUpToDateTest.problems(root);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("purchase.png.sha256 is missing"), problems.get(0));
    assertTrue(problems.get(0).contains("run tools/diagrams/render.sh"), problems.get(0));
  }

  @Test
  void noBpmnAtAllIsAFailureNotAPass() throws IOException {
    assertTrue(DiagramPicturesUpToDateTest.problems(root).get(0).contains("nothing to check"));

    model("decision.dmn", "<definitions/>");
    List<String> problems = DiagramPicturesUpToDateTest.problems(root);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("nothing to check"), problems.get(0));
  }

  @Test
  void onlyTopLevelBpmnFilesOfProcessesCount() throws IOException {
    Path bpmn = model("purchase.bpmn", BPMN);
    picture("purchase", DiagramPicturesUpToDateTest.sha256Hex(bpmn));
    Files.createDirectories(root.resolve("processes/drafts"));
    Files.writeString(root.resolve("processes/drafts/wip.bpmn"), BPMN, StandardCharsets.UTF_8);

    assertEquals(List.of(), DiagramPicturesUpToDateTest.problems(root));
  }
}
