package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;
import org.llmprocurement.notices.change.ModelChanges.Kind;
import org.llmprocurement.notices.change.ModelChanges.Match;

/** Reading model change notices and comparing them with the pinned models, without an engine. */
class ModelChangesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final List<PinnedModel> PINNED = List.of(
      new PinnedModel("assist-large", "2026-09-01", "Assist", "none", null, "moderation"),
      new PinnedModel("assist-small", "1.2", "Assist", "none", null, "moderation"));

  @Test
  void aVersionReplacementIsReadWithAllItsFields() {
    var read = ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'assist-large','currentVersion':'2026-09-01',"
        + "'newVersion':'2027-01-15','effectiveDate':'2027-02-01','announcedAt':'2026-12-01T09:30:00Z','description':'Faster'}"));

    assertThat(read.problems()).isEmpty();
    assertThat(read.change()).isEqualTo(new ModelChanges.ModelChange(Kind.VERSION_REPLACEMENT, "assist-large", "2026-09-01",
        "2027-01-15", LocalDate.of(2027, 2, 1), Instant.parse("2026-12-01T09:30:00Z"), false, "Faster"));
  }

  @Test
  void everyProblemIsNamedWithItsPayloadField() {
    var read = ModelChanges.read(json("{'kind':'SWAP','modelName':'','effectiveDate':'1 Feb','announcedAt':'yesterday','colour':'red'}"));

    assertThat(read.valid()).isFalse();
    assertThat(read.problems()).containsExactlyInAnyOrder(
        "payload.colour: not a field of this notice type; its fields: kind, modelName, currentVersion, newVersion, "
            + "effectiveDate, announcedAt, discoveredWithoutNotice, description",
        "payload.kind: 'SWAP' is not one of VERSION_REPLACEMENT, DEPRECATION, CONTEXT_WINDOW_CHANGE, SAFETY_POLICY_CHANGE, "
            + "FINE_TUNING_UPDATE, ROUTING_CHANGE",
        "payload.modelName: required, text of at most 200 characters",
        "payload.effectiveDate: '1 Feb' is not an ISO-8601 date (YYYY-MM-DD)",
        "payload.announcedAt: 'yesterday' is not an ISO-8601 instant (2026-12-01T09:30:00Z) or date");
  }

  @Test
  void aReplacementNamesANewVersionOtherThanTheCurrentOne() {
    assertThat(ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'assist-large','effectiveDate':'2027-02-01',"
        + "'announcedAt':'2026-12-01'}")).problems()).containsExactly("payload.newVersion: required, text of at most 100 characters");
    assertThat(ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'assist-large','currentVersion':'1.2',"
        + "'newVersion':'1.2','effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).problems())
        .containsExactly("payload.newVersion: '1.2' is the current version; a replacement names another");
  }

  @Test
  void aChangeDiscoveredWithoutNoticeHasNoAnnouncementAndOthersNeedOne() {
    var discovered = ModelChanges.read(json("{'kind':'SAFETY_POLICY_CHANGE','modelName':'assist-large',"
        + "'effectiveDate':'2026-11-20','discoveredWithoutNotice':true}"));
    assertThat(discovered.problems()).isEmpty();
    assertThat(discovered.change().announcedAt()).isNull();
    assertThat(discovered.change().discoveredWithoutNotice()).isTrue();

    assertThat(ModelChanges.read(json("{'kind':'ROUTING_CHANGE','modelName':'assist-large','effectiveDate':'2026-11-20'}"))
        .problems()).containsExactly("payload.announcedAt: required, an ISO-8601 instant (2026-12-01T09:30:00Z) or date");
    assertThat(ModelChanges.read(json("{'kind':'ROUTING_CHANGE','modelName':'assist-large','effectiveDate':'2026-11-20',"
        + "'announcedAt':'2026-11-01','discoveredWithoutNotice':true}")).problems())
        .containsExactly("payload.announcedAt: a change discovered without notice was not announced; leave it empty");
  }

  @Test
  void aPayloadThatIsNoObjectIsOneProblem() {
    assertThat(ModelChanges.read(json("['kind']")).problems()).hasSize(1).first().asString().startsWith("payload: required");
  }

  @Test
  void aChangeOfAPinnedModelAtItsPinnedVersionMatches() {
    var change = ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'Assist-Large','currentVersion':'2026-09-01',"
        + "'newVersion':'2027-01-15','effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change();

    var comparison = ModelChanges.compare(change, PINNED);

    assertThat(comparison.match()).isEqualTo(Match.PINNED);
    assertThat(comparison.flagged()).isFalse();
    assertThat(comparison.pinnedVersion()).isEqualTo("2026-09-01");
    assertThat(ModelChanges.pinNewVersion(PINNED, change, comparison)).containsExactly(
        new PinnedModel("assist-large", "2027-01-15", "Assist", "none", null, "moderation"), PINNED.get(1));
  }

  @Test
  void anotherVersionPinnedThanTheVendorReplacesIsFlagged() {
    var change = ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'assist-small','currentVersion':'1.3',"
        + "'newVersion':'2.0','effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change();

    var comparison = ModelChanges.compare(change, PINNED);

    assertThat(comparison.match()).isEqualTo(Match.OTHER_VERSION_PINNED);
    assertThat(comparison.flagged()).isTrue();
    assertThat(comparison.findings()).containsExactly(
        "The vendor replaces assist-small 1.3, but the register pins 1.2: the pinned version may already have been swapped");
    assertThat(ModelChanges.pinNewVersion(PINNED, change, comparison)).as("the pinned 1.2 is what accepting replaces")
        .extracting(PinnedModel::version).containsExactly("2026-09-01", "2.0");
  }

  @Test
  void aModelTheRegisterDoesNotPinIsFlaggedNotRefusedAndAcceptingItPinsNothing() {
    var change = ModelChanges.read(json("{'kind':'DEPRECATION','modelName':'assist-vision','effectiveDate':'2027-06-30',"
        + "'announcedAt':'2026-12-01'}")).change();

    var comparison = ModelChanges.compare(change, PINNED);

    assertThat(comparison.match()).isEqualTo(Match.NOT_PINNED);
    assertThat(comparison.findings()).containsExactly(
        "The register pins no model named 'assist-vision'; pinned: assist-large 2026-09-01, assist-small 1.2");
    assertThat(ModelChanges.pinNewVersion(PINNED, change, comparison)).isEqualTo(PINNED);
  }

  @Test
  void aNewVersionPinnedAlreadyOnlyDropsTheReplacedOne() {
    List<PinnedModel> both = List.of(PINNED.get(0), new PinnedModel("assist-large", "2027-01-15", "Assist", "none", null, "moderation"));
    var change = ModelChanges.read(json("{'kind':'VERSION_REPLACEMENT','modelName':'assist-large','currentVersion':'2026-09-01',"
        + "'newVersion':'2027-01-15','effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change();

    assertThat(ModelChanges.pinNewVersion(both, change, ModelChanges.compare(change, both))).containsExactly(both.get(1));
  }

  @Test
  void aChangeWithoutANewVersionLeavesThePinsAsTheyAre() {
    var change = ModelChanges.read(json("{'kind':'CONTEXT_WINDOW_CHANGE','modelName':'assist-large','effectiveDate':'2027-02-01',"
        + "'announcedAt':'2026-12-01'}")).change();

    assertThat(ModelChanges.pinNewVersion(PINNED, change, ModelChanges.compare(change, PINNED))).isEqualTo(PINNED);
  }
}
