package org.llmprocurement.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workspace's user guide and its pictures stay together: the portfolio's and the sign-in
 * page's pictures exist, and every picture in docs/workspace/ is shown in docs/workspace.md (a
 * picture nobody shows is one a page change forgot). The pictures are taken by the browser tests:
 * tools/workspace/screenshots.sh.
 */
@Tag("unit")
class WorkspacePicturesTest {

  private static final Path DOCS = Path.of(System.getProperty("project.basedir", "."), "docs");

  @Test
  void theGuideShowsEveryPictureAndThePortfolioPicturesExist() throws IOException {
    String guide = Files.readString(DOCS.resolve("workspace.md"));
    Matcher links = Pattern.compile("!\\[[^\\]]*\\]\\((workspace/[^)]+\\.png)\\)").matcher(guide);
    List<String> shown = links.results().map(m -> m.group(1)).toList();
    assertThat(shown).contains("workspace/portfolio.png", "workspace/sign-in.png");
    assertThat(DOCS.resolve("workspace/portfolio.png")).isRegularFile();
    assertThat(DOCS.resolve("workspace/sign-in.png")).isRegularFile();
    try (Stream<Path> pictures = Files.list(DOCS.resolve("workspace"))) {
      assertThat(pictures.filter(p -> p.toString().endsWith(".png")).map(p -> "workspace/" + p.getFileName()))
          .as("pictures in docs/workspace/ that docs/workspace.md does not show")
          .allMatch(shown::contains);
    }
  }
}
