package org.llmprocurement.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.llmprocurement.domain.RiskTier;

/**
 * Reads the catalogue YAML: first as a tree, which {@link CatalogueValidator} checks field by
 * field, then into the {@link Catalogue} records.
 *
 * <p>Catalogue versions recorded before fallback ladders existed (2026.11.x and older) name one
 * {@code fallback:} text per requirement and no control objective. {@link #loadStored} still reads
 * them: the single fallback becomes a list of one, without figures, and the objective stays null.
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

  /**
   * Maps a tree onto the records; a requirement in the old shape (a single {@code fallback} text)
   * is read as one fallback.
   */
  static Catalogue toCatalogue(JsonNode tree) {
    try {
      return YAML.treeToValue(upgrade(tree.deepCopy()), Catalogue.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new CatalogueValidationException(
          java.util.List.of("catalogue: cannot be mapped: "
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
    }
  }

  /** Turns each {@code fallback: text} into {@code fallbacks: [{wording: text}]}. */
  private static JsonNode upgrade(JsonNode tree) {
    JsonNode requirements = tree.get("requirements");
    if (requirements == null || !requirements.isArray()) {
      return tree;
    }
    for (JsonNode requirement : requirements) {
      if (requirement instanceof ObjectNode node && node.has("fallback") && !node.has("fallbacks")) {
        JsonNode single = node.remove("fallback");
        if (single != null && single.isValueNode() && !single.asText().isBlank()) {
          node.putArray("fallbacks").addObject().put("wording", single.asText());
        }
      }
    }
    return tree;
  }

  /**
   * Reads, validates and maps the current catalogue.
   *
   * @param tiers the tier thresholds decision's outputs for every tier: its keys are the only
   *     threshold keys a requirement may name, and its values the bars no fallback may exceed
   */
  static Catalogue load(String yaml, Map<RiskTier, Thresholds> tiers) {
    JsonNode tree = readTree(yaml);
    new CatalogueValidator(tiers).validate(tree);
    return toCatalogue(tree);
  }

  /**
   * Reads a catalogue version recorded earlier (from {@code catalogue_version}) without validating
   * it against today's rules: it was valid when it ran, and procurements pinned to it must still
   * load. The old single-fallback shape is accepted.
   */
  static Catalogue loadStored(String yaml) {
    return toCatalogue(readTree(yaml));
  }
}
