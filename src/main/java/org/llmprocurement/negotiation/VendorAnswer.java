package org.llmprocurement.negotiation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.llmprocurement.security.TextRules;

/**
 * The vendor's answer on one item of a round, as recorded in Tasklist, sent to the API or read from
 * an uploaded issues list.
 *
 * @param requirementId the item
 * @param kind what the vendor did
 * @param documentId the contract document now holding the clause (optional)
 * @param section where the clause stands now, e.g. "MSA §12.3" (ACCEPTED: required)
 * @param clauseText the clause as the vendor now words it (ACCEPTED, COUNTERED)
 * @param reason the vendor's reason (REFUSED_*: required; otherwise optional)
 */
public record VendorAnswer(String requirementId, Kind kind, Long documentId, String section, String clauseText,
    String reason) {

  /** Field names, as in the Tasklist rows and the API. */
  public static final List<String> FIELDS = List.of("kind", "documentId", "section", "clauseText", "reason");

  public static final int MAX_SECTION = 200;
  public static final int MAX_CLAUSE = 10_000;
  public static final int MAX_REASON = 4000;

  /** What the vendor did with what we asked. */
  public enum Kind {
    /** Signed up to our wording (or an equivalent clause): new clause text and reference. */
    ACCEPTED,
    /** Proposed other wording: analysed again by the clause analysis at the procurement's tier. */
    COUNTERED,
    /** Says the control cannot be given at all. A no-go item refused this way escalates at once. */
    REFUSED_IMPOSSIBLE,
    /** Could give it but will not. */
    REFUSED_INCONVENIENT;

    public boolean changesClause() {
      return this == ACCEPTED || this == COUNTERED;
    }
  }

  /**
   * Reads and checks one answer; every problem names the requirement.
   *
   * @param raw plain values by {@link #FIELDS} name
   * @param requestedWording what we asked; an ACCEPTED answer without clause text takes it
   * @return the answer, or null when it has problems
   */
  public static VendorAnswer parse(String requirementId, Map<String, ?> raw, String requestedWording, List<String> problems) {
    int before = problems.size();
    String kindText = text(raw.get("kind"));
    Kind kind = null;
    if (kindText == null) {
      problems.add(requirementId + ": answer missing (ACCEPTED, COUNTERED, REFUSED_IMPOSSIBLE or REFUSED_INCONVENIENT)");
    } else {
      try {
        kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(requirementId + ": answer '" + kindText + "' is not one of ACCEPTED, COUNTERED, REFUSED_IMPOSSIBLE, REFUSED_INCONVENIENT");
      }
    }
    String section = text(raw.get("section"));
    String clause = text(raw.get("clauseText"));
    String reason = text(raw.get("reason"));
    length(requirementId, "section", section, MAX_SECTION, problems);
    length(requirementId, "clauseText", clause, MAX_CLAUSE, problems);
    length(requirementId, "reason", reason, MAX_REASON, problems);
    TextRules.check(requirementId + ": section", section, problems);
    TextRules.check(requirementId + ": clauseText", clause, problems);
    TextRules.check(requirementId + ": reason", reason, problems);
    Long documentId = documentId(requirementId, raw.get("documentId"), problems);
    if (kind == Kind.ACCEPTED) {
      if (clause == null) {
        clause = requestedWording;
      }
      if (section == null) {
        problems.add(requirementId + ": ACCEPTED needs the reference (document and section) where the clause now stands");
      }
    } else if (kind == Kind.COUNTERED && clause == null) {
      problems.add(requirementId + ": COUNTERED needs the vendor's new clause text");
    } else if (kind == Kind.REFUSED_IMPOSSIBLE || kind == Kind.REFUSED_INCONVENIENT) {
      if (reason == null) {
        problems.add(requirementId + ": " + kind + " needs the vendor's reason");
      }
      if (clause != null) {
        problems.add(requirementId + ": " + kind + " takes no new clause text; record a counter-proposal as COUNTERED");
      }
    }
    return problems.size() == before ? new VendorAnswer(requirementId, kind, documentId, section, clause, reason) : null;
  }

  private static void length(String requirementId, String field, String value, int max, List<String> problems) {
    if (value != null && value.length() > max) {
      problems.add(requirementId + ": " + field + " must be at most " + max + " characters (got " + value.length() + ")");
    }
  }

  private static Long documentId(String requirementId, Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.doubleValue() > 0) {
      return n.longValue();
    }
    try {
      long id = Long.parseLong(value.toString().trim().replaceFirst("^#", ""));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(requirementId + ": documentId '" + value + "' is not a document id");
    return null;
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().trim();
    return s.isEmpty() ? null : s;
  }
}
