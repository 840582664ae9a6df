package org.llmprocurement.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** No Docker engine runs here, so the compose file is checked by reading it. */
@Tag("unit")
class DockerComposeTest {

  private static final Path ROOT = Path.of(System.getProperty("project.basedir", "."));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

  private final JsonNode compose = read(ROOT.resolve("docker-compose.yml"));

  @Test
  void appRunsWithPostgresAndProdProfilesAfterAHealthyDatabase() {
    JsonNode app = compose.at("/services/app");
    assertThat(app.at("/environment/SPRING_PROFILES_ACTIVE").asText()).isEqualTo("postgres,prod");
    assertThat(app.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(compose.at("/services/postgres/healthcheck/test").toString()).contains("pg_isready");
    assertThat(app.at("/environment/DB_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
  }

  @Test
  void passwordsAreRequiredFromTheEnvironment() {
    JsonNode env = compose.at("/services/app/environment");
    assertThat(env.get("ADMIN_PASSWORD").asText()).startsWith("${ADMIN_PASSWORD:?");
    assertThat(env.get("DB_PASSWORD").asText()).startsWith("${DB_PASSWORD:?");
    assertThat(compose.at("/services/postgres/environment/POSTGRES_PASSWORD").asText()).startsWith("${DB_PASSWORD:?");
  }

  @Test
  void everyVariableGivenToTheAppIsOneTheAppReads() throws IOException {
    Set<String> read = new HashSet<>();
    for (String file : new String[] {"application.yaml", "application-postgres.yaml"}) {
      Matcher matcher = PLACEHOLDER.matcher(Files.readString(ROOT.resolve("src/main/resources/" + file)));
      while (matcher.find()) {
        read.add(matcher.group(1));
      }
    }
    read.add("SPRING_PROFILES_ACTIVE"); // Spring Boot itself
    read.add("ADMIN_PASSWORD");         // AdminPasswordPolicy and IdentityBootstrap
    read.add("JAVA_TOOL_OPTIONS");      // the JVM itself: the documented heap (docs/operations.md, "Memory")
    Iterator<Map.Entry<String, JsonNode>> fields = compose.at("/services/app/environment").fields();
    while (fields.hasNext()) {
      String name = fields.next().getKey();
      assertThat(read).as("the application never reads " + name).contains(name);
    }
    assertThat(read).contains("DB_URL", "DB_USER", "DB_PASSWORD");
    assertThat(compose.at("/services/app/environment/JAVA_TOOL_OPTIONS").asText())
        .as("the heap operations.md documents, overridable").isEqualTo("${JAVA_TOOL_OPTIONS:--Xmx512m}");
  }

  private static JsonNode read(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
