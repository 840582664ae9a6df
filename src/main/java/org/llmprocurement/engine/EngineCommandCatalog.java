package org.llmprocurement.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every engine command class is, for the guard: the classification in
 * {@code engine-commands.txt} beside this class, one {@code KIND fully.qualified.ClassName} a line,
 * covering every command of the Camunda 7.24.0 engine and webapps. A command class the catalogue
 * does not know (an engine upgrade added one, or a lambda command) is treated as administrative:
 * refused for users until someone classifies it; {@code EngineCommandCatalogTest} fails first.
 */
public final class EngineCommandCatalog {

  /** How the guard treats a command (see the resource's header for each). */
  public enum Kind { READ, START, COMPLETION, VARIABLE_WRITE, TASK_WORK, SYSTEM, ADMIN_ONLY }

  static final String RESOURCE = "engine-commands.txt";

  private static final Map<String, Kind> KINDS = load();

  private EngineCommandCatalog() {}

  /** The kind of a command class, or empty when the catalogue does not list it. */
  public static Optional<Kind> kindOf(Class<?> commandClass) {
    return Optional.ofNullable(KINDS.get(commandClass.getName()));
  }

  /** Every classified class name with its kind. */
  public static Map<String, Kind> all() {
    return KINDS;
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> kinds = new HashMap<>();
    try (InputStream in = EngineCommandCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the engine command catalogue " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        if (parts.length != 2) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'KIND class', got '" + line + "'");
        }
        Kind previous = kinds.put(parts[1], Kind.valueOf(parts[0]));
        if (previous != null) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": " + parts[1] + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
    return Collections.unmodifiableMap(kinds);
  }
}
