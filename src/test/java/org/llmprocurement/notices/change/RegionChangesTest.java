package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmprocurement.notices.change.ModelChangesTest.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractParticulars.DataLocation;
import org.llmprocurement.contracts.DoraCodes.DataType;
import org.llmprocurement.domain.Region;

/** Reading region change notices and checking them against the contract's data locations, without an engine. */
class RegionChangesTest {

  private static final List<DataLocation> LOCATIONS = List.of(
      new DataLocation(DataType.PROMPTS, List.of(Region.EU), List.of(Region.EU, Region.UK), List.of(Region.EU)),
      new DataLocation(DataType.LOGS, List.of(Region.EU, Region.US), List.of(Region.EU), List.of(Region.EU, Region.US)));

  @Test
  void newRegionsTheContractListsForEachTypeStayWithin() {
    var read = RegionChanges.read(json("{'dataTypes':['PROMPTS','LOGS'],'processingRegions':['UK','EU'],"
        + "'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}"));
    assertThat(read.problems()).as("UK processing is contracted for prompts, not for logs").isEmpty();

    var residency = RegionChanges.check(read.change(), LOCATIONS);

    assertThat(residency.withinContract()).isFalse();
    assertThat(residency.outside()).singleElement().satisfies(o -> {
      assertThat(o.dataType()).isEqualTo(DataType.LOGS);
      assertThat(o.processing()).containsExactly(Region.UK);
    });
    assertThat(residency.describe()).isEqualTo(
        "LOGS: processed in UK (contract: stored in EU, US, processed in EU, support from EU, US)");
    assertThat(residency.regions()).containsExactly(Region.UK);
  }

  @Test
  void aChangeWithinTheContractsRegionsPasses() {
    var change = RegionChanges.read(json("{'dataTypes':['LOGS'],'storageRegions':['US'],'supportAccessRegions':['EU'],"
        + "'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change();

    var residency = RegionChanges.check(change, LOCATIONS);

    assertThat(residency.withinContract()).isTrue();
    assertThat(residency.describe()).isEqualTo("Every named data type stays within the contract's regions");
  }

  @Test
  void aDataTypeWithoutAContractedLocationIsOutsideWhereverItGoes() {
    var change = RegionChanges.read(json("{'dataTypes':['EMBEDDINGS'],'storageRegions':['EU'],"
        + "'effectiveDate':'2027-02-01','discoveredWithoutNotice':true}")).change();

    var residency = RegionChanges.check(change, LOCATIONS);

    assertThat(residency.describe()).isEqualTo("EMBEDDINGS: stored in EU (the contract lists no location for it)");
  }

  @Test
  void everyProblemIsNamedWithItsPayloadField() {
    assertThat(RegionChanges.read(json("{'dataTypes':[],'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).problems())
        .containsExactlyInAnyOrder(
            "payload.dataTypes: required, a list of at least one of PROMPTS, OUTPUTS, LOGS, EMBEDDINGS, BACKUPS, SUPPORT_ARTEFACTS",
            "payload.storageRegions: name the regions after the change: storageRegions, processingRegions or "
                + "supportAccessRegions (at least one)");
    assertThat(RegionChanges.read(json("{'dataTypes':['PROMPTS'],'storageRegions':'EU','processingRegions':['MARS'],"
        + "'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).problems()).containsExactlyInAnyOrder(
            "payload.storageRegions: must be a list of EU, EEA, UK, CH, US, CA, APAC, LATAM, MEA",
            "payload.processingRegions: 'MARS' is not one of EU, EEA, UK, CH, US, CA, APAC, LATAM, MEA");
  }
}
