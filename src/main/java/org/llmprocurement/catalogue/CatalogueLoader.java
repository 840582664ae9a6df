package org.llmprocurement.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads the catalogue YAML: first as a tree, which {@link CatalogueValidator} checks field by
 * field, then into the {@link Catalogue} records.
 */
final class CatalogueLoader {

  /** Location of the catalogue on the classpath. */
  static final String CLASSPATH_LOCATION = "catalogue/catalogue.yaml";

  /** Location of the catalogue source relative to the project directory. */
  static final String SOURCE_LOCATION = "src/main/resources/" + CLASSPATH_LOCATION;

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private CatalogueLoader() {}

  static String readClasspath(String location) {
    try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("Catalogue not found on the classpath: " + location);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + location, e);
    }
  }

  static String readFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + path, e);
    }
  }

  /** Parses YAML into a tree; a syntax error is reported with its line. */
  static JsonNode readTree(String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      if (tree == null || !tree.isObject()) {
        throw new CatalogueValidationException(
            java.util.List.of("catalogue: the file is empty or not a YAML mapping"));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new CatalogueValidationException(
          java.util.List.of("catalogue: not valid YAML: " + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
    }
  }

  /** Maps a tree that passed validation onto the records. */
  static Catalogue toCatalogue(JsonNode tree) {
    try {
      return YAML.treeToValue(tree, Catalogue.class);
    } catch (JsonProcessingException e) {
      throw new CatalogueValidationException(
          java.util.List.of("catalogue: cannot be mapped: " + e.getOriginalMessage()));
    }
  }

  /** Reads, validates and maps a catalogue. */
  static Catalogue load(String yaml, Set<String> thresholdKeys) {
    JsonNode tree = readTree(yaml);
    new CatalogueValidator(thresholdKeys).validate(tree);
    return toCatalogue(tree);
  }
}
