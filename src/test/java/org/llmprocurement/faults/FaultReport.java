package org.llmprocurement.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers a fault run ends with (requests checked, 503s, 500s, timers fired, duplicates...),
 * printed and written to {@code target/fault-suite/summary.txt}, one {@code name: value} per line,
 * which {@code tools/faults/run.sh} prints in CI.
 */
final class FaultReport {

  private static final Map<String, Object> NUMBERS = new LinkedHashMap<>();

  private FaultReport() {}

  static synchronized void put(String name, Object value) {
    NUMBERS.put(name, value);
    System.out.println("fault-suite " + name + ": " + value);
    write();
  }

  static synchronized void add(String name, long value) {
    NUMBERS.merge(name, value, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    write();
  }

  private static void write() {
    StringBuilder text = new StringBuilder();
    NUMBERS.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    try {
      Files.createDirectories(AppNode.OUT);
      Files.writeString(AppNode.OUT.resolve("summary.txt"), text, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      System.err.println("could not write the fault summary: " + e);
    }
  }
}
