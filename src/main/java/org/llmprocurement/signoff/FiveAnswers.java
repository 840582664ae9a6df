package org.llmprocurement.signoff;

import java.util.List;
import org.llmprocurement.domain.Region;

/**
 * The answers to the five final questions as structured values (never free text), stored per
 * sign-off round and read by the contract register. A {@code null} value is a missing answer.
 *
 * @param sla Q1
 * @param audit Q2
 * @param data Q3
 * @param incident Q4
 * @param fix Q5
 */
public record FiveAnswers(Sla sla, Audit audit, DataLocations data, IncidentNotice incident, Fix fix) {

  /** Q1: one row per surface in scope and region. */
  public record Sla(List<SlaRow> rows) {
    public Sla {
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  /**
   * The service level of one surface in one region; units as the tier thresholds: availability in
   * percent per month, latency in milliseconds, Sev1 response in minutes, Sev2 in hours, Sev3 in
   * business hours, Sev1/Sev2 resolution in hours, Sev3 resolution in business days.
   */
  public record SlaRow(String surface, String region, Double availabilityPercent, Integer latencyP95Ms,
      Integer latencyP99Ms, Integer sev1ResponseMinutes, Integer sev2ResponseHours, Integer sev3ResponseBusinessHours,
      Integer sev1ResolutionHours, Integer sev2ResolutionHours, Integer sev3ResolutionBusinessDays) {}

  /**
   * Q2.
   *
   * @param evidenceTypes {@link EvidenceType} names the vendor delivers
   * @param cadenceMonths how often the evidence is refreshed, in months
   * @param onSite whether we (or our auditor) may audit on site
   * @param thirdParty whether an independent third-party auditor may audit
   */
  public record Audit(List<String> evidenceTypes, Integer cadenceMonths, Boolean onSite, Boolean thirdParty) {
    public Audit {
      evidenceTypes = evidenceTypes == null ? List.of() : List.copyOf(evidenceTypes);
    }
  }

  /** Evidence the vendor can deliver for audit. */
  public enum EvidenceType { SOC2_TYPE2, ISO27001, ISO42001, PEN_TEST_SUMMARY, SUBPROCESSOR_LIST, CONTROL_ATTESTATIONS, BRIDGE_LETTER }

  /** Q3: one row per data type. */
  public record DataLocations(List<DataRow> rows) {
    public DataLocations {
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  /** Where one {@link DataType} is stored and processed, and from where support staff may access it. */
  public record DataRow(String dataType, List<Region> storageRegions, List<Region> processingRegions,
      List<Region> supportAccessRegions) {
    public DataRow {
      storageRegions = storageRegions == null ? List.of() : List.copyOf(storageRegions);
      processingRegions = processingRegions == null ? List.of() : List.copyOf(processingRegions);
      supportAccessRegions = supportAccessRegions == null ? List.of() : List.copyOf(supportAccessRegions);
    }
  }

  /** Kinds of our data Q3 asks about; embeddings only when the scope has embeddings or retrieval. */
  public enum DataType {
    PROMPTS("prompts"), OUTPUTS("outputs"), LOGS("logs"), EMBEDDINGS("embeddings"), BACKUPS("backups"),
    SUPPORT_ARTEFACTS("support artefacts");

    private final String label;

    DataType(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Q4: hours until notice of a suspected and of a confirmed incident, hours between updates. */
  public record IncidentNotice(Integer suspectedHours, Integer confirmedHours, Integer updateHours) {}

  /**
   * Q5: deadlines in business days after an incident or major SLA failure, and the remedies the
   * contract grants (service credits, suspending affected data flows, support step-up at the
   * vendor's cost, termination right for repeated failures).
   */
  public record Fix(Integer rootCauseBusinessDays, Integer correctivePlanBusinessDays, Boolean credits, Boolean suspension,
      Boolean stepUp, Boolean termination) {}
}
