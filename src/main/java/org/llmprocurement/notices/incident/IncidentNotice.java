package org.llmprocurement.notices.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.llmprocurement.domain.DataCategory;

/**
 * What a vendor's security-incident notice says, read from its JSON payload (the API body's
 * {@code payload}, or the fields of the {@code record-security-incident} start form: same names).
 * Free of the engine and the database.
 *
 * <p>Two kinds: a first notice (no {@code updateOf}) opens an incident; an update
 * ({@code updateOf} = the vendor's notice id of the first notice) adds to an open one. The times:
 * {@code awareAt} (the vendor became aware, required), {@code confirmedAt} (it confirmed the
 * incident, optional), {@code notifiedAt} (it told us; optional, defaults to the notice's
 * {@code sentAt}). Instants are ISO-8601 with an offset ({@code 2026-12-01T08:30:00Z}).
 *
 * <p>The contents (scope, affected systems and data, preliminary cause, containment, next update)
 * are what the contract makes the vendor report; a first notice that lacks some is accepted, and the
 * missing ones are demanded from the vendor in a task ({@link #missingContents()}).
 */
public record IncidentNotice(String updateOf, Instant awareAt, Instant confirmedAt, Instant notifiedAt, Severity severity,
    String scope, List<String> affectedSystems, List<DataCategory> affectedData, String preliminaryCause,
    String containment, Instant nextUpdateDueAt, String summary) {

  public static final String UPDATE_OF = "updateOf";
  public static final String AWARE_AT = "awareAt";
  public static final String CONFIRMED_AT = "confirmedAt";
  public static final String NOTIFIED_AT = "notifiedAt";
  public static final String SEVERITY = "severity";
  public static final String SCOPE = "scope";
  public static final String AFFECTED_SYSTEMS = "affectedSystems";
  public static final String AFFECTED_DATA = "affectedData";
  public static final String PRELIMINARY_CAUSE = "preliminaryCause";
  public static final String CONTAINMENT = "containment";
  public static final String NEXT_UPDATE_DUE_AT = "nextUpdateDueAt";
  /** An update's text: what changed since the last notice (required on an update). */
  public static final String SUMMARY = "summary";

  /** Every payload field a security-incident notice may carry; anything else is refused. */
  public static final List<String> FIELDS = List.of(UPDATE_OF, AWARE_AT, CONFIRMED_AT, NOTIFIED_AT, SEVERITY, SCOPE,
      AFFECTED_SYSTEMS, AFFECTED_DATA, PRELIMINARY_CAUSE, CONTAINMENT, NEXT_UPDATE_DUE_AT, SUMMARY);
  /** The notice contents the contract requires; missing ones are demanded from the vendor. */
  public static final List<String> CONTENTS = List.of(SCOPE, AFFECTED_SYSTEMS, AFFECTED_DATA, PRELIMINARY_CAUSE,
      CONTAINMENT, NEXT_UPDATE_DUE_AT);

  public static final int MAX_TEXT = 4000;
  public static final int MAX_ID = 200;
  public static final int MAX_SYSTEMS = 50;

  /** The vendor's own rating of the incident. */
  public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

  /** A notice read from a payload, and every problem with it (each naming {@code payload.<field>}). */
  public record Read(IncidentNotice notice, List<String> problems) {}

  /** Whether this notice updates an incident already open (its {@code updateOf} is set). */
  public boolean isUpdate() {
    return updateOf != null;
  }

  /** The contract-required contents this notice lacks, in {@link #CONTENTS} order; empty on an update. */
  public List<String> missingContents() {
    if (isUpdate()) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    if (scope == null) {
      missing.add(SCOPE);
    }
    if (affectedSystems.isEmpty()) {
      missing.add(AFFECTED_SYSTEMS);
    }
    if (affectedData.isEmpty()) {
      missing.add(AFFECTED_DATA);
    }
    if (preliminaryCause == null) {
      missing.add(PRELIMINARY_CAUSE);
    }
    if (containment == null) {
      missing.add(CONTAINMENT);
    }
    if (nextUpdateDueAt == null) {
      missing.add(NEXT_UPDATE_DUE_AT);
    }
    return missing;
  }

  /** When we were told: {@code notifiedAt} when given, else the given default (the notice's sentAt). */
  public Instant toldAt(Instant sentAt) {
    return notifiedAt != null ? notifiedAt : sentAt;
  }

  /**
   * Reads and checks a payload; writes nothing.
   *
   * @param payload the notice's payload object (may be {@code null}: one problem)
   * @param now the engine clock's now: no time may lie after it (5 minutes' clock skew allowed)
   * @return the notice (when there are no problems) and every problem, each naming its field as
   *     {@code payload.<field>}
   */
  public static Read read(JsonNode payload, Instant now) {
    List<String> problems = new ArrayList<>();
    if (payload == null || !payload.isObject()) {
      return new Read(null, List.of("payload: required, a JSON object with the incident's fields"));
    }
    payload.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        problems.add("payload." + name + ": not a field of a security-incident notice (allowed: " + String.join(", ", FIELDS) + ")");
      }
    });
    Instant latest = now.plusSeconds(300);
    String updateOf = text(payload, UPDATE_OF, MAX_ID, problems);
    Instant awareAt = instant(payload, AWARE_AT, updateOf == null, latest, problems);
    Instant confirmedAt = instant(payload, CONFIRMED_AT, false, latest, problems);
    Instant notifiedAt = instant(payload, NOTIFIED_AT, false, latest, problems);
    Severity severity = severity(payload, updateOf == null, problems);
    String scope = text(payload, SCOPE, MAX_TEXT, problems);
    List<String> systems = systems(payload, problems);
    List<DataCategory> data = categories(payload, problems);
    String cause = text(payload, PRELIMINARY_CAUSE, MAX_TEXT, problems);
    String containment = text(payload, CONTAINMENT, MAX_TEXT, problems);
    Instant nextUpdate = instant(payload, NEXT_UPDATE_DUE_AT, false, null, problems);
    String summary = text(payload, SUMMARY, MAX_TEXT, problems);
    if (updateOf != null && summary == null) {
      problems.add("payload." + SUMMARY + ": required on an update, what changed since the last notice");
    }
    if (awareAt != null && confirmedAt != null && confirmedAt.isBefore(awareAt)) {
      problems.add("payload." + CONFIRMED_AT + ": " + confirmedAt + " lies before awareAt " + awareAt
          + "; the vendor confirms an incident it is aware of");
    }
    if (awareAt != null && notifiedAt != null && notifiedAt.isBefore(awareAt)) {
      problems.add("payload." + NOTIFIED_AT + ": " + notifiedAt + " lies before awareAt " + awareAt);
    }
    if (nextUpdate != null && awareAt != null && nextUpdate.isBefore(awareAt)) {
      problems.add("payload." + NEXT_UPDATE_DUE_AT + ": " + nextUpdate + " lies before awareAt " + awareAt);
    }
    IncidentNotice notice = problems.isEmpty() ? new IncidentNotice(updateOf, awareAt, confirmedAt, notifiedAt, severity,
        scope, systems, data, cause, containment, nextUpdate, summary) : null;
    return new Read(notice, problems);
  }

  /** Reads an ISO-8601 instant with an offset, e.g. {@code 2026-12-01T08:30:00Z}; empty when not one. */
  public static java.util.Optional<Instant> parseInstant(String text) {
    try {
      return java.util.Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException | NullPointerException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean absent(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    return value == null || value.isNull() || value.isTextual() && value.asText().isBlank()
        || value.isArray() && value.isEmpty();
  }

  private static String text(JsonNode payload, String field, int max, List<String> problems) {
    if (absent(payload, field)) {
      return null;
    }
    JsonNode value = payload.get(field);
    if (!value.isTextual()) {
      problems.add("payload." + field + ": a text");
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > max) {
      problems.add("payload." + field + ": at most " + max + " characters");
      return null;
    }
    return text;
  }

  private static Instant instant(JsonNode payload, String field, boolean required, Instant latest, List<String> problems) {
    if (absent(payload, field)) {
      if (required) {
        problems.add("payload." + field + ": required, an ISO-8601 instant such as 2026-12-01T08:30:00Z");
      }
      return null;
    }
    JsonNode value = payload.get(field);
    java.util.Optional<Instant> parsed = value.isTextual() ? parseInstant(value.asText()) : java.util.Optional.empty();
    if (parsed.isEmpty()) {
      problems.add("payload." + field + ": an ISO-8601 instant with offset such as 2026-12-01T08:30:00Z, not '"
          + value.asText() + "'");
      return null;
    }
    if (latest != null && parsed.get().isAfter(latest)) {
      problems.add("payload." + field + ": " + parsed.get() + " lies in the future");
      return null;
    }
    return parsed.get();
  }

  private static Severity severity(JsonNode payload, boolean required, List<String> problems) {
    if (absent(payload, SEVERITY)) {
      if (required) {
        problems.add("payload." + SEVERITY + ": required, one of LOW, MEDIUM, HIGH, CRITICAL");
      }
      return null;
    }
    String text = payload.get(SEVERITY).asText().strip().toUpperCase(Locale.ROOT);
    try {
      return Severity.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add("payload." + SEVERITY + ": one of LOW, MEDIUM, HIGH, CRITICAL, not '" + payload.get(SEVERITY).asText() + "'");
      return null;
    }
  }

  /** A JSON array of names, or one text with a name per line or comma. */
  private static List<String> systems(JsonNode payload, List<String> problems) {
    if (absent(payload, AFFECTED_SYSTEMS)) {
      return List.of();
    }
    JsonNode value = payload.get(AFFECTED_SYSTEMS);
    List<String> raw = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> raw.add(v.isTextual() ? v.asText() : null));
    } else if (value.isTextual()) {
      raw.addAll(List.of(value.asText().split("[\\n,]")));
    } else {
      raw.add(null);
    }
    if (raw.contains(null)) {
      problems.add("payload." + AFFECTED_SYSTEMS + ": a list of system names (texts)");
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    raw.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
    if (names.size() > MAX_SYSTEMS || names.stream().anyMatch(n -> n.length() > MAX_ID)) {
      problems.add("payload." + AFFECTED_SYSTEMS + ": at most " + MAX_SYSTEMS + " names of at most " + MAX_ID + " characters");
      return List.of();
    }
    return List.copyOf(names);
  }

  private static List<DataCategory> categories(JsonNode payload, List<String> problems) {
    if (absent(payload, AFFECTED_DATA)) {
      return List.of();
    }
    JsonNode value = payload.get(AFFECTED_DATA);
    List<String> raw = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> raw.add(v.asText()));
    } else {
      raw.addAll(List.of(value.asText().split(",")));
    }
    Set<DataCategory> found = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : raw) {
      try {
        found.add(DataCategory.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        unknown.add(name.strip());
      }
    }
    if (!unknown.isEmpty()) {
      problems.add("payload." + AFFECTED_DATA + ": unknown data categories " + unknown + " (known: "
          + java.util.Arrays.toString(DataCategory.values()) + ")");
      return List.of();
    }
    return List.copyOf(found);
  }
}
