package org.llmprocurement.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.llmprocurement.contracts.ContractParticulars.DataLocation;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.contracts.DoraCodes.AlternativeProviders;
import org.llmprocurement.contracts.DoraCodes.DataSensitivity;
import org.llmprocurement.contracts.DoraCodes.RelianceLevel;
import org.llmprocurement.contracts.DoraCodes.Substitutability;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.negotiation.AcceptedRisk;

/**
 * One register entry: a signed contract of one procurement, with its particulars, the signed
 * document versions and the risks accepted during negotiation as they stood at registration.
 * {@link #getVersion()} is 1 at registration and grows by one with each amendment.
 */
@Entity
@Table(name = "contract")
public class Contract {

  /** A signed document version (documents package), as registered. */
  public record SignedDocument(long id, String type, String title, int version, String sha256) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "contract_reference", nullable = false, length = 255)
  private String contractReference;

  @Column(name = "vendor_id", nullable = false)
  private Long vendorId;

  @Column(nullable = false, length = 200)
  private String product;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_tier", nullable = false, length = 20)
  private RiskTier riskTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ContractStatus status;

  @Column(nullable = false, length = 500)
  private String surfaces;

  @Column(nullable = false, length = 30000)
  private String models;

  @Column(name = "data_locations", nullable = false, length = 8000)
  private String dataLocations;

  @Column(nullable = false, length = 30000)
  private String subprocessors;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Column(name = "auto_renewal", nullable = false)
  private boolean autoRenewal;

  @Column(name = "non_renewal_notice_days", nullable = false)
  private int nonRenewalNoticeDays;

  @Column(name = "provider_termination_notice_days", nullable = false)
  private int providerTerminationNoticeDays;

  /** Term end minus our non-renewal notice: kept so the renewal-window filter is a plain date range. */
  @Column(name = "non_renewal_deadline", nullable = false)
  private LocalDate nonRenewalDeadline;

  @Column(name = "governing_law_country", nullable = false, length = 2)
  private String governingLawCountry;

  @Enumerated(EnumType.STRING)
  @Column(name = "data_sensitivity", nullable = false, length = 20)
  private DataSensitivity dataSensitivity;

  @Enumerated(EnumType.STRING)
  @Column(name = "reliance_level", nullable = false, length = 20)
  private RelianceLevel relianceLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Substitutability substitutability;

  @Column(name = "exit_plan_exists", nullable = false)
  private boolean exitPlanExists;

  @Enumerated(EnumType.STRING)
  @Column(name = "alternative_providers_identified", nullable = false, length = 20)
  private AlternativeProviders alternativeProvidersIdentified;

  @Column(name = "alternative_providers", length = 1000)
  private String alternativeProviders;

  /** Last day of the pilot the contract was signed for; {@code null} for production (and once promoted). */
  @Column(name = "pilot_end_date")
  private LocalDate pilotEndDate;

  /**
   * The first day the contract was used after its pilot ended without promotion (set by the pilot
   * promotion review's escalation); {@code null} while in time, for production and once promoted.
   */
  @Column(name = "used_after_pilot_end_since")
  private LocalDate usedAfterPilotEndSince;

  @Column(name = "signed_documents", nullable = false, length = 20000)
  private String signedDocuments;

  @Column(name = "accepted_risks", nullable = false, length = 100000)
  private String acceptedRisks;

  @Column(name = "catalogue_version", length = 40)
  private String catalogueVersion;

  @Column(name = "thresholds_version", length = 80)
  private String thresholdsVersion;

  /**
   * What was signed (JSON, {@link SignOffRecord}): who signed for each function and when, the
   * confirmed answers to the five final questions, and the items settled other than by a MET clause
   * with who approved them. {@code null} for an entry registered without a signed sign-off.
   */
  @Column(name = "sign_off_record", length = 20000)
  private String signOffRecord;

  @Column(nullable = false)
  private int version;

  /** The exit (package {@code exit}) that froze the entry: no new use cases on it; {@code null} while none. */
  @Column(name = "frozen_by_exit")
  private Long frozenByExit;

  /** When {@link #frozenByExit} froze the entry; {@code null} while not frozen. */
  @Column(name = "frozen_at")
  private Instant frozenAt;

  /** When the exit runbook closed the entry ({@link ContractStatus#CLOSED}); {@code null} before. */
  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "registered_by", nullable = false, length = 100)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Contract() {}

  Contract(long procurementId, String businessKey, long vendorId, RiskTier tier, ContractParticulars particulars,
      List<SignedDocument> signedDocuments, List<AcceptedRisk> acceptedRisks, String catalogueVersion,
      String thresholdsVersion, SignOffRecord signOffRecord, String registeredBy, Instant now) {
    this.procurementId = procurementId;
    this.businessKey = businessKey;
    this.vendorId = vendorId;
    this.riskTier = tier;
    this.status = ContractStatus.ACTIVE;
    this.signedDocuments = Json.write(signedDocuments);
    this.acceptedRisks = Json.write(acceptedRisks);
    this.catalogueVersion = catalogueVersion;
    this.thresholdsVersion = thresholdsVersion;
    this.signOffRecord = signOffRecord == null ? null : Json.write(signOffRecord);
    this.version = 1;
    this.registeredBy = registeredBy;
    this.registeredAt = now;
    apply(particulars, now);
  }

  /** Takes the contract's own particulars (never the vendor's, which live on the vendor record). */
  private void apply(ContractParticulars p, Instant now) {
    this.contractReference = p.contractReference();
    this.product = p.product();
    this.surfaces = String.join(",", p.surfaces().stream().map(Enum::name).toList());
    this.models = Json.write(p.models());
    this.dataLocations = Json.write(p.dataLocations());
    this.subprocessors = Json.write(p.subprocessors());
    this.effectiveDate = p.effectiveDate();
    this.termEnd = p.termEnd();
    this.autoRenewal = p.autoRenewal();
    this.nonRenewalNoticeDays = p.nonRenewalNoticeDays();
    this.providerTerminationNoticeDays = p.providerTerminationNoticeDays();
    this.nonRenewalDeadline = p.nonRenewalDeadline();
    this.governingLawCountry = p.governingLawCountry();
    this.dataSensitivity = p.dataSensitivity();
    this.relianceLevel = p.relianceLevel();
    this.substitutability = p.substitutability();
    this.exitPlanExists = p.exitPlanExists();
    this.alternativeProvidersIdentified = p.alternativeProvidersIdentified();
    this.alternativeProviders = p.alternativeProviders();
    this.pilotEndDate = p.pilotEndDate();
    if (pilotEndDate == null || !pilotEndDate.isBefore(now.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
      // promoted, or the pilot was extended: it is no longer used after its end
      this.usedAfterPilotEndSince = null;
    }
    this.updatedAt = now;
  }

  /**
   * Flags the entry as used after its pilot ended without promotion (idempotent: the first day
   * stays). Does not count as an amendment.
   *
   * @throws IllegalStateException the entry is not a pilot
   */
  void flagUsedAfterPilotEnd(LocalDate since, Instant now) {
    if (pilotEndDate == null) {
      throw new IllegalStateException("contract " + id + " is not a pilot");
    }
    if (usedAfterPilotEndSince == null) {
      usedAfterPilotEndSince = since;
      updatedAt = now;
    }
  }

  /** Sets the tier re-decided when the pilot was promoted to production (recorded with an amendment). */
  /** The catalogue and thresholds versions the entry's terms now follow (after a renegotiation). */
  void repin(String catalogueVersion, String thresholdsVersion) {
    this.catalogueVersion = catalogueVersion;
    this.thresholdsVersion = thresholdsVersion;
  }

  void retier(RiskTier tier) {
    this.riskTier = tier;
  }

  /** Applies amended particulars and returns the new version. */
  int amend(ContractParticulars amended, Instant now) {
    apply(amended, now);
    version++;
    return version;
  }

  /** Moves the status along {@link ContractStatus#canMoveTo}. */
  void moveTo(ContractStatus next, Instant now) {
    if (!status.canMoveTo(next)) {
      throw new IllegalStateException("a " + status + " contract cannot become " + next);
    }
    status = next;
    updatedAt = now;
  }

  /**
   * Records that exit {@code exitId} froze the entry (idempotent for that exit).
   *
   * @throws IllegalStateException another exit froze it already
   */
  void freeze(long exitId, Instant now) {
    if (frozenByExit != null && frozenByExit != exitId) {
      throw new IllegalStateException("contract " + id + " is already frozen by exit " + frozenByExit);
    }
    if (frozenByExit == null) {
      frozenByExit = exitId;
      frozenAt = now;
      updatedAt = now;
    }
  }

  /** Lifts the freeze of exit {@code exitId} (its runbook was cancelled); a freeze by another exit stays. */
  void unfreeze(long exitId, Instant now) {
    if (frozenByExit != null && frozenByExit == exitId) {
      frozenByExit = null;
      frozenAt = null;
      updatedAt = now;
    }
  }

  /** Moves the entry to {@link ContractStatus#CLOSED} and records when (along {@link ContractStatus#canMoveTo}). */
  void close(Instant now) {
    moveTo(ContractStatus.CLOSED, now);
    closedAt = now;
  }

  /** The contract's own particulars as they stand, with the vendor named by id only. */
  public ContractParticulars particulars() {
    return new ContractParticulars(vendorId, null, null, null, null, List.of(), contractReference, product,
        getSurfaces(), getModels(), getDataLocations(), getSubprocessors(), effectiveDate, termEnd, autoRenewal,
        nonRenewalNoticeDays, providerTerminationNoticeDays, governingLawCountry, dataSensitivity, relianceLevel,
        substitutability, exitPlanExists, alternativeProvidersIdentified, alternativeProviders, pilotEndDate);
  }

  public Long getId() { return id; }
  public Long getProcurementId() { return procurementId; }
  public String getBusinessKey() { return businessKey; }
  public String getContractReference() { return contractReference; }
  public Long getVendorId() { return vendorId; }
  public String getProduct() { return product; }
  public RiskTier getRiskTier() { return riskTier; }
  public ContractStatus getStatus() { return status; }
  public List<Surface> getSurfaces() {
    return surfaces.isBlank() ? List.of() : Arrays.stream(surfaces.split(",")).map(Surface::valueOf).toList();
  }
  public List<PinnedModel> getModels() { return Json.read(models, new TypeReference<List<PinnedModel>>() {}); }
  public List<DataLocation> getDataLocations() { return Json.read(dataLocations, new TypeReference<List<DataLocation>>() {}); }
  public List<Subprocessor> getSubprocessors() { return Json.read(subprocessors, new TypeReference<List<Subprocessor>>() {}); }
  public LocalDate getEffectiveDate() { return effectiveDate; }
  public LocalDate getTermEnd() { return termEnd; }
  public boolean isAutoRenewal() { return autoRenewal; }
  public int getNonRenewalNoticeDays() { return nonRenewalNoticeDays; }
  public int getProviderTerminationNoticeDays() { return providerTerminationNoticeDays; }
  public LocalDate getNonRenewalDeadline() { return nonRenewalDeadline; }
  public String getGoverningLawCountry() { return governingLawCountry; }
  public DataSensitivity getDataSensitivity() { return dataSensitivity; }
  public RelianceLevel getRelianceLevel() { return relianceLevel; }
  public Substitutability getSubstitutability() { return substitutability; }
  public boolean isExitPlanExists() { return exitPlanExists; }
  public AlternativeProviders getAlternativeProvidersIdentified() { return alternativeProvidersIdentified; }
  public String getAlternativeProviders() { return alternativeProviders; }
  /** Last day of the pilot, or {@code null} (production, or promoted). */
  public LocalDate getPilotEndDate() { return pilotEndDate; }
  /** First day of use after the pilot ended unpromoted, or {@code null}: see the field. */
  public LocalDate getUsedAfterPilotEndSince() { return usedAfterPilotEndSince; }
  /** Whether the entry is flagged as used after its pilot ended without promotion. */
  public boolean isUsedAfterPilotEnd() { return usedAfterPilotEndSince != null; }
  public List<SignedDocument> getSignedDocuments() { return Json.read(signedDocuments, new TypeReference<List<SignedDocument>>() {}); }
  public List<AcceptedRisk> getAcceptedRisks() { return Json.read(acceptedRisks, new TypeReference<List<AcceptedRisk>>() {}); }
  public String getCatalogueVersion() { return catalogueVersion; }
  public String getThresholdsVersion() { return thresholdsVersion; }
  /** Sign-off's record (signers, confirmed answers) as JSON, or {@code null}: see the field. */
  public String getSignOffRecord() { return signOffRecord; }
  public int getVersion() { return version; }
  /** The id of the exit that froze the entry, or {@code null}: see the field. */
  public Long getFrozenByExit() { return frozenByExit; }
  /** When the entry was frozen by its exit, or {@code null}. */
  public Instant getFrozenAt() { return frozenAt; }
  /** When the entry was closed, or {@code null}. */
  public Instant getClosedAt() { return closedAt; }
  public String getRegisteredBy() { return registeredBy; }
  public Instant getRegisteredAt() { return registeredAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
