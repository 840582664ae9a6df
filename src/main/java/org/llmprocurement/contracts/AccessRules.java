package org.llmprocurement.contracts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.security.TextRules;

/**
 * The fields of an access inventory change and how they are read, engine- and database-free: the
 * same rules for the REST API and the Tasklist start form. Every problem names its field; a value that
 * looks like a secret is refused without being repeated.
 */
final class AccessRules {

  static final String KIND = "kind";
  static final String NAME = "name";
  static final String OWNER_GROUP = "ownerGroup";
  static final String OWNER = "owner";
  static final String ENVIRONMENT = "environment";
  static final String DESCRIPTION = "description";
  static final String REASON = "reason";

  /** The fields of an entry, in the order the API shows them. */
  static final List<String> ENTRY_FIELDS = List.of(KIND, NAME, OWNER_GROUP, OWNER, ENVIRONMENT, DESCRIPTION);
  static final Set<String> REQUIRED = Set.of(KIND, NAME, OWNER_GROUP, ENVIRONMENT);

  static final int MAX_NAME = 200;
  static final int MAX_OWNER = 200;
  static final int MAX_DESCRIPTION = 2000;
  static final int MIN_REASON = 10;
  static final int MAX_REASON = 2000;

  private AccessRules() {}

  /** An entry's fields as validated (optional ones {@code null} when not given). */
  record Fields(AccessKind kind, String name, String ownerGroup, String owner, AccessEnvironment environment,
      String description) {

    /** The fields as the API shows them. */
    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put(KIND, kind.name());
      view.put(NAME, name);
      view.put(OWNER_GROUP, ownerGroup);
      view.put(OWNER, owner);
      view.put(ENVIRONMENT, environment.name());
      view.put(DESCRIPTION, description);
      return view;
    }
  }

  /** The outcome of reading a change: the fields (add, update) and the reason, or the problems. */
  record Read(Fields fields, String reason, List<String> problems) {}

  /**
   * Reads an addition ({@code current} null) or an update of {@code current}: for an update, a field
   * left out or blank keeps its current value. {@code reason} is required either way.
   *
   * @param values the entry fields and {@code reason}; any other field is refused
   */
  static Read readEntry(Map<String, Object> values, Fields current) {
    List<String> problems = new ArrayList<>();
    refuseUnknown(values, ENTRY_FIELDS, problems);
    String kindText = text(KIND, values.get(KIND), 40, problems);
    String name = text(NAME, values.get(NAME), MAX_NAME, problems);
    String ownerGroup = text(OWNER_GROUP, values.get(OWNER_GROUP), 40, problems);
    String owner = text(OWNER, values.get(OWNER), MAX_OWNER, problems);
    String environmentText = text(ENVIRONMENT, values.get(ENVIRONMENT), 40, problems);
    String description = text(DESCRIPTION, values.get(DESCRIPTION), MAX_DESCRIPTION, problems);
    String reason = reason(values.get(REASON), problems);

    AccessKind kind = current == null ? null : current.kind();
    if (kindText != null) {
      kind = parse(AccessKind.class, KIND, kindText, problems);
    } else if (current == null && !has(problems, KIND)) {
      problems.add(KIND + ": required, one of " + allowed(AccessKind.class));
    }
    AccessEnvironment environment = current == null ? null : current.environment();
    if (environmentText != null) {
      environment = parse(AccessEnvironment.class, ENVIRONMENT, environmentText, problems);
    } else if (current == null && !has(problems, ENVIRONMENT)) {
      problems.add(ENVIRONMENT + ": required, one of " + allowed(AccessEnvironment.class));
    }
    if (ownerGroup != null && !Groups.WORKING.contains(ownerGroup)) {
      problems.add(OWNER_GROUP + ": '" + ownerGroup + "' is not one of the working groups " + Groups.WORKING);
      ownerGroup = null;
    } else if (ownerGroup == null && current == null && !has(problems, OWNER_GROUP)) {
      problems.add(OWNER_GROUP + ": required, the working group that revokes the entry at the exit: one of " + Groups.WORKING);
    }
    if (name == null && current == null && !has(problems, NAME)) {
      problems.add(NAME + ": required, the name the entry is known by (never the secret itself)");
    }
    if (!problems.isEmpty()) {
      return new Read(null, reason, problems);
    }
    Fields fields = current == null
        ? new Fields(kind, name, ownerGroup, owner, environment, description)
        : new Fields(kind, name == null ? current.name() : name, ownerGroup == null ? current.ownerGroup() : ownerGroup,
            owner == null ? current.owner() : owner, environment, description == null ? current.description() : description);
    return new Read(fields, reason, problems);
  }

  /** Reads a retirement: only {@code reason}; an entry field given with a value is refused. */
  static Read readRetirement(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    refuseUnknown(values, List.of(), problems);
    String reason = reason(values.get(REASON), problems);
    return new Read(null, reason, problems);
  }

  /**
   * The problems of a change's own fields when its entry is not known (the contract or entry id is
   * missing or wrong): an update is read against an entry that has every required field, so only
   * what it gives is judged.
   */
  static List<String> problemsAlone(ContractAccessChange.Action action, Map<String, Object> values) {
    return switch (action) {
      case ADD -> readEntry(values, null).problems();
      case UPDATE -> readEntry(values, new Fields(AccessKind.API_KEY, "-", Groups.IT, null, AccessEnvironment.ALL, null)).problems();
      case RETIRE -> readRetirement(values).problems();
    };
  }

  /** The key two entries of the same kind and environment must not share: the name, case and blanks ignored. */
  static String nameKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static void refuseUnknown(Map<String, Object> values, List<String> allowedFields, List<String> problems) {
    for (Map.Entry<String, Object> field : values.entrySet()) {
      String name = field.getKey();
      if (REASON.equals(name) || allowedFields.contains(name)) {
        continue;
      }
      if (SecretSniffer.secretFieldName(name)) {
        problems.add(name + ": the access inventory keeps names, never secret values; leave the secret in the vault");
      } else if (ENTRY_FIELDS.contains(name)) {
        if (!blank(field.getValue())) {
          problems.add(name + ": a retirement takes only the reason");
        }
      } else {
        problems.add(name + ": is not a field of an access inventory entry; fields: "
            + String.join(", ", ENTRY_FIELDS) + ", " + REASON);
      }
    }
  }

  private static String reason(Object value, List<String> problems) {
    String reason = text(REASON, value, MAX_REASON, problems);
    if (reason == null && !has(problems, REASON)) {
      problems.add(REASON + ": say why the inventory changes (at least " + MIN_REASON + " characters)");
    } else if (reason != null && reason.length() < MIN_REASON) {
      problems.add(REASON + ": at least " + MIN_REASON + " characters (got " + reason.length() + ")");
      return null;
    }
    return reason;
  }

  /** The stripped text, {@code null} when absent or blank; a problem when not text, too long or secret-looking. */
  private static String text(String field, Object value, int max, List<String> problems) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String)) {
      problems.add(field + ": must be text");
      return null;
    }
    String text = ((String) value).strip();
    if (text.isEmpty()) {
      return null;
    }
    int before = problems.size();
    if (text.length() > max) {
      problems.add(field + ": at most " + max + " characters (got " + text.length() + ")");
    }
    TextRules.check(field, text, problems);
    Optional<String> secret = SecretSniffer.looksLikeSecret(text);
    secret.ifPresent(what -> problems.add(field + ": looks like a secret value (" + what
        + "); the access inventory keeps names, never secrets"));
    return problems.size() == before ? text : null;
  }

  private static boolean blank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  private static boolean has(List<String> problems, String field) {
    return problems.stream().anyMatch(p -> p.startsWith(field + ":"));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, List<String> problems) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(field + ": '" + text + "' is not one of " + allowed(type));
      return null;
    }
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
