package org.llmprocurement.exit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.security.TextRules;

/**
 * The rules of the exit runbook, free of the engine: what each step's checklist must say before
 * the step may complete, and the vendor deadlines. Every {@code check*} method returns the problems
 * (each naming its field) and, when there are none, what the step records. Sources: the exit and
 * portability clauses of the catalogue ({@code EXIT-*}), the contract's obligations
 * {@code exportWindowDays} and {@code deletionAfterTerminationDays} (fallback: the tier thresholds),
 * and {@code processes/exit-deadlines.dmn}.
 */
public final class ExitRules {

  static final int MIN_REASON = 10;
  static final int MAX_TEXT = 4000;

  /** What the contract lets us take back at the exit. */
  public enum ExportItem { DATA, LOGS, CONFIGURATIONS, METADATA, FINE_TUNED_ARTEFACTS }

  /** Everything the vendor's deletion must reach. */
  public enum DeletionScope { CONTENT, LOGS, BACKUPS, EMBEDDINGS, CACHES, SUBPROCESSORS }

  /** Items every export must ask for; fine-tuned artefacts only when they are ours. */
  static final Set<ExportItem> ALWAYS_EXPORTED = Set.of(ExportItem.DATA, ExportItem.LOGS, ExportItem.CONFIGURATIONS,
      ExportItem.METADATA);

  /** Obligation code and threshold key of the export window (days from the request). */
  public static final String EXPORT_WINDOW = "exportWindowDays";
  /** Obligation code and threshold key of the deletion deadline (days from the request). */
  public static final String DELETION_DAYS = "deletionAfterTerminationDays";

  // field names, shared with the forms
  static final String PLANNED_CUT_OVER = "plannedCutOver";
  static final String SUCCESSOR = "successorContractId";
  static final String NO_SUCCESSOR_REASON = "noSuccessorReason";
  static final String USERS_INFORMED = "usersInformed";
  static final String EXPORT_ITEMS = "exportItems";
  static final String FINE_TUNED_OURS = "fineTunedArtefactsOurs";
  static final String EXPORT_FORMAT = "exportFormat";
  static final String REQUEST_SENT_ON = "requestSentOn";
  static final String VENDOR_REFERENCE = "vendorRequestReference";
  static final String OUTCOME = "outcome";
  static final String ITEMS_RECEIVED = "itemsReceived";
  static final String READABLE = "readableInAgreedFormat";
  static final String CHECKSUMS = "checksums";
  static final String FAILURE_REASON = "failureReason";
  static final String DECISION = "decision";
  static final String CUT_OVER_ON = "cutOverOn";
  static final String NEW_CUT_OVER = "newCutOverDate";
  static final String WORKLOADS_MOVED = "workloadsMoved";
  static final String ASSISTANCE_EXTENDED = "assistanceExtended";
  static final String REASON = "reason";
  static final String INVENTORY_COMPLETE = "inventoryComplete";
  static final String NOTE = "note";
  static final String REVOKED = "revoked";
  static final String REVOKED_ON = "revokedOn";
  static final String REVOCATION_EVIDENCE = "revocationEvidence";
  static final String DELETION_SCOPE = "deletionScope";
  static final String CERTIFICATE_DOCUMENT = "certificateDocumentId";
  static final String COVERS = "certificateCovers";
  static final String BACKUPS_EXPIRE_ON = "backupsExpireOn";
  static final String MISSING = "missingReason";

  static final List<String> FREEZE_FIELDS = List.of(PLANNED_CUT_OVER, SUCCESSOR, NO_SUCCESSOR_REASON, USERS_INFORMED,
      ASSISTANCE_EXTENDED);
  static final List<String> EXPORT_REQUEST_FIELDS = List.of(EXPORT_ITEMS, FINE_TUNED_OURS, EXPORT_FORMAT, REQUEST_SENT_ON,
      VENDOR_REFERENCE);
  static final List<String> VERIFY_EXPORT_FIELDS = List.of(OUTCOME, ITEMS_RECEIVED, READABLE, CHECKSUMS, FAILURE_REASON);
  static final List<String> CUT_OVER_FIELDS = List.of(DECISION, CUT_OVER_ON, NEW_CUT_OVER, WORKLOADS_MOVED,
      ASSISTANCE_EXTENDED, REASON);
  static final List<String> INVENTORY_FIELDS = List.of(INVENTORY_COMPLETE, NOTE);
  static final List<String> REVOKE_FIELDS = List.of(REVOKED, REVOKED_ON, REVOCATION_EVIDENCE);
  static final List<String> DELETION_REQUEST_FIELDS = List.of(DELETION_SCOPE, REQUEST_SENT_ON, VENDOR_REFERENCE);
  static final List<String> CERTIFICATE_FIELDS = List.of(OUTCOME, CERTIFICATE_DOCUMENT, COVERS, BACKUPS_EXPIRE_ON, MISSING);

  private static final Pattern CHECKSUM_LINE = Pattern.compile("^([0-9a-fA-F]{64})\\s+\\*?(\\S.{0,299})$");

  private ExitRules() {}

  /** A period in calendar days and where it came from ({@code OBLIGATION} or {@code THRESHOLD}). */
  public record Period(int days, String source) {}

  /**
   * The strictest (smallest) positive whole-day figure among the contract's obligations with this
   * code; without one, the fallback (the tier thresholds), at least one day.
   */
  public static Period period(String code, Collection<Obligation> obligations, IntSupplier fallback) {
    OptionalInt own = obligations.stream().filter(o -> code.equals(o.code())).map(o -> wholeDays(o.figure()))
        .filter(Optional::isPresent).mapToInt(Optional::get).filter(d -> d > 0).min();
    return own.isPresent() ? new Period(own.getAsInt(), "OBLIGATION") : new Period(Math.max(1, fallback.getAsInt()), "THRESHOLD");
  }

  private static Optional<Integer> wholeDays(String figure) {
    try {
      return Optional.of(Integer.parseInt(figure.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The reminder date for a vendor deadline: {@code reminderDays} calendar days before it, never
   * before the day after {@code from} and never after the deadline.
   */
  public static LocalDate reminder(LocalDate from, LocalDate deadline, int reminderDays) {
    LocalDate reminder = deadline.minusDays(Math.max(0, reminderDays));
    if (!reminder.isAfter(from)) {
      reminder = from.plusDays(1);
    }
    return reminder.isAfter(deadline) ? deadline : reminder;
  }

  /** What the freeze records: the planned cut-over and the successor (or why there is none). */
  public record Freeze(LocalDate plannedCutOver, Long successorContractId, String noSuccessorReason) {}

  /**
   * Freeze checklist: a planned cut-over date today or later (after the vendor's transition
   * assistance only with its extension confirmed); a successor register entry or, with
   * none, a reason; the business owner and users told of the exit and the freeze. The successor's
   * existence is the service's to check.
   */
  public static Freeze checkFreeze(Map<String, Object> values, LocalDate today, LocalDate assistanceUntil,
      List<String> problems) {
    Fields f = new Fields(values, problems);
    LocalDate planned = f.date(PLANNED_CUT_OVER, "plan the cut-over date");
    if (planned != null && planned.isBefore(today)) {
      problems.add(PLANNED_CUT_OVER + ": " + planned + " has passed; plan a date from " + today);
    } else if (planned != null && assistanceUntil != null && planned.isAfter(assistanceUntil) && !f.flag(ASSISTANCE_EXTENDED)) {
      problems.add(ASSISTANCE_EXTENDED + ": " + planned + " is after the vendor's transition assistance ends ("
          + assistanceUntil + "); confirm the vendor agreed to extend it");
    }
    Long successor = f.optionalNumber(SUCCESSOR);
    String noSuccessor = f.optionalText(NO_SUCCESSOR_REASON);
    if (successor == null && noSuccessor == null) {
      problems.add(NO_SUCCESSOR_REASON + ": name the successor contract (" + SUCCESSOR
          + ") or say why there is none (at least " + MIN_REASON + " characters)");
    } else if (successor == null && noSuccessor.length() < MIN_REASON) {
      problems.add(NO_SUCCESSOR_REASON + ": at least " + MIN_REASON + " characters (got " + noSuccessor.length() + ")");
    }
    f.confirmed(USERS_INFORMED, "confirm that the business owner and the users know of the exit and that no new use cases start");
    return new Freeze(planned, successor, successor == null ? noSuccessor : null);
  }

  /** What an export request records. */
  public record ExportRequest(List<ExportItem> items, boolean fineTunedOurs, String format, LocalDate sentOn, String reference) {}

  /**
   * Export request checklist: data, logs, configurations and metadata always, fine-tuned artefacts
   * when they are ours; the agreed format; the date the request went to the vendor (not before the
   * exit started, not in the future) and the vendor's reference.
   */
  public static ExportRequest checkExportRequest(Map<String, Object> values, LocalDate exitStarted, LocalDate today,
      List<String> problems) {
    Fields f = new Fields(values, problems);
    List<ExportItem> items = f.list(EXPORT_ITEMS, ExportItem.class);
    boolean ours = f.flag(FINE_TUNED_OURS);
    for (ExportItem needed : ExportItem.values()) {
      if ((ALWAYS_EXPORTED.contains(needed) || (ours && needed == ExportItem.FINE_TUNED_ARTEFACTS)) && !items.contains(needed)) {
        problems.add(EXPORT_ITEMS + ": ask for " + needed + (needed == ExportItem.FINE_TUNED_ARTEFACTS
            ? " (the fine-tuned artefacts are ours)" : " (the contract lets us take it back)"));
      }
    }
    String format = f.text(EXPORT_FORMAT, 2, "name the agreed format, e.g. JSON Lines and CSV");
    LocalDate sent = sentOn(f, exitStarted, today, problems);
    String reference = f.text(VENDOR_REFERENCE, 3, "the vendor's ticket or letter reference");
    return new ExportRequest(items, ours, format, sent, reference);
  }

  private static LocalDate sentOn(Fields f, LocalDate notBefore, LocalDate today, List<String> problems) {
    LocalDate sent = f.date(REQUEST_SENT_ON, "the date the request went to the vendor");
    if (sent != null && sent.isAfter(today)) {
      problems.add(REQUEST_SENT_ON + ": " + sent + " is in the future; record the request once it is sent");
    } else if (sent != null && sent.isBefore(notBefore)) {
      problems.add(REQUEST_SENT_ON + ": " + sent + " is before " + notBefore + ", when this step could start");
    }
    return sent;
  }

  /** One file of a delivery and its SHA-256 checksum (64 hex digits, lower case). */
  public record Checksum(String sha256, String file) {}

  /** What an export verification records: the outcome, what arrived, the checksums, why it failed. */
  public record ExportVerification(boolean verified, List<ExportItem> received, boolean readable, List<Checksum> checksums,
      String failureReason) {}

  /**
   * Export verification checklist. VERIFIED needs every requested item received, readable in the
   * agreed format and at least one checksum line in {@code sha256sum} form ({@code <64 hex>  <file>},
   * each file once). FAILED needs the reason the vendor gets back.
   */
  public static ExportVerification checkExportVerification(Map<String, Object> values, List<ExportItem> requested,
      List<String> problems) {
    Fields f = new Fields(values, problems);
    Outcome outcome = f.choice(OUTCOME, Outcome.class);
    List<ExportItem> received = f.list(ITEMS_RECEIVED, ExportItem.class);
    boolean readable = f.flag(READABLE);
    // the checksums count only for a verified export; a failed one goes back whatever they say
    List<Checksum> checksums = checksums(values.get(CHECKSUMS), outcome == Outcome.VERIFIED ? problems : new ArrayList<>());
    String reason = f.optionalText(FAILURE_REASON);
    if (outcome == Outcome.VERIFIED) {
      for (ExportItem item : requested) {
        if (!received.contains(item)) {
          problems.add(ITEMS_RECEIVED + ": " + item + " was requested and is not received; verify it or fail the export");
        }
      }
      if (!readable) {
        problems.add(READABLE + ": confirm the delivery opens in the agreed format, or fail the export");
      }
      if (checksums.isEmpty()) {
        problems.add(CHECKSUMS + ": record the SHA-256 checksum of every file received, one '<sha256>  <file>' per line");
      }
    } else if (outcome == Outcome.FAILED && (reason == null || reason.length() < MIN_REASON)) {
      problems.add(FAILURE_REASON + ": say what the vendor must fix (at least " + MIN_REASON + " characters)");
    }
    return new ExportVerification(outcome == Outcome.VERIFIED, received, readable, checksums, reason);
  }

  /** Outcomes of the two verification steps. */
  public enum Outcome { VERIFIED, FAILED }

  /** Outcomes of the deletion certificate check. */
  public enum CertificateOutcome { COMPLETE, INCOMPLETE }

  /** The business owner's cut-over decision. */
  public enum CutOverDecision { GO, NO_GO }

  static List<Checksum> checksums(Object raw, List<String> problems) {
    if (raw == null || raw.toString().isBlank()) {
      return List.of();
    }
    List<Checksum> result = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    String[] lines = raw.toString().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = CHECKSUM_LINE.matcher(line);
      if (!m.matches()) {
        problems.add(CHECKSUMS + ": line " + (i + 1) + " is not '<64 hex digits>  <file name>'");
        continue;
      }
      String file = m.group(2).strip();
      if (!files.add(file)) {
        problems.add(CHECKSUMS + ": line " + (i + 1) + " names " + file + " a second time");
        continue;
      }
      int before = problems.size();
      TextRules.check(CHECKSUMS, file, problems);
      if (problems.size() == before) {
        result.add(new Checksum(m.group(1).toLowerCase(java.util.Locale.ROOT), file));
      }
    }
    return List.copyOf(result);
  }

  /** What a cut-over decision records. */
  public record CutOver(boolean go, LocalDate cutOverOn, LocalDate newDate, String reason) {}

  /**
   * Cut-over decision. GO: the cut-over date (today or earlier) and the workloads confirmed moved
   * to the successor (or off the service when there is none). NO_GO: a new date after today and a
   * reason; a new date after the vendor's transition assistance ends needs the extension confirmed.
   */
  public static CutOver checkCutOver(Map<String, Object> values, LocalDate today, LocalDate exitStarted,
      LocalDate assistanceUntil, List<String> problems) {
    Fields f = new Fields(values, problems);
    CutOverDecision decision = f.choice(DECISION, CutOverDecision.class);
    String reason = f.optionalText(REASON);
    if (decision == CutOverDecision.GO) {
      LocalDate on = f.date(CUT_OVER_ON, "the date the cut-over happened");
      if (on != null && exitStarted != null && on.isBefore(exitStarted)) {
        problems.add(CUT_OVER_ON + ": " + on + " is before the exit started (" + exitStarted + ")");
      } else if (on != null && on.isAfter(today)) {
        problems.add(CUT_OVER_ON + ": " + on + " is in the future; decide go once the cut-over is done, or decide NO_GO with a new date");
      }
      f.confirmed(WORKLOADS_MOVED, "confirm every workload runs on the successor (or is switched off)");
      return new CutOver(true, on, null, reason);
    }
    if (decision == CutOverDecision.NO_GO) {
      LocalDate next = f.date(NEW_CUT_OVER, "the new cut-over date");
      if (next != null && !next.isAfter(today)) {
        problems.add(NEW_CUT_OVER + ": " + next + " is not after today (" + today + ")");
      }
      if (reason == null || reason.length() < MIN_REASON) {
        problems.add(REASON + ": say why the cut-over cannot go ahead (at least " + MIN_REASON + " characters)");
      }
      if (next != null && assistanceUntil != null && next.isAfter(assistanceUntil) && !f.flag(ASSISTANCE_EXTENDED)) {
        problems.add(ASSISTANCE_EXTENDED + ": " + next + " is after the vendor's transition assistance ends ("
            + assistanceUntil + "); confirm the vendor agreed to extend it");
      }
      return new CutOver(false, null, next, reason);
    }
    return new CutOver(false, null, null, reason);
  }

  /** IT's confirmation of the inventory: complete, and why nothing needs revoking when it is empty. */
  public static String checkInventory(Map<String, Object> values, int entries, List<String> problems) {
    Fields f = new Fields(values, problems);
    f.confirmed(INVENTORY_COMPLETE, "confirm the access inventory lists every key, account, application, allow-list entry and"
        + " integration (add what is missing to the inventory first)");
    String note = f.optionalText(NOTE);
    if (entries == 0 && (note == null || note.length() < MIN_REASON)) {
      problems.add(NOTE + ": the inventory is empty; say why nothing needs revoking (at least " + MIN_REASON + " characters)");
    }
    return note;
  }

  /** What a revocation records. */
  public record Revocation(LocalDate revokedOn, String evidence) {}

  /** One inventory entry's revocation: confirmed, dated (not in the future), with evidence. */
  public static Revocation checkRevocation(Map<String, Object> values, LocalDate today, List<String> problems) {
    Fields f = new Fields(values, problems);
    f.confirmed(REVOKED, "confirm the access is revoked; the exit cannot finish while it is not");
    LocalDate on = f.date(REVOKED_ON, "the date it was revoked");
    if (on != null && on.isAfter(today)) {
      problems.add(REVOKED_ON + ": " + on + " is in the future");
    }
    String evidence = f.text(REVOCATION_EVIDENCE, MIN_REASON, "how it was revoked and checked (ticket, audit log entry)");
    return new Revocation(on, evidence);
  }

  /** What a deletion request records. */
  public record DeletionRequest(List<DeletionScope> scope, LocalDate sentOn, String reference) {}

  /** Deletion request checklist: the request names every {@link DeletionScope}; sent and referenced. */
  public static DeletionRequest checkDeletionRequest(Map<String, Object> values, LocalDate notBefore, LocalDate today,
      List<String> problems) {
    Fields f = new Fields(values, problems);
    List<DeletionScope> scope = f.list(DELETION_SCOPE, DeletionScope.class);
    for (DeletionScope s : DeletionScope.values()) {
      if (!scope.contains(s)) {
        problems.add(DELETION_SCOPE + ": the request must cover " + s);
      }
    }
    LocalDate sent = sentOn(f, notBefore, today, problems);
    String reference = f.text(VENDOR_REFERENCE, 3, "the vendor's ticket or letter reference");
    return new DeletionRequest(scope, sent, reference);
  }

  /** What a certificate check records. */
  public record Certificate(boolean complete, Long documentId, List<DeletionScope> covers, LocalDate backupsExpireOn,
      String missingReason) {}

  /**
   * Deletion certificate check. COMPLETE needs the certificate document, every {@link DeletionScope}
   * stated as covered and the date the last backup holding our data expires (not before the
   * request). INCOMPLETE needs a reason or an uncovered scope; the reason the vendor gets back names
   * what is missing. The document's origin is the service's to check.
   */
  public static Certificate checkCertificate(Map<String, Object> values, LocalDate requestedOn, List<String> problems) {
    Fields f = new Fields(values, problems);
    CertificateOutcome outcome = f.choice(OUTCOME, CertificateOutcome.class);
    Long document = f.optionalNumber(CERTIFICATE_DOCUMENT);
    List<DeletionScope> covers = f.list(COVERS, DeletionScope.class);
    LocalDate expiry = f.optionalDate(BACKUPS_EXPIRE_ON);
    String missing = f.optionalText(MISSING);
    if (outcome == CertificateOutcome.COMPLETE) {
      if (document == null) {
        problems.add(CERTIFICATE_DOCUMENT + ": the uploaded deletion certificate is required");
      }
      for (DeletionScope s : DeletionScope.values()) {
        if (!covers.contains(s)) {
          problems.add(COVERS + ": the certificate does not state " + s + "; mark it INCOMPLETE so it goes back to the vendor");
        }
      }
      if (expiry == null) {
        problems.add(BACKUPS_EXPIRE_ON + ": the certificate must say when the last backup holding our data expires");
      } else if (requestedOn != null && expiry.isBefore(requestedOn)) {
        problems.add(BACKUPS_EXPIRE_ON + ": " + expiry + " is before the deletion request of " + requestedOn);
      }
    } else if (outcome == CertificateOutcome.INCOMPLETE) {
      boolean gap = covers.size() < DeletionScope.values().length || expiry == null;
      if (!gap && (missing == null || missing.length() < MIN_REASON)) {
        problems.add(MISSING + ": the certificate covers everything; say what is wrong with it (at least " + MIN_REASON
            + " characters)");
      }
    }
    return new Certificate(outcome == CertificateOutcome.COMPLETE, document, covers, expiry, missing);
  }

  /** The scopes a certificate does not state, for the vendor. */
  public static List<DeletionScope> uncovered(List<DeletionScope> covers) {
    return Arrays.stream(DeletionScope.values()).filter(s -> !covers.contains(s)).toList();
  }

  /** Evidence as an ordered map, nulls dropped. */
  static Map<String, Object> evidence(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put((String) pairs[i], pairs[i + 1] instanceof LocalDate d ? d.toString() : pairs[i + 1]);
      }
    }
    return m;
  }

  /** Reads a form submission, one problem per bad field, named by its key. */
  static final class Fields {
    private final Map<String, Object> values;
    private final List<String> problems;

    Fields(Map<String, Object> values, List<String> problems) {
      this.values = values;
      this.problems = problems;
    }

    private String raw(String field) {
      Object raw = values.get(field);
      return raw == null ? "" : raw.toString().strip();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
      String text = raw(field);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        problems.add(field + ": " + (text.isEmpty() ? "required" : "'" + cut(text) + "' is not valid") + ", one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
      }
    }

    String text(String field, int min, String what) {
      String text = optionalText(field);
      if (text == null || text.length() < min) {
        problems.add(field + ": " + what + " (at least " + min + " characters)");
        return null;
      }
      return text;
    }

    String optionalText(String field) {
      Object raw = values.get(field);
      if (raw != null && !(raw instanceof String)) {
        problems.add(field + ": must be text");
        return null;
      }
      String text = raw(field);
      if (text.isEmpty()) {
        return null;
      }
      if (text.length() > MAX_TEXT) {
        problems.add(field + ": at most " + MAX_TEXT + " characters (got " + text.length() + ")");
        return null;
      }
      int before = problems.size();
      TextRules.check(field, text, problems);
      return problems.size() == before ? text : null;
    }

    LocalDate date(String field, String what) {
      if (raw(field).isEmpty()) {
        problems.add(field + ": " + what + " is required");
        return null;
      }
      return optionalDate(field);
    }

    LocalDate optionalDate(String field) {
      String text = raw(field);
      if (text.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        problems.add(field + ": '" + cut(text) + "' is not a date such as 2026-12-31");
        return null;
      }
    }

    Long optionalNumber(String field) {
      Object raw = values.get(field);
      String text = raw(field);
      if (text.isEmpty()) {
        return null;
      }
      if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() >= 1 && n.doubleValue() < 1e15) {
        return n.longValue();
      }
      if (text.matches("\\d{1,15}") && Long.parseLong(text) >= 1) {
        return Long.parseLong(text);
      }
      problems.add(field + ": must be a whole number of at least 1 (got '" + cut(text) + "')");
      return null;
    }

    boolean flag(String field) {
      Object raw = values.get(field);
      return Boolean.TRUE.equals(raw) || "true".equals(raw);
    }

    void confirmed(String field, String what) {
      if (!flag(field)) {
        problems.add(field + ": " + what);
      }
    }

    <E extends Enum<E>> List<E> list(String field, Class<E> type) {
      Object raw = values.get(field);
      Collection<?> items = raw == null ? List.of() : raw instanceof Collection<?> c ? c : List.of(raw.toString().split(","));
      LinkedHashSet<E> result = new LinkedHashSet<>();
      for (Object item : items) {
        String text = String.valueOf(item).strip();
        if (text.isEmpty()) {
          continue;
        }
        try {
          result.add(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
          problems.add(field + ": '" + cut(text) + "' is not one of "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
      }
      return List.copyOf(result);
    }

    private static String cut(String text) {
      return text.length() > 40 ? text.substring(0, 40) : text;
    }
  }
}
