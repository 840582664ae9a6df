package org.llmprocurement.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The versioning rules of a document family (procurement + type + title): versions count up from
 * 1, each supersedes the one before, and the same bytes as the latest version are not a new version.
 */
final class Versioning {

  private Versioning() {}

  /** The latest stored version of a family, as far as the rules need it. */
  record Latest(long id, int version, String sha256) {}

  /** The version a new upload gets, and the one it supersedes ({@code null} for the first). */
  record Next(int version, Long supersedesId) {}

  /** The upload is byte for byte the latest version of its family. */
  static final class Duplicate extends RuntimeException {
    private final Latest existing;

    Duplicate(Latest existing) {
      super("identical to version " + existing.version() + " (document " + existing.id() + ")");
      this.existing = existing;
    }

    Latest existing() {
      return existing;
    }
  }

  static Next next(Optional<Latest> latest, String sha256) {
    if (latest.isEmpty()) {
      return new Next(1, null);
    }
    if (latest.get().sha256().equalsIgnoreCase(sha256)) {
      throw new Duplicate(latest.get());
    }
    return new Next(latest.get().version() + 1, latest.get().id());
  }

  /** Lower-case hex SHA-256. */
  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
