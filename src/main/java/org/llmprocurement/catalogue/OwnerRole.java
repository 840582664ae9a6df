package org.llmprocurement.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The team that owns a requirement in negotiation and review. */
public enum OwnerRole {
  IT("it"),
  SECURITY("security"),
  LEGAL("legal"),
  DATA_GOVERNANCE("data-governance"),
  PROCUREMENT("procurement");

  private final String key;

  OwnerRole(String key) {
    this.key = key;
  }

  /** The key used in the catalogue file and the API, e.g. {@code data-governance}. */
  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  static OwnerRole fromJson(String key) {
    return fromKey(key)
        .orElseThrow(() -> new IllegalArgumentException("Unknown owner role '" + key + "'"));
  }

  /** Finds a role by its key, case-insensitively. */
  public static Optional<OwnerRole> fromKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equalsIgnoreCase(key == null ? "" : key.trim())).findFirst();
  }

  static String allowed() {
    return Arrays.stream(values()).map(OwnerRole::key).collect(Collectors.joining(", "));
  }
}
