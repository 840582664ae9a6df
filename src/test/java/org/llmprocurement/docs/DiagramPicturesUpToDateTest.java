package org.llmprocurement.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every BPMN model in {@code processes/} must have a picture in {@code docs/diagrams/} rendered from
 * its current bytes: {@code docs/diagrams/<basename>.png} plus {@code <basename>.png.sha256} holding
 * the SHA-256 (hex) of the BPMN file. File dates mean nothing in a fresh clone, so the recorded hash
 * is the only evidence. Fix a failure with {@code tools/diagrams/render.sh}.
 */
@Tag("unit")
class DiagramPicturesUpToDateTest {

  static final String FIX = "run tools/diagrams/render.sh";

  @Test
  void everyBpmnModelHasAnUpToDatePicture() {
    Path root = repositoryRoot();
    List<String> problems = problems(root);
    if (!problems.isEmpty()) {
      fail("Diagram pictures are missing or out of date in " + root + ":\n  - "
          + String.join("\n  - ", problems));
    }
  }

  /** The repository root: system property {@code project.basedir} (surefire sets it), else the working directory. */
  static Path repositoryRoot() {
    String basedir = System.getProperty("project.basedir");
    Path root = basedir == null || basedir.isBlank() ? Paths.get("") : Paths.get(basedir);
    return root.toAbsolutePath().normalize();
  }

  /**
   * Checks {@code root/processes/*.bpmn} against {@code root/docs/diagrams}. Returns one message per
   * problem, each naming the file and saying "run tools/diagrams/render.sh"; empty when all is well.
   * A {@code processes/} without any {@code .bpmn} file is itself a problem ("nothing to check").
   */
  static List<String> problems(Path root) {
    Path processes = root.resolve("processes");
    Path pictures = root.resolve("docs").resolve("diagrams");
    List<Path> models = bpmnFiles(processes);
    List<String> problems = new ArrayList<>();
    if (models.isEmpty()) {
      problems.add("processes/ contains no .bpmn file: nothing to check (looked in " + processes + ")");
      return problems;
    }
    for (Path model : models) {
      String name = model.getFileName().toString();
      String base = name.substring(0, name.length() - ".bpmn".length());
      Path png = pictures.resolve(base + ".png");
      Path hashFile = pictures.resolve(base + ".png.sha256");
      String source = "processes/" + name;
      if (!Files.isRegularFile(png)) {
        problems.add(source + ": picture docs/diagrams/" + base + ".png is missing; " + FIX);
        continue;
      }
      if (!Files.isRegularFile(hashFile)) {
        problems.add(source + ": docs/diagrams/" + base + ".png.sha256 is missing; " + FIX);
        continue;
      }
      String recorded = read(hashFile).trim();
      String actual = sha256Hex(model);
      if (!recorded.equalsIgnoreCase(actual)) {
        problems.add(source + ": docs/diagrams/" + base + ".png was rendered from other content (recorded "
            + abbreviate(recorded) + ", current " + abbreviate(actual) + "); " + FIX);
      }
    }
    return problems;
  }

  private static List<Path> bpmnFiles(Path processes) {
    if (!Files.isDirectory(processes)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(processes)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".bpmn"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256Hex(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) + "…" : "'" + hash + "'";
  }
}
