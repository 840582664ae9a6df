package org.llmprocurement.contracts;

import java.time.LocalDate;
import java.util.List;
import org.llmprocurement.contracts.DoraCodes.AlternativeProviders;
import org.llmprocurement.contracts.DoraCodes.DataSensitivity;
import org.llmprocurement.contracts.DoraCodes.DataType;
import org.llmprocurement.contracts.DoraCodes.RelianceLevel;
import org.llmprocurement.contracts.DoraCodes.Substitutability;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

/**
 * The particulars of a signed contract as procurement recorded them, validated by
 * {@link ParticularsReader}. The field names are those of the form and of the JSON the API shows;
 * DORA register names are in docs/contracts.md.
 *
 * @param vendorId an existing vendor record chosen by id, or {@code null} to match or create one
 *     from the vendor fields (LEI first, then legal name)
 * @param vendorLegalName the vendor's legal name
 * @param vendorLei ISO 17442 legal entity identifier, or {@code null}
 * @param vendorCountry ISO 3166-1 alpha-2 country of the vendor's registered office
 * @param vendorNoticeAddress where contractual notices go
 * @param vendorContacts people to contact at the vendor
 * @param contractReference our unique contract reference (B_02.02.0010)
 * @param product the service bought
 * @param surfaces the product surfaces the contract covers (a subset of those reviewed)
 * @param models pinned model names and versions with provenance
 * @param dataLocations one row per {@link DataType}: where it is stored, processed and supported
 * @param subprocessors the vendor's subprocessors
 * @param effectiveDate start of the contract (B_02.02.0070)
 * @param termEnd end of the current term (B_02.02.0080)
 * @param autoRenewal whether the term renews unless notice is given
 * @param nonRenewalNoticeDays calendar days of notice we must give (B_02.02.0100)
 * @param providerTerminationNoticeDays calendar days of notice the vendor must give (B_02.02.0110)
 * @param governingLawCountry ISO 3166-1 alpha-2 country of the governing law (B_02.02.0120)
 * @param dataSensitivity B_02.02.0170
 * @param relianceLevel B_02.02.0180
 * @param substitutability B_07.01.0050
 * @param exitPlanExists B_07.01.0080
 * @param alternativeProvidersIdentified B_07.01.0110
 * @param alternativeProviders B_07.01.0120: who could replace the vendor; required when identified
 * @param pilotEndDate the last day of a pilot (required when the procurement's deployment stage is
 *     PILOT, from the effective date to the term end; {@code null} otherwise and once promoted to
 *     production)
 */
public record ContractParticulars(
    Long vendorId,
    String vendorLegalName,
    String vendorLei,
    String vendorCountry,
    String vendorNoticeAddress,
    List<VendorContact> vendorContacts,
    String contractReference,
    String product,
    List<Surface> surfaces,
    List<PinnedModel> models,
    List<DataLocation> dataLocations,
    List<Subprocessor> subprocessors,
    LocalDate effectiveDate,
    LocalDate termEnd,
    boolean autoRenewal,
    int nonRenewalNoticeDays,
    int providerTerminationNoticeDays,
    String governingLawCountry,
    DataSensitivity dataSensitivity,
    RelianceLevel relianceLevel,
    Substitutability substitutability,
    boolean exitPlanExists,
    AlternativeProviders alternativeProvidersIdentified,
    String alternativeProviders,
    LocalDate pilotEndDate) {

  /** Particulars of a production contract: no pilot end date. */
  public ContractParticulars(Long vendorId, String vendorLegalName, String vendorLei, String vendorCountry,
      String vendorNoticeAddress, List<VendorContact> vendorContacts, String contractReference, String product,
      List<Surface> surfaces, List<PinnedModel> models, List<DataLocation> dataLocations,
      List<Subprocessor> subprocessors, LocalDate effectiveDate, LocalDate termEnd, boolean autoRenewal,
      int nonRenewalNoticeDays, int providerTerminationNoticeDays, String governingLawCountry,
      DataSensitivity dataSensitivity, RelianceLevel relianceLevel, Substitutability substitutability,
      boolean exitPlanExists, AlternativeProviders alternativeProvidersIdentified, String alternativeProviders) {
    this(vendorId, vendorLegalName, vendorLei, vendorCountry, vendorNoticeAddress, vendorContacts, contractReference,
        product, surfaces, models, dataLocations, subprocessors, effectiveDate, termEnd, autoRenewal, nonRenewalNoticeDays,
        providerTerminationNoticeDays, governingLawCountry, dataSensitivity, relianceLevel, substitutability,
        exitPlanExists, alternativeProvidersIdentified, alternativeProviders, null);
  }

  public ContractParticulars {
    vendorContacts = vendorContacts == null ? List.of() : List.copyOf(vendorContacts);
    surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
    models = models == null ? List.of() : List.copyOf(models);
    dataLocations = dataLocations == null ? List.of() : List.copyOf(dataLocations);
    subprocessors = subprocessors == null ? List.of() : List.copyOf(subprocessors);
  }

  /** The last day our notice of non-renewal is in time: the term end minus our notice period. */
  public LocalDate nonRenewalDeadline() {
    return termEnd.minusDays(nonRenewalNoticeDays);
  }

  /** A person at the vendor. */
  public record VendorContact(String name, String role, String email) {}

  /**
   * One model the service runs, pinned by name and version, with where it came from.
   *
   * @param baseModelFamily the family the model belongs to, e.g. a vendor's model line
   * @param fineTuning how the vendor tuned it ("none" when not tuned)
   * @param thirdPartyFoundationModel the foundation model and its provider when the vendor did not
   *     build it, else {@code null}
   * @param safetyLayers the filters and guardrails in front of or behind the model
   */
  public record PinnedModel(String name, String version, String baseModelFamily, String fineTuning,
      String thirdPartyFoundationModel, String safetyLayers) {}

  /** Where one type of data is stored and processed, and where support staff may access it from. */
  public record DataLocation(DataType dataType, List<Region> storageRegions, List<Region> processingRegions,
      List<Region> supportAccessRegions) {
    public DataLocation {
      storageRegions = storageRegions == null ? List.of() : List.copyOf(storageRegions);
      processingRegions = processingRegions == null ? List.of() : List.copyOf(processingRegions);
      supportAccessRegions = supportAccessRegions == null ? List.of() : List.copyOf(supportAccessRegions);
    }
  }

  /**
   * A subprocessor of the vendor.
   *
   * @param location ISO 3166-1 alpha-2 country where it processes our data
   * @param dataCategories the kinds of our data it handles
   */
  public record Subprocessor(String name, String location, List<DataCategory> dataCategories) {
    public Subprocessor {
      dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
    }
  }
}
