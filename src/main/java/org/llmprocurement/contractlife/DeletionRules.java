package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.security.TextRules;

/**
 * The rules of a deletion request, free of the engine: what a request must say, when the vendor's
 * deletion is due and when data governance is reminded, and what a confirmation must cover.
 */
public final class DeletionRules {

  /** Obligation code and threshold key of the deletion deadline (days after the request). */
  public static final String DELETION_DAYS = "deletionOnRequestDays";
  /** Threshold key: business days before the deadline at which data governance is reminded. */
  public static final String REMINDER_BUSINESS_DAYS = "deletionReminderBusinessDays";

  public static final String CONTRACT_ID = "contractId";
  public static final String DATA_SET_NAME = "dataSetName";
  public static final String DATA_SET_DESCRIPTION = "dataSetDescription";
  public static final String DATA_CATEGORIES = "dataCategories";
  /** What a request submits (start form, API): nothing else is accepted. */
  public static final List<String> REQUEST_FIELDS = List.of(CONTRACT_ID, DATA_SET_NAME, DATA_SET_DESCRIPTION, DATA_CATEGORIES);

  public static final String DOCUMENT_ID = "confirmationDocumentId";
  public static final String COVERS_CONTENT = "coversContent";
  public static final String COVERS_BACKUPS = "coversBackups";
  public static final String COVERS_DERIVED = "coversDerivedArtefacts";
  public static final String NOTE = "confirmationNote";
  /** What "Confirm vendor deletion" submits. */
  public static final List<String> CONFIRMATION_FIELDS = List.of(DOCUMENT_ID, COVERS_CONTENT, COVERS_BACKUPS, COVERS_DERIVED, NOTE);

  public static final int MAX_NAME = 200;
  public static final int MAX_TEXT = 4000;
  public static final int MIN_DESCRIPTION = 10;

  private DeletionRules() {}

  /** Where the deletion period came from. */
  public enum Source {
    /** The contract's own {@code deletionOnRequestDays} obligation. */
    OBLIGATION,
    /** No such obligation: the current tier thresholds at the contract's current tier. */
    THRESHOLD
  }

  /** The deletion period in calendar days and where it came from. */
  public record Period(int days, Source source) {}

  /**
   * The vendor's deletion period: the strictest (smallest) positive whole-day figure among the
   * contract's {@code deletionOnRequestDays} obligations; without one, the fallback (the current
   * thresholds). A fallback below one day counts as one.
   */
  public static Period period(Collection<Obligation> obligations, IntSupplier fallback) {
    OptionalInt own = obligations.stream().filter(o -> DELETION_DAYS.equals(o.code()))
        .map(o -> wholeDays(o.figure())).filter(Optional::isPresent).mapToInt(Optional::get).filter(d -> d > 0).min();
    return own.isPresent() ? new Period(own.getAsInt(), Source.OBLIGATION)
        : new Period(Math.max(1, fallback.getAsInt()), Source.THRESHOLD);
  }

  private static Optional<Integer> wholeDays(String figure) {
    try {
      return Optional.of(Integer.parseInt(figure.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * When a request made on {@code requested} is due and when data governance is reminded.
   *
   * @param deadline the last day the vendor has: request date plus the period (calendar days, UTC)
   * @param reminder the reminder date: {@code reminderBusinessDays} business days before the
   *     deadline, never before the day after the request and never after the deadline
   */
  public record Schedule(LocalDate requested, Period period, LocalDate deadline, LocalDate reminder) {

    public Date reminderAt() {
      return DeletionRules.reminderAt(reminder);
    }

    public Date dueAt() {
      return DeletionRules.dueAt(deadline);
    }
  }

  /** 00:00 UTC of the reminder date: when the reminder timer fires. */
  public static Date reminderAt(LocalDate reminder) {
    return BusinessCalendar.startOf(reminder);
  }

  /**
   * 00:00 UTC of the day after the deadline: the vendor has the whole deadline day; then the task is
   * due and the escalation timer fires.
   */
  public static Date dueAt(LocalDate deadline) {
    return BusinessCalendar.startOf(deadline.plusDays(1));
  }

  /** The schedule of a request made on {@code requested} (see {@link Schedule}). */
  public static Schedule schedule(LocalDate requested, Period period, int reminderBusinessDays, BusinessCalendar calendar) {
    LocalDate deadline = requested.plusDays(period.days());
    LocalDate reminder = calendar.minusBusinessDays(deadline, Math.max(0, reminderBusinessDays));
    if (!reminder.isAfter(requested)) {
      reminder = requested.plusDays(1);
    }
    if (reminder.isAfter(deadline)) {
      reminder = deadline;
    }
    return new Schedule(requested, period, deadline, reminder);
  }

  /** A request's own fields, validated. */
  public record RequestInput(long contractId, String dataSetName, String dataSetDescription, List<DataCategory> dataCategories) {}

  /**
   * Reads a request's fields: {@code contractId} a whole number; {@code dataSetName} 1–200
   * characters; {@code dataSetDescription} 10–4,000 characters (what the data set is and where the
   * vendor holds it); {@code dataCategories} at least one {@link DataCategory}. Unknown fields are
   * refused. Every problem names its field; the value is null when there are problems.
   */
  public static ReadResult readRequest(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    for (String field : values.keySet()) {
      if (!REQUEST_FIELDS.contains(field)) {
        problems.add(field + ": is not a field of a deletion request; fields: " + String.join(", ", REQUEST_FIELDS));
      }
    }
    Long contractId = wholeNumber(CONTRACT_ID, values.get(CONTRACT_ID), problems);
    String name = text(DATA_SET_NAME, values.get(DATA_SET_NAME), 1, MAX_NAME, problems);
    String description = text(DATA_SET_DESCRIPTION, values.get(DATA_SET_DESCRIPTION), MIN_DESCRIPTION, MAX_TEXT, problems);
    List<DataCategory> categories = categories(values.get(DATA_CATEGORIES), problems);
    return new ReadResult(problems.isEmpty() ? new RequestInput(contractId, name, description, categories) : null, problems);
  }

  /** What {@link #readRequest} found: the input, or the problems. */
  public record ReadResult(RequestInput input, List<String> problems) {
    public ReadResult {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Problems with the confirmation's own fields: each of content, backups and derived artefacts
   * (embeddings, caches) must be confirmed explicitly, and the note is optional text of at most
   * 4,000 characters. The document is checked against the request by the service.
   */
  public static List<String> coverageProblems(Map<String, Object> values) {
    List<String> problems = new ArrayList<>();
    if (!confirmed(values.get(COVERS_CONTENT))) {
      problems.add(COVERS_CONTENT + ": confirm that the vendor's confirmation covers the data set's content");
    }
    if (!confirmed(values.get(COVERS_BACKUPS))) {
      problems.add(COVERS_BACKUPS + ": confirm that the vendor's confirmation covers the backups");
    }
    if (!confirmed(values.get(COVERS_DERIVED))) {
      problems.add(COVERS_DERIVED + ": confirm that the vendor's confirmation covers derived artefacts (embeddings, caches)");
    }
    Object note = values.get(NOTE);
    if (note != null && !(note instanceof String)) {
      problems.add(NOTE + ": must be text");
    } else if (note != null) {
      if (((String) note).strip().length() > MAX_TEXT) {
        problems.add(NOTE + ": at most " + MAX_TEXT + " characters (got " + ((String) note).strip().length() + ")");
      }
      TextRules.check(NOTE, (String) note, problems);
    }
    return problems;
  }

  private static boolean confirmed(Object value) {
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /** A whole number at least 1 (numbers and digit strings accepted), or null with a problem. */
  public static Long wholeNumber(String field, Object value, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(field + ": required");
      return null;
    }
    Long number = null;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      number = ((Number) value).longValue();
    } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
      number = (long) n.doubleValue();
    } else if (value instanceof String s && s.strip().matches("\\d{1,15}")) {
      number = Long.parseLong(s.strip());
    }
    if (number == null || number < 1) {
      problems.add(field + ": must be a whole number of at least 1 (got '" + value + "')");
      return null;
    }
    return number;
  }

  private static String text(String field, Object value, int min, int max, List<String> problems) {
    if (value != null && !(value instanceof String)) {
      problems.add(field + ": must be text");
      return null;
    }
    String text = value == null ? "" : ((String) value).strip();
    if (text.isEmpty()) {
      problems.add(field + ": required");
      return null;
    }
    if (text.length() < min) {
      problems.add(field + ": at least " + min + " characters (got " + text.length() + ")");
    } else if (text.length() > max) {
      problems.add(field + ": at most " + max + " characters (got " + text.length() + ")");
    }
    TextRules.check(field, text, problems);
    return text;
  }

  private static List<DataCategory> categories(Object value, List<String> problems) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      problems.add(DATA_CATEGORIES + ": name at least one of " + String.join(", ", names()));
      return List.of();
    }
    LinkedHashSet<DataCategory> categories = new LinkedHashSet<>();
    for (Object item : list) {
      Optional<DataCategory> category = java.util.Arrays.stream(DataCategory.values())
          .filter(c -> item instanceof String s && c.name().equalsIgnoreCase(s.strip())).findFirst();
      if (category.isEmpty()) {
        problems.add(DATA_CATEGORIES + ": '" + item + "' is not one of " + String.join(", ", names()));
      } else {
        categories.add(category.get());
      }
    }
    return List.copyOf(categories);
  }

  private static List<String> names() {
    return java.util.Arrays.stream(DataCategory.values()).map(Enum::name).toList();
  }
}
