package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;

/**
 * Model change notices: reads the payload and compares the change with the register's pinned
 * models. Engine-free.
 *
 * <p>A notice naming a model the register does not pin is not refused: the vendor may run a model
 * the contract never pinned, which is itself a finding. The comparison flags it
 * ({@link Match#NOT_PINNED}); accepting such a change records the decision but pins nothing (the
 * pinned models' provenance fields are procurement's to fill in with a register amendment).
 */
public final class ModelChanges {

  /** What changes about the model. */
  public enum Kind {
    VERSION_REPLACEMENT, DEPRECATION, CONTEXT_WINDOW_CHANGE, SAFETY_POLICY_CHANGE, FINE_TUNING_UPDATE, ROUTING_CHANGE
  }

  public static final String KIND = "kind";
  public static final String MODEL_NAME = "modelName";
  public static final String CURRENT_VERSION = "currentVersion";
  public static final String NEW_VERSION = "newVersion";
  public static final String EFFECTIVE_DATE = "effectiveDate";
  public static final String ANNOUNCED_AT = "announcedAt";
  public static final String DISCOVERED_WITHOUT_NOTICE = "discoveredWithoutNotice";
  public static final String DESCRIPTION = "description";
  /** Every payload field, in the order the docs and the start form show them. */
  public static final Set<String> FIELDS = new LinkedHashSet<>(List.of(KIND, MODEL_NAME, CURRENT_VERSION, NEW_VERSION,
      EFFECTIVE_DATE, ANNOUNCED_AT, DISCOVERED_WITHOUT_NOTICE, DESCRIPTION));

  static final int MAX_VERSION = 100;

  /**
   * A model change as announced.
   *
   * @param currentVersion the version the vendor says it replaces, or {@code null}
   * @param newVersion the version that takes over; required for {@link Kind#VERSION_REPLACEMENT}
   * @param announcedAt when the vendor announced it; {@code null} only when discovered without notice
   */
  public record ModelChange(Kind kind, String modelName, String currentVersion, String newVersion, LocalDate effectiveDate,
      Instant announcedAt, boolean discoveredWithoutNotice, String description) {}

  /** The change read from a payload, or the problems that refuse it. */
  public record Read(ModelChange change, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** How the named model stands in the register. */
  public enum Match {
    /** The register pins this model at the version the vendor says it replaces (or names none). */
    PINNED,
    /** The register pins the model, but at another version than the vendor says it replaces. */
    OTHER_VERSION_PINNED,
    /** The register pins no model of this name. */
    NOT_PINNED
  }

  /**
   * The change against the register.
   *
   * @param pinnedVersion the version the register pins for the model, or {@code null}
   * @param findings what a reader should look at, in words; empty when the change matches
   */
  public record Comparison(Match match, String pinnedVersion, List<String> findings) {
    /** Whether the change does not match the register as the vendor describes it. */
    public boolean flagged() {
      return match != Match.PINNED;
    }
  }

  private ModelChanges() {}

  /** Reads and checks the payload; every problem names its field. */
  public static Read read(JsonNode json) {
    Payload p = new Payload(json, FIELDS);
    Kind kind = p.enumValue(KIND, Kind.class, true);
    String name = p.text(MODEL_NAME, Payload.MAX_NAME, true);
    String current = p.text(CURRENT_VERSION, MAX_VERSION, false);
    String next = p.text(NEW_VERSION, MAX_VERSION, kind == Kind.VERSION_REPLACEMENT);
    LocalDate effective = p.date(EFFECTIVE_DATE, true);
    boolean discovered = p.flag(DISCOVERED_WITHOUT_NOTICE);
    Instant announced = p.instant(ANNOUNCED_AT, !discovered);
    String description = p.text(DESCRIPTION, Payload.MAX_DESCRIPTION, false);
    if (current != null && next != null && current.equalsIgnoreCase(next)) {
      p.problem(NEW_VERSION, "'" + next + "' is the current version; a replacement names another");
    }
    if (discovered && announced != null) {
      p.problem(ANNOUNCED_AT, "a change discovered without notice was not announced; leave it empty");
    }
    List<String> problems = p.problems();
    return new Read(problems.isEmpty() ? new ModelChange(kind, name, current, next, effective, announced, discovered,
        description) : null, problems);
  }

  /** Compares the change with the register's pinned models (names case-insensitive). */
  public static Comparison compare(ModelChange change, List<PinnedModel> pinned) {
    Optional<PinnedModel> model = pinned.stream().filter(m -> sameName(m, change.modelName())
        && change.currentVersion() != null && change.currentVersion().equalsIgnoreCase(m.version())).findFirst()
        .or(() -> pinnedModel(change.modelName(), pinned));
    List<String> findings = new ArrayList<>();
    if (model.isEmpty()) {
      findings.add("The register pins no model named '" + change.modelName() + "'; pinned: "
          + (pinned.isEmpty() ? "none" : String.join(", ", pinned.stream().map(m -> m.name() + " " + m.version()).toList())));
      return new Comparison(Match.NOT_PINNED, null, findings);
    }
    String pinnedVersion = model.get().version();
    if (change.currentVersion() != null && !change.currentVersion().equalsIgnoreCase(pinnedVersion)) {
      findings.add("The vendor replaces " + change.modelName() + " " + change.currentVersion() + ", but the register pins "
          + pinnedVersion + ": the pinned version may already have been swapped");
      return new Comparison(Match.OTHER_VERSION_PINNED, pinnedVersion, findings);
    }
    return new Comparison(Match.PINNED, pinnedVersion, findings);
  }

  /**
   * The pinned models after accepting the change: the named model's pinned version (the one the
   * comparison found) replaced by the new version, its provenance kept (or simply dropped when the
   * new version is pinned already); unchanged when the change names no new version or the model is
   * not pinned.
   */
  public static List<PinnedModel> pinNewVersion(List<PinnedModel> pinned, ModelChange change, Comparison comparison) {
    if (change.newVersion() == null || comparison.pinnedVersion() == null) {
      return pinned;
    }
    boolean alreadyPinned = pinned.stream().anyMatch(m -> sameName(m, change.modelName())
        && m.version().equalsIgnoreCase(change.newVersion()));
    List<PinnedModel> after = new ArrayList<>();
    for (PinnedModel m : pinned) {
      if (!sameName(m, change.modelName()) || !comparison.pinnedVersion().equals(m.version())) {
        after.add(m);
      } else if (!alreadyPinned) {
        // the new version takes the replaced one's place, with its provenance
        after.add(new PinnedModel(m.name(), change.newVersion(), m.baseModelFamily(), m.fineTuning(),
            m.thirdPartyFoundationModel(), m.safetyLayers()));
      }
    }
    return after;
  }

  private static Optional<PinnedModel> pinnedModel(String name, List<PinnedModel> pinned) {
    return pinned.stream().filter(m -> sameName(m, name)).findFirst();
  }

  private static boolean sameName(PinnedModel m, String name) {
    return m.name() != null && m.name().strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT));
  }
}
