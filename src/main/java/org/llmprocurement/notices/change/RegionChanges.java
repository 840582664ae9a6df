package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.llmprocurement.contracts.ContractParticulars.DataLocation;
import org.llmprocurement.contracts.DoraCodes.DataType;
import org.llmprocurement.domain.Region;

/**
 * Region and data-flow change notices: reads the payload and checks the new regions of each named
 * data type against the contract's data locations of that type. Engine-free.
 *
 * <p>The regions in a notice are where the data will be stored, processed or reached by support
 * after the change (not only what is added). A region the contract does not list for that data type
 * and purpose is outside the contract. Support access regions are optional: a notice that names
 * none leaves support access as it is.
 */
public final class RegionChanges {

  public static final String DATA_TYPES = "dataTypes";
  public static final String STORAGE_REGIONS = "storageRegions";
  public static final String PROCESSING_REGIONS = "processingRegions";
  public static final String SUPPORT_ACCESS_REGIONS = "supportAccessRegions";
  public static final String EFFECTIVE_DATE = "effectiveDate";
  public static final String ANNOUNCED_AT = "announcedAt";
  public static final String DISCOVERED_WITHOUT_NOTICE = "discoveredWithoutNotice";
  public static final String DESCRIPTION = "description";
  /** Every payload field, in the order the docs and the start form show them. */
  public static final Set<String> FIELDS = new LinkedHashSet<>(List.of(DATA_TYPES, STORAGE_REGIONS, PROCESSING_REGIONS,
      SUPPORT_ACCESS_REGIONS, EFFECTIVE_DATE, ANNOUNCED_AT, DISCOVERED_WITHOUT_NOTICE, DESCRIPTION));

  /**
   * A region or data-flow change as announced: for each data type, the regions after the change.
   *
   * @param supportAccessRegions empty when the notice does not change support access
   */
  public record RegionChange(List<DataType> dataTypes, List<Region> storageRegions, List<Region> processingRegions,
      List<Region> supportAccessRegions, LocalDate effectiveDate, Instant announcedAt, boolean discoveredWithoutNotice,
      String description) {}

  /** The change read from a payload, or the problems that refuse it. */
  public record Read(RegionChange change, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * One data type's regions outside the contract.
   *
   * @param contracted the contract's data location for the type, or {@code null} when it has none
   */
  public record Outside(DataType dataType, List<Region> storage, List<Region> processing, List<Region> supportAccess,
      DataLocation contracted) {

    /** In words, e.g. "PROMPTS: stored in US, processed in US (contract: stored in EU, processed in EU)". */
    public String describe() {
      List<String> parts = new ArrayList<>();
      if (!storage.isEmpty()) {
        parts.add("stored in " + names(storage));
      }
      if (!processing.isEmpty()) {
        parts.add("processed in " + names(processing));
      }
      if (!supportAccess.isEmpty()) {
        parts.add("reached by support from " + names(supportAccess));
      }
      String contract = contracted == null ? "the contract lists no location for it"
          : "contract: stored in " + names(contracted.storageRegions()) + ", processed in "
              + names(contracted.processingRegions()) + ", support from " + names(contracted.supportAccessRegions());
      return dataType + ": " + String.join(", ", parts) + " (" + contract + ")";
    }
  }

  /** The change against the contract's data locations; {@code outside} is empty when it stays within. */
  public record Residency(List<Outside> outside) {
    public boolean withinContract() {
      return outside.isEmpty();
    }

    /** Every data type outside the contract, in words, one per line. */
    public String describe() {
      return withinContract() ? "Every named data type stays within the contract's regions"
          : String.join("\n", outside.stream().map(Outside::describe).toList());
    }

    /** Every region outside the contract for any type and purpose. */
    public Set<Region> regions() {
      Set<Region> regions = new LinkedHashSet<>();
      outside.forEach(o -> {
        regions.addAll(o.storage());
        regions.addAll(o.processing());
        regions.addAll(o.supportAccess());
      });
      return regions;
    }
  }

  private RegionChanges() {}

  /** Reads and checks the payload; every problem names its field. */
  public static Read read(JsonNode json) {
    Payload p = new Payload(json, FIELDS);
    List<DataType> types = p.enums(DATA_TYPES, DataType.class, true);
    List<Region> storage = p.enums(STORAGE_REGIONS, Region.class, false);
    List<Region> processing = p.enums(PROCESSING_REGIONS, Region.class, false);
    List<Region> support = p.enums(SUPPORT_ACCESS_REGIONS, Region.class, false);
    if (!p.present(STORAGE_REGIONS) && !p.present(PROCESSING_REGIONS) && !p.present(SUPPORT_ACCESS_REGIONS)) {
      p.problem(STORAGE_REGIONS, "name the regions after the change: storageRegions, processingRegions or "
          + "supportAccessRegions (at least one)");
    }
    LocalDate effective = p.date(EFFECTIVE_DATE, true);
    boolean discovered = p.flag(DISCOVERED_WITHOUT_NOTICE);
    Instant announced = p.instant(ANNOUNCED_AT, !discovered);
    if (discovered && announced != null) {
      p.problem(ANNOUNCED_AT, "a change discovered without notice was not announced; leave it empty");
    }
    String description = p.text(DESCRIPTION, Payload.MAX_DESCRIPTION, false);
    List<String> problems = p.problems();
    return new Read(problems.isEmpty() ? new RegionChange(types, storage, processing, support, effective, announced,
        discovered, description) : null, problems);
  }

  /** Checks each named data type's new regions against the contract's location of that type. */
  public static Residency check(RegionChange change, List<DataLocation> locations) {
    List<Outside> outside = new ArrayList<>();
    for (DataType type : change.dataTypes()) {
      DataLocation contracted = locations.stream().filter(l -> l.dataType() == type).findFirst().orElse(null);
      List<Region> storage = beyond(change.storageRegions(), contracted == null ? List.of() : contracted.storageRegions());
      List<Region> processing = beyond(change.processingRegions(),
          contracted == null ? List.of() : contracted.processingRegions());
      List<Region> support = beyond(change.supportAccessRegions(),
          contracted == null ? List.of() : contracted.supportAccessRegions());
      if (!storage.isEmpty() || !processing.isEmpty() || !support.isEmpty()) {
        outside.add(new Outside(type, storage, processing, support, contracted));
      }
    }
    return new Residency(List.copyOf(outside));
  }

  private static List<Region> beyond(List<Region> after, List<Region> contracted) {
    return after.stream().filter(r -> !contracted.contains(r)).toList();
  }

  private static String names(List<Region> regions) {
    return regions.isEmpty() ? "none" : String.join(", ", regions.stream().map(Enum::name).toList());
  }
}
