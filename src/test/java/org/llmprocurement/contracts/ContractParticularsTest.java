package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmprocurement.contracts.ContractParticularsFixtures.context;
import static org.llmprocurement.contracts.ContractParticularsFixtures.lei;
import static org.llmprocurement.contracts.ContractParticularsFixtures.row;
import static org.llmprocurement.contracts.ContractParticularsFixtures.valid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Region;

/** The particulars reader: every field checked, every problem named, nothing guessed. Engine-free. */
@Tag("unit")
class ContractParticularsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final String LEI = lei("5493001KJTIIGC8Y1R");

  private static ParticularsReader.Result read(Map<String, Object> raw) {
    return ParticularsReader.read(raw, context(List.of(), List.of()));
  }

  @Test
  void validParticularsAreReadIntoTypedValues() {
    var result = read(valid("Acme AI Ltd", LEI, "C-1", TODAY));

    assertThat(result.problems()).isEmpty();
    ContractParticulars p = result.particulars();
    assertThat(p.vendorLei()).isEqualTo(LEI);
    assertThat(p.models()).singleElement().satisfies(m -> assertThat(m.thirdPartyFoundationModel()).isNull());
    assertThat(p.dataLocations()).hasSize(6);
    assertThat(p.dataLocations().get(0).supportAccessRegions()).containsExactly(Region.EU, Region.UK);
    assertThat(p.nonRenewalDeadline()).isEqualTo(TODAY.plusYears(2).minusDays(60));
    assertThat(p.relianceLevel()).isEqualTo(DoraCodes.RelianceLevel.MATERIAL);
  }

  @Test
  void anEmptySubmissionNamesEveryRequiredField() {
    var result = read(new HashMap<>());

    assertThat(result.valid()).isFalse();
    assertThat(result.problems()).anyMatch(p -> p.startsWith("vendorLegalName: required"))
        .anyMatch(p -> p.startsWith("vendorCountry: required"))
        .anyMatch(p -> p.startsWith("vendorNoticeAddress: required"))
        .anyMatch(p -> p.startsWith("vendorContacts: "))
        .anyMatch(p -> p.startsWith("contractReference: required"))
        .anyMatch(p -> p.startsWith("product: required"))
        .anyMatch(p -> p.startsWith("surfaces: choose at least one"))
        .anyMatch(p -> p.startsWith("models: pin at least one model"))
        .anyMatch(p -> p.startsWith("dataLocations: say where each type of data is kept"))
        .anyMatch(p -> p.startsWith("effectiveDate: required"))
        .anyMatch(p -> p.startsWith("termEnd: required"))
        .anyMatch(p -> p.startsWith("nonRenewalNoticeDays: required"))
        .anyMatch(p -> p.startsWith("providerTerminationNoticeDays: required"))
        .anyMatch(p -> p.startsWith("governingLawCountry: required"))
        .anyMatch(p -> p.startsWith("dataSensitivity: required"))
        .anyMatch(p -> p.startsWith("relianceLevel: required"))
        .anyMatch(p -> p.startsWith("substitutability: required"))
        .anyMatch(p -> p.startsWith("alternativeProvidersIdentified: required"));
  }

  @Test
  void rowsAreCheckedOneByOneAndNamedByPosition() {
    Map<String, Object> raw = valid("Acme AI Ltd", LEI, "C-1", TODAY);
    raw.put("models", List.of(
        row("name", "assist", "version", "1", "baseModelFamily", "Assist", "fineTuning", "none", "safetyLayers", "filter"),
        row("name", "assist", "version", "1", "baseModelFamily", "Assist", "fineTuning", "none", "safetyLayers", "filter"),
        row("name", "other", "version", "", "baseModelFamily", "", "fineTuning", "none", "safetyLayers", ""),
        row("name", "", "version", "", "baseModelFamily", "", "fineTuning", "", "safetyLayers", "")));
    @SuppressWarnings("unchecked")
    var locations = new java.util.ArrayList<>((List<Map<String, Object>>) raw.get("dataLocations"));
    locations.set(1, row("dataType", "OUTPUTS", "storageRegions", List.of("EU", "US"), "processingRegions", "EU, MARS",
        "supportAccessRegions", List.of("EU")));
    locations.remove(5);
    raw.put("dataLocations", locations);
    raw.put("subprocessors", List.of(row("name", "Host", "location", "XX", "dataCategories", List.of())));

    var problems = read(raw).problems();

    assertThat(problems).contains("models[2].version: assist 1 is listed twice", "models[3].version: required",
        "models[3].baseModelFamily: required", "models[3].safetyLayers: required",
        "dataLocations[2].storageRegions: [US] are outside the regions allowed at intake [EU]",
        "dataLocations: say where each type of data is kept; missing [SUPPORT_ARTEFACTS]",
        "subprocessors[1].location: 'XX' is not an ISO 3166-1 alpha-2 country code");
    assertThat(problems).anyMatch(p -> p.startsWith("dataLocations[2].processingRegions: 'MARS' is not one of EU, EEA"))
        .anyMatch(p -> p.startsWith("subprocessors[1].dataCategories: choose at least one of"))
        .noneMatch(p -> p.startsWith("models[4]"));
  }

  @Test
  void datesNoticePeriodsAndCodesAreChecked() {
    Map<String, Object> raw = valid("Acme AI Ltd", LEI, "C-1", TODAY);
    raw.put("termEnd", TODAY.minusDays(1).toString());
    raw.put("providerTerminationNoticeDays", 12.5);
    raw.put("governingLawCountry", "Ireland");
    raw.put("relianceLevel", "TOTAL");
    raw.put("alternativeProviders", " ");
    raw.put("surfaces", List.of("API", "BATCH"));

    var problems = read(raw).problems();

    assertThat(problems).contains("termEnd: must be after the effective date " + TODAY,
        "providerTerminationNoticeDays: a whole number of days from 0 to 3650, got '12.5'",
        "governingLawCountry: at most 2 characters (got 7)",
        "relianceLevel: 'TOTAL' is not one of NOT_SIGNIFICANT, LOW, MATERIAL, FULL",
        "alternativeProviders: name the alternative providers identified");
    assertThat(problems).anyMatch(p -> p.startsWith("surfaces: [BATCH] were not reviewed"));
  }

  @Test
  void theNonRenewalNoticeMayNotExceedTheTiersLimit() {
    Map<String, Object> raw = valid("Acme AI Ltd", LEI, "C-1", TODAY);
    raw.put("nonRenewalNoticeDays", 120);

    assertThat(read(raw).problems()).containsExactly(
        "nonRenewalNoticeDays: 120 days is longer than the 90 days the tier allows (REN-NOTICE-01)");
  }

  @Test
  void anLeiNeedsValidCheckDigits() {
    assertThat(ParticularsReader.validLei(LEI)).isTrue();
    String wrong = LEI.substring(0, 18) + (LEI.endsWith("00") ? "01" : "00");
    Map<String, Object> raw = valid("Acme AI Ltd", wrong, "C-1", TODAY);

    assertThat(read(raw).problems()).singleElement().asString().startsWith("vendorLei: '" + wrong + "' is not an ISO 17442 LEI");
    assertThat(ParticularsReader.validLei("too-short")).isFalse();
  }

  @Test
  void aVendorIsChosenByIdOrMatchedWithoutContradiction() {
    var acme = new ParticularsReader.KnownVendor(7, "Acme AI Ltd", LEI);
    var other = new ParticularsReader.KnownVendor(8, "Other Models plc", null);
    var context = context(List.of(acme, other), List.of("TAKEN-1"));

    Map<String, Object> byId = valid("", "", "C-2", TODAY);
    byId.put("vendorId", 7);
    byId.put("vendorContacts", List.of(row("name", "", "role", "", "email", "")));
    byId.put("vendorCountry", "");
    byId.put("vendorNoticeAddress", "");
    assertThat(ParticularsReader.read(byId, context).problems()).isEmpty();

    Map<String, Object> unknownId = valid("", "", "C-2", TODAY);
    unknownId.put("vendorId", 99);
    assertThat(ParticularsReader.read(unknownId, context).problems()).contains("vendorId: no vendor 99 is registered");

    Map<String, Object> wrongName = valid("Someone Else", "", "C-2", TODAY);
    wrongName.put("vendorId", 7);
    assertThat(ParticularsReader.read(wrongName, context).problems()).singleElement().asString()
        .startsWith("vendorLegalName: vendor 7 is 'Acme AI Ltd'");

    Map<String, Object> contradiction = valid("Other Models plc", LEI, "C-2", TODAY);
    assertThat(ParticularsReader.read(contradiction, context).problems()).singleElement().asString()
        .startsWith("vendorLei: " + LEI + " is the LEI of vendor 7 'Acme AI Ltd', but the legal name is that of vendor 8");

    Map<String, Object> taken = valid("Acme AI Ltd", LEI, "TAKEN-1", TODAY);
    assertThat(ParticularsReader.read(taken, context).problems())
        .containsExactly("contractReference: 'TAKEN-1' is already the reference of another contract");
  }

  @Test
  void badContactsAndUnknownFieldsAreNamed() {
    Map<String, Object> raw = valid("Acme AI Ltd", LEI, "C-1", TODAY);
    raw.put("vendorContacts", List.of(row("name", "Ann", "role", "", "email", "not-an-address")));
    raw.put("colour", "blue");
    raw.put("product", "Acme\u202eAssist");

    assertThat(read(raw).problems()).contains("vendorContacts[1].email: 'not-an-address' is not an e-mail address",
        "colour: is not a field of the contract particulars")
        .anyMatch(p -> p.startsWith("product: contains the character U+202E"));
  }

  @Test
  void statusesMoveOnlyForwardEndedEntriesOnlyCloseAndClosedIsFinal() {
    assertThat(ContractStatus.ACTIVE.canMoveTo(ContractStatus.NOTICE_GIVEN)).isTrue();
    assertThat(ContractStatus.ACTIVE.canMoveTo(ContractStatus.TERMINATED)).isTrue();
    assertThat(ContractStatus.NOTICE_GIVEN.canMoveTo(ContractStatus.ACTIVE)).isTrue();
    assertThat(ContractStatus.ACTIVE.canMoveTo(ContractStatus.ACTIVE)).isFalse();
    for (ContractStatus any : ContractStatus.values()) {
      assertThat(ContractStatus.TERMINATED.canMoveTo(any)).isEqualTo(any == ContractStatus.CLOSED);
      assertThat(ContractStatus.EXPIRED.canMoveTo(any)).isEqualTo(any == ContractStatus.CLOSED);
      assertThat(ContractStatus.CLOSED.canMoveTo(any)).isFalse();
      assertThat(any.canMoveTo(ContractStatus.CLOSED)).isEqualTo(any != ContractStatus.CLOSED);
    }
    assertThat(ContractStatus.TERMINATED.isEnded()).as("no longer amended").isTrue();
    assertThat(ContractStatus.EXPIRED.isEnded()).isTrue();
    assertThat(ContractStatus.CLOSED.isEnded()).isTrue();
    assertThat(ContractStatus.NOTICE_GIVEN.isEnded()).isFalse();
    assertThat(ContractStatus.TERMINATED.isFinal()).as("may still be closed").isFalse();
    assertThat(ContractStatus.CLOSED.isFinal()).isTrue();
  }
}
