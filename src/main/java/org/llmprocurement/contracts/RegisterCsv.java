package org.llmprocurement.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llmprocurement.contracts.ContractParticulars.DataLocation;
import org.llmprocurement.domain.Region;

/**
 * The register as CSV: first the columns of the DORA register of information the register holds,
 * headed by their template column code and name (e.g. {@code B_02.02.0070 Start date of the
 * contractual arrangement}), then our own columns. Code-list columns carry the register's wording.
 * Engine-free; docs/contracts.md lists the columns.
 */
final class RegisterCsv {

  /** One entry with its vendor: what a row is built from. */
  record Entry(Contract contract, Vendor vendor) {}

  /** A column: its header and how a row's cell is read. */
  record Column(String header, Function<Entry, Object> cell) {}

  static final List<Column> COLUMNS = List.of(
      new Column("B_02.02.0010 Contractual arrangement reference number", e -> e.contract().getContractReference()),
      new Column("B_02.02.0070 Start date of the contractual arrangement", e -> e.contract().getEffectiveDate()),
      new Column("B_02.02.0080 End date of the contractual arrangement", e -> e.contract().getTermEnd()),
      new Column("B_02.02.0100 Notice period for the financial entity making use of the ICT service(s)",
          e -> e.contract().getNonRenewalNoticeDays()),
      new Column("B_02.02.0110 Notice period for the ICT third-party service provider",
          e -> e.contract().getProviderTerminationNoticeDays()),
      new Column("B_02.02.0120 Country of the governing law of the contractual arrangement",
          e -> e.contract().getGoverningLawCountry()),
      new Column("B_02.02.0140 Storage of data",
          e -> yesNo(e.contract().getDataLocations().stream().anyMatch(l -> !l.storageRegions().isEmpty()))),
      new Column("B_02.02.0150 Location of the data at rest (storage)",
          e -> regions(e.contract().getDataLocations(), DataLocation::storageRegions)),
      new Column("B_02.02.0160 Location of management of the data (processing)",
          e -> regions(e.contract().getDataLocations(), DataLocation::processingRegions)),
      new Column("B_02.02.0170 Sensitiveness of the data stored by the ICT third-party service provider",
          e -> e.contract().getDataSensitivity().label()),
      new Column("B_02.02.0180 Level of reliance on the ICT service supporting the critical or important function",
          e -> e.contract().getRelianceLevel().label()),
      new Column("B_07.01.0050 Substitutability of the ICT third-party service provider",
          e -> e.contract().getSubstitutability().label()),
      new Column("B_07.01.0080 Existence of an exit plan", e -> yesNo(e.contract().isExitPlanExists())),
      new Column("B_07.01.0110 Are there alternative ICT third-party service providers identified?",
          e -> e.contract().getAlternativeProvidersIdentified().label()),
      new Column("B_07.01.0120 Identification of alternative ICT TPP", e -> e.contract().getAlternativeProviders()),
      new Column("Vendor legal name", e -> e.vendor().getLegalName()),
      new Column("Vendor LEI", e -> e.vendor().getLei()),
      new Column("Vendor country", e -> e.vendor().getCountry()),
      new Column("Product", e -> e.contract().getProduct()),
      new Column("Procurement", e -> e.contract().getBusinessKey()),
      new Column("Risk tier", e -> e.contract().getRiskTier()),
      new Column("Status", e -> e.contract().getStatus()),
      new Column("Covered surfaces", e -> e.contract().getSurfaces().stream().map(Enum::name).collect(Collectors.joining(";"))),
      new Column("Pinned models", e -> e.contract().getModels().stream().map(m -> m.name() + " " + m.version())
          .collect(Collectors.joining(";"))),
      new Column("Subprocessors", e -> e.contract().getSubprocessors().stream().map(s -> s.name() + " (" + s.location() + ")")
          .collect(Collectors.joining(";"))),
      new Column("Auto-renewal", e -> yesNo(e.contract().isAutoRenewal())),
      new Column("Non-renewal deadline", e -> e.contract().getNonRenewalDeadline()),
      new Column("Pilot end date", e -> e.contract().getPilotEndDate()),
      new Column("Used after pilot end since", e -> e.contract().getUsedAfterPilotEndSince()),
      new Column("Register version", e -> e.contract().getVersion()));

  private RegisterCsv() {}

  static List<String> headers() {
    return COLUMNS.stream().map(Column::header).toList();
  }

  static String csv(List<Entry> entries) {
    StringBuilder csv = new StringBuilder(headers().stream().map(RegisterCsv::escape).collect(Collectors.joining(",")))
        .append("\r\n");
    for (Entry entry : entries) {
      List<String> cells = new ArrayList<>();
      for (Column column : COLUMNS) {
        cells.add(escape(column.cell().apply(entry)));
      }
      csv.append(String.join(",", cells)).append("\r\n");
    }
    return csv.toString();
  }

  private static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }

  /** Every region of the rows, in enum order, joined by semicolons. */
  private static String regions(List<DataLocation> locations, Function<DataLocation, List<Region>> which) {
    Set<Region> all = new java.util.TreeSet<>();
    locations.forEach(l -> all.addAll(which.apply(l)));
    return new LinkedHashSet<>(all).stream().map(Enum::name).collect(Collectors.joining(";"));
  }

  /** RFC 4180 quoting; cells starting with = + - @ are prefixed so spreadsheets never run them. */
  static String escape(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
