package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.domain.DataCategory;

/**
 * Subprocessor change notices: reads the payload and compares the change with the register's
 * subprocessor list (names case- and blank-insensitive). Engine-free.
 *
 * <p>A change that does not fit the list (adding one already listed, replacing or removing one that
 * is not) is not refused: the list may be out of date, which is itself a finding. The comparison
 * flags it, and the list after acceptance still comes out sensible.
 */
public final class SubprocessorChanges {

  /** What happens to the subprocessor. */
  public enum Change {
    /** A new subprocessor handles our data. */
    ADDED,
    /** A new subprocessor takes over from a listed one ({@code replaces}). */
    REPLACED,
    /** A listed subprocessor no longer handles our data. */
    REMOVED
  }

  public static final String CHANGE = "change";
  public static final String NAME = "name";
  public static final String LOCATION = "location";
  public static final String DATA_CATEGORIES = "dataCategories";
  public static final String REPLACES = "replaces";
  public static final String EFFECTIVE_DATE = "effectiveDate";
  public static final String ANNOUNCED_AT = "announcedAt";
  public static final String DISCOVERED_WITHOUT_NOTICE = "discoveredWithoutNotice";
  public static final String DESCRIPTION = "description";
  /** Every payload field, in the order the docs and the start form show them. */
  public static final Set<String> FIELDS = new LinkedHashSet<>(List.of(CHANGE, NAME, LOCATION, DATA_CATEGORIES, REPLACES,
      EFFECTIVE_DATE, ANNOUNCED_AT, DISCOVERED_WITHOUT_NOTICE, DESCRIPTION));

  /**
   * A subprocessor change as announced.
   *
   * @param location ISO 3166-1 alpha-2 country where the subprocessor handles our data; {@code null}
   *     for a removal
   * @param dataCategories what it handles; empty for a removal
   * @param replaces the listed subprocessor it takes over from (REPLACED only)
   */
  public record SubprocessorChange(Change change, String name, String location, List<DataCategory> dataCategories,
      String replaces, LocalDate effectiveDate, Instant announcedAt, boolean discoveredWithoutNotice, String description) {}

  /** The change read from a payload, or the problems that refuse it. */
  public record Read(SubprocessorChange change, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * The change against the register.
   *
   * @param findings where the change does not fit the list, in words; empty when it fits
   * @param before the list as registered
   * @param after the list once the change is accepted
   */
  public record Comparison(List<String> findings, List<Subprocessor> before, List<Subprocessor> after) {
    /** Whether the change does not fit the register's list. */
    public boolean flagged() {
      return !findings.isEmpty();
    }
  }

  private SubprocessorChanges() {}

  /** Reads and checks the payload; every problem names its field. */
  public static Read read(JsonNode json) {
    Payload p = new Payload(json, FIELDS);
    Change change = p.enumValue(CHANGE, Change.class, true);
    String name = p.text(NAME, Payload.MAX_NAME, true);
    boolean handlesData = change != Change.REMOVED;
    String location = p.country(LOCATION, handlesData && change != null);
    List<DataCategory> categories = p.enums(DATA_CATEGORIES, DataCategory.class, handlesData && change != null);
    String replaces = p.text(REPLACES, Payload.MAX_NAME, change == Change.REPLACED);
    if (change != null && change != Change.REPLACED && replaces != null) {
      p.problem(REPLACES, "only a REPLACED subprocessor replaces another; leave it empty for " + change);
    }
    if (replaces != null && name != null && key(replaces).equals(key(name))) {
      p.problem(REPLACES, "'" + replaces + "' is the new subprocessor itself");
    }
    LocalDate effective = p.date(EFFECTIVE_DATE, true);
    boolean discovered = p.flag(DISCOVERED_WITHOUT_NOTICE);
    Instant announced = p.instant(ANNOUNCED_AT, !discovered);
    if (discovered && announced != null) {
      p.problem(ANNOUNCED_AT, "a change discovered without notice was not announced; leave it empty");
    }
    String description = p.text(DESCRIPTION, Payload.MAX_DESCRIPTION, false);
    List<String> problems = p.problems();
    return new Read(problems.isEmpty() ? new SubprocessorChange(change, name, location, categories, replaces, effective,
        announced, discovered, description) : null, problems);
  }

  /** Compares the change with the register's list and works out the list after acceptance. */
  public static Comparison compare(SubprocessorChange change, List<Subprocessor> listed) {
    List<String> findings = new ArrayList<>();
    List<Subprocessor> after = new ArrayList<>();
    boolean named = listed.stream().anyMatch(s -> same(s, change.name()));
    switch (change.change()) {
      case ADDED -> {
        if (named) {
          findings.add("'" + change.name() + "' is already listed; accepting updates its location and data categories");
        }
        listed.stream().filter(s -> !same(s, change.name())).forEach(after::add);
        after.add(incoming(change));
      }
      case REPLACED -> {
        if (listed.stream().noneMatch(s -> same(s, change.replaces()))) {
          findings.add("'" + change.replaces() + "', which it replaces, is not listed in the register");
        }
        if (named) {
          findings.add("'" + change.name() + "' is already listed; accepting updates its location and data categories");
        }
        listed.stream().filter(s -> !same(s, change.name()) && !same(s, change.replaces())).forEach(after::add);
        after.add(incoming(change));
      }
      case REMOVED -> {
        if (!named) {
          findings.add("'" + change.name() + "' is not listed in the register; nothing to remove");
        }
        listed.stream().filter(s -> !same(s, change.name())).forEach(after::add);
      }
    }
    return new Comparison(List.copyOf(findings), List.copyOf(listed), List.copyOf(after));
  }

  private static Subprocessor incoming(SubprocessorChange change) {
    return new Subprocessor(change.name(), change.location(), change.dataCategories());
  }

  private static boolean same(Subprocessor s, String name) {
    return name != null && s.name() != null && key(s.name()).equals(key(name));
  }

  static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
