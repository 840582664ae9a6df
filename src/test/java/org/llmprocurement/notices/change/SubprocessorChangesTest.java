package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmprocurement.notices.change.ModelChangesTest.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.notices.change.SubprocessorChanges.Change;

/** Reading subprocessor change notices and comparing them with the register's list, without an engine. */
class SubprocessorChangesTest {

  private static final Subprocessor HOST = new Subprocessor("Cloud Host Ltd", "DE", List.of(DataCategory.PERSONAL));
  private static final Subprocessor SUPPORT = new Subprocessor("Help Desk GmbH", "AT", List.of(DataCategory.PERSONAL));
  private static final List<Subprocessor> LISTED = List.of(HOST, SUPPORT);

  @Test
  void anAddedSubprocessorIsReadAndJoinsTheListWithoutFindings() {
    var read = SubprocessorChanges.read(json("{'change':'ADDED','name':'Vector Store Inc','location':'us',"
        + "'dataCategories':['PERSONAL','CONFIDENTIAL_BUSINESS'],'effectiveDate':'2027-02-01','announcedAt':'2026-12-01T08:00:00Z'}"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.change().location()).isEqualTo("US");

    var comparison = SubprocessorChanges.compare(read.change(), LISTED);

    assertThat(comparison.flagged()).isFalse();
    assertThat(comparison.after()).containsExactly(HOST, SUPPORT,
        new Subprocessor("Vector Store Inc", "US", List.of(DataCategory.PERSONAL, DataCategory.CONFIDENTIAL_BUSINESS)));
  }

  @Test
  void aReplacementTakesTheReplacedOnesPlace() {
    var change = SubprocessorChanges.read(json("{'change':'REPLACED','name':'Other Host SA','location':'FR',"
        + "'dataCategories':['PERSONAL'],'replaces':'cloud  host ltd','effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change();

    var comparison = SubprocessorChanges.compare(change, LISTED);

    assertThat(comparison.findings()).isEmpty();
    assertThat(comparison.after()).containsExactly(SUPPORT, new Subprocessor("Other Host SA", "FR", List.of(DataCategory.PERSONAL)));
  }

  @Test
  void changesThatDoNotFitTheListAreFlaggedNotRefused() {
    var addedTwice = SubprocessorChanges.compare(SubprocessorChanges.read(json("{'change':'ADDED','name':'Cloud Host Ltd',"
        + "'location':'IE','dataCategories':['PERSONAL'],'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change(), LISTED);
    var replacingUnknown = SubprocessorChanges.compare(SubprocessorChanges.read(json("{'change':'REPLACED','name':'New Co',"
        + "'location':'IE','dataCategories':['PERSONAL'],'replaces':'Old Co','effectiveDate':'2027-02-01',"
        + "'announcedAt':'2026-12-01'}")).change(), LISTED);
    var removingUnknown = SubprocessorChanges.compare(SubprocessorChanges.read(json("{'change':'REMOVED','name':'Old Co',"
        + "'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).change(), LISTED);

    assertThat(addedTwice.findings()).containsExactly(
        "'Cloud Host Ltd' is already listed; accepting updates its location and data categories");
    assertThat(addedTwice.after()).containsExactly(SUPPORT, new Subprocessor("Cloud Host Ltd", "IE", List.of(DataCategory.PERSONAL)));
    assertThat(replacingUnknown.findings()).containsExactly("'Old Co', which it replaces, is not listed in the register");
    assertThat(removingUnknown.findings()).containsExactly("'Old Co' is not listed in the register; nothing to remove");
    assertThat(removingUnknown.after()).isEqualTo(LISTED);
  }

  @Test
  void aRemovalNeedsNoLocationAndLeavesTheList() {
    var read = SubprocessorChanges.read(json("{'change':'REMOVED','name':'Help Desk GmbH','effectiveDate':'2027-02-01',"
        + "'announcedAt':'2026-12-01'}"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.change().change()).isEqualTo(Change.REMOVED);
    assertThat(SubprocessorChanges.compare(read.change(), LISTED).after()).containsExactly(HOST);
  }

  @Test
  void everyProblemIsNamedWithItsPayloadField() {
    var read = SubprocessorChanges.read(json("{'change':'ADDED','name':'X','location':'XX','dataCategories':['DNA'],"
        + "'replaces':'Y','effectiveDate':'2027-02-01'}"));

    assertThat(read.problems()).containsExactlyInAnyOrder(
        "payload.location: 'XX' is not an ISO 3166-1 alpha-2 country code",
        "payload.dataCategories: 'DNA' is not one of PERSONAL, SPECIAL_CATEGORY, HEALTH, FINANCIAL, SOURCE_CODE, "
            + "CONFIDENTIAL_BUSINESS, PUBLIC",
        "payload.replaces: only a REPLACED subprocessor replaces another; leave it empty for ADDED",
        "payload.announcedAt: required, an ISO-8601 instant (2026-12-01T09:30:00Z) or date");
    assertThat(SubprocessorChanges.read(json("{'change':'REPLACED','name':'A','location':'DE','dataCategories':['PERSONAL'],"
        + "'effectiveDate':'2027-02-01','announcedAt':'2026-12-01'}")).problems())
        .containsExactly("payload.replaces: required, text of at most 200 characters");
  }
}
