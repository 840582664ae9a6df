package org.llmprocurement.contracts;

/**
 * Closed code lists of the register, taken from the DORA register of information (Commission
 * Implementing Regulation (EU) 2024/2956, Annex I) where one exists: each constant carries the
 * wording of the register's option, which the CSV export writes. {@link DataType} is ours (the data
 * types of an LLM service the checklist asks about); docs/contracts.md lists every mapping.
 */
public final class DoraCodes {

  private DoraCodes() {}

  /** B_02.02.0170 "Sensitiveness of the data stored by the ICT third-party service provider". */
  public enum DataSensitivity {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    DataSensitivity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** B_02.02.0180 "Level of reliance on the ICT service supporting the critical or important function". */
  public enum RelianceLevel {
    NOT_SIGNIFICANT("Not significant"), LOW("Low reliance"), MATERIAL("Material reliance"), FULL("Full reliance");

    private final String label;

    RelianceLevel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** B_07.01.0050 "Substitutability of the ICT third-party service provider". */
  public enum Substitutability {
    NOT_SUBSTITUTABLE("Not substitutable"),
    HIGHLY_COMPLEX("Highly complex substitutability"),
    MEDIUM_COMPLEXITY("Medium complexity in terms of substitutability"),
    EASILY_SUBSTITUTABLE("Easily substitutable");

    private final String label;

    Substitutability(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** B_07.01.0110 "Are there alternative ICT third-party service providers identified?". */
  public enum AlternativeProviders {
    YES("Yes"), NO("No"), NOT_ASSESSED("Assessment not performed");

    private final String label;

    AlternativeProviders(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The data an LLM service holds, each with its own storage and processing regions (ours, not DORA's). */
  public enum DataType {
    PROMPTS, OUTPUTS, LOGS, EMBEDDINGS, BACKUPS, SUPPORT_ARTEFACTS
  }
}
