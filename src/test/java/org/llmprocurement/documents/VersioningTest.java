package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Versions of a family count up, supersede their predecessor, and identical bytes are no new version. */
class VersioningTest {

  private static final String SHA_A = Versioning.sha256("version A".getBytes(StandardCharsets.UTF_8));
  private static final String SHA_B = Versioning.sha256("version B".getBytes(StandardCharsets.UTF_8));

  @Test
  void theFirstUploadOfAFamilyIsVersionOneAndSupersedesNothing() {
    assertThat(Versioning.next(Optional.empty(), SHA_A)).isEqualTo(new Versioning.Next(1, null));
  }

  @Test
  void aChangedFileIsTheNextVersionAndSupersedesTheLatest() {
    assertThat(Versioning.next(Optional.of(new Versioning.Latest(41, 2, SHA_A)), SHA_B))
        .isEqualTo(new Versioning.Next(3, 41L));
  }

  @Test
  void theSameBytesAsTheLatestVersionAreADuplicateNamingIt() {
    assertThatThrownBy(() -> Versioning.next(Optional.of(new Versioning.Latest(41, 2, SHA_A)), SHA_A.toUpperCase()))
        .isInstanceOfSatisfying(Versioning.Duplicate.class,
            d -> assertThat(d.existing()).isEqualTo(new Versioning.Latest(41, 2, SHA_A)));
  }

  @Test
  void sha256IsLowerCaseHex() {
    assertThat(Versioning.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
